import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AwardNotificationJob } from './jobs/award-notification.job.js';
import { AwardsService } from './awards.service.js';
import { InvitationsService } from './invitations.service.js';
import { ResponsesController } from './responses.controller.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponsesService } from './responses.service.js';
import { RESPONSES_SUBSCRIPTIONS } from './responses.subscriptions.js';

@Module({
  imports: [AccountsModule, AuditModule, DemandsModule, EnterprisesModule, NotificationsModule],
  controllers: [ResponsesController],
  providers: [
    ResponsesService,
    InvitationsService,
    AwardsService,
    ResponsesRepository,
    AwardNotificationJob,
    eventSubscriptions('responses', RESPONSES_SUBSCRIPTIONS),
  ],
  // The demo data answers and awards through the same use cases people use.
  exports: [ResponsesService, AwardsService],
})
export class ResponsesModule {}
