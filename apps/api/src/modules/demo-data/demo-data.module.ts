import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { DemoDataService } from './demo-data.service.js';

@Module({ imports: [AccountsModule, EnterprisesModule, DemandsModule], providers: [DemoDataService], exports: [DemoDataService] })
export class DemoDataModule {}
