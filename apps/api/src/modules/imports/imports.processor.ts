import { Processor } from '@nestjs/bullmq';
import { QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the imports queue: one import at a time, so that runs never interleave their rows. */
@Processor(QueueName.IMPORTS, { concurrency: 1 })
export class ImportsProcessor extends RegistryWorker {}
