import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AuthModule } from '../auth/auth.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AdminClaimsController, ClaimsController } from './claims.controller.js';
import { ClaimsRepository } from './claims.repository.js';
import { ClaimsService } from './claims.service.js';
import { ClaimEmailJob } from './jobs/claim-email.job.js';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { CLAIMS_SUBSCRIPTIONS } from './claims.subscriptions.js';

/** 机构认领: claims of imported and demo organisations, and their review by administrators. */
@Module({
  imports: [AccountsModule, AuditModule, AuthModule, NotificationsModule],
  controllers: [ClaimsController, AdminClaimsController],
  providers: [ClaimsService, ClaimsRepository, ClaimEmailJob, eventSubscriptions('claims', CLAIMS_SUBSCRIPTIONS)],
})
export class ClaimsModule {}
