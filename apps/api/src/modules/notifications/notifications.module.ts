import { Module } from '@nestjs/common';
import { NotificationEmailJob } from './jobs/notification-email.job.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { NOTIFICATIONS_SUBSCRIPTIONS } from './notifications.subscriptions.js';

@Module({
  controllers: [NotificationsController],
  providers: [
    NotificationsService,
    NotificationsRepository,
    NotificationEmailJob,
    eventSubscriptions('notifications', NOTIFICATIONS_SUBSCRIPTIONS),
  ],
  exports: [NotificationsService],
})
export class NotificationsModule {}
