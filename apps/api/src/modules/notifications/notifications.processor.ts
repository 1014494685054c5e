import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the notifications queue: notification emails (this module's job) and award outcomes (responses' notify-award). */
@Processor(QueueName.NOTIFICATIONS, {
  concurrency: 2,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class NotificationsProcessor extends RegistryWorker {}
