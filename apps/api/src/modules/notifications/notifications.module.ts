import { Module } from '@nestjs/common';
import { NotificationEmailJob } from './jobs/notification-email.job.js';
import { NotificationsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';

@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, NotificationsRepository, NotificationEmailJob],
  exports: [NotificationsService],
})
export class NotificationsModule {}
