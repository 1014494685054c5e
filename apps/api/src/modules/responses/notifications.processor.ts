import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the notifications queue (award outcomes, notification emails). */
@Processor(QueueName.NOTIFICATIONS, {
  concurrency: 2,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class NotificationsProcessor extends RegistryWorker {}
