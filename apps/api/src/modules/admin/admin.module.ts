import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { AdminController } from './admin.controller.js';

@Module({ imports: [AccountsModule, AuthModule, OrganizationsModule], controllers: [AdminController] })
export class AdminModule {}
