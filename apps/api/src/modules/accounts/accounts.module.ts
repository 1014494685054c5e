import { Module } from '@nestjs/common';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsService } from './accounts.service.js';
import { OrganizationDirectory } from './organization-directory.service.js';

@Module({
  providers: [AccountsRepository, AccountsService, OrganizationDirectory],
  exports: [AccountsService, OrganizationDirectory],
})
export class AccountsModule {}
