import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the matching queue. */
@Processor(QueueName.MATCHING, {
  concurrency: 2,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class MatchingProcessor extends RegistryWorker {}
