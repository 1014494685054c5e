import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../../core/queue/job-handler.registry.js';
import { JobName } from '../../../core/queue/queue.constants.js';
import { NotificationsService } from '../notifications.service.js';

export interface SendNotificationEmailPayload {
  notificationId: string;
}

/** Emails a recorded notification to its organisation's members; retried until the SMTP server accepts it. */
@Injectable()
export class NotificationEmailJob {
  constructor(registry: JobHandlerRegistry, notifications: NotificationsService) {
    registry.register(JobName.SEND_NOTIFICATION_EMAIL, (job: Job<SendNotificationEmailPayload>) =>
      notifications.sendEmail(job.data.notificationId),
    );
  }
}
