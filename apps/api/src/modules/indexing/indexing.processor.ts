import { Processor } from '@nestjs/bullmq';
import { cappedExponentialBackoff, QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the search-indexing queue. */
@Processor(QueueName.SEARCH_INDEXING, {
  concurrency: 4,
  lockDuration: 10_000,
  stalledInterval: 5_000,
  settings: { backoffStrategy: cappedExponentialBackoff },
})
export class IndexingProcessor extends RegistryWorker {}
