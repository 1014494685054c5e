import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the matching queue. */
@Processor(QueueName.MATCHING, {
  // Matching a demand mostly waits on PostgreSQL: at 10⁵ firms a job took ~1 s from start to written for
  // ~0.1 s of this process's CPU (four at a time: 3.2 demands/s on 2 cores, the worker's core far from busy).
  concurrency: 8,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class MatchingProcessor extends RegistryWorker {}
