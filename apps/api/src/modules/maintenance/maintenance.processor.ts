import { Processor } from '@nestjs/bullmq';
import { QueueName } from '../../core/queue/queue.constants.js';
import { RegistryWorker } from '../../core/queue/registry-worker.js';

/** Worker of the maintenance queue; handlers live in jobs/ and register by job name. */
@Processor(QueueName.MAINTENANCE, { concurrency: 2 })
export class MaintenanceProcessor extends RegistryWorker {}
