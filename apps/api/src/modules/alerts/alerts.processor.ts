import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the alerts queue (saved-search checks and the daily digest). */
@Processor(QueueName.ALERTS, {
  concurrency: 2,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class AlertsProcessor extends RegistryWorker {}
