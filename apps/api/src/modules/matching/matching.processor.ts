import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the matching queue. */
@Processor(QueueName.MATCHING, {
  // Matching a demand waits on the search engine and PostgreSQL as much as it computes: four at a time keep
  // the worker busy while one waits.
  concurrency: 4,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class MatchingProcessor extends RegistryWorker {}
