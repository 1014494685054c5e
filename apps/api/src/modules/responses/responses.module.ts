import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AwardNotificationJob } from './jobs/award-notification.job.js';
import { ResponsesController } from './responses.controller.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponsesService } from './responses.service.js';
import { RESPONSES_SUBSCRIPTIONS } from './responses.subscriptions.js';

@Module({
  imports: [AccountsModule, AuditModule, DemandsModule, EnterprisesModule, NotificationsModule],
  controllers: [ResponsesController],
  providers: [ResponsesService, ResponsesRepository, AwardNotificationJob, eventSubscriptions('responses', RESPONSES_SUBSCRIPTIONS)],
  exports: [ResponsesService],
})
export class ResponsesModule {}
