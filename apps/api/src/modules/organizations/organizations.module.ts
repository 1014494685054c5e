import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { InvitationsRepository } from './invitations.repository.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [AccountsModule, AuditModule, AuthModule, NotificationsModule],
  controllers: [OrganizationsController],
  providers: [OrganizationsService, InvitationsRepository],
  exports: [OrganizationsService],
})
export class OrganizationsModule {}
