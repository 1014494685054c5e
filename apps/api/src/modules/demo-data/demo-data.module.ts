import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({ imports: [AccountsModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoDataModule {}
