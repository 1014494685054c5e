import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../../core/queue/job-handler.registry.js';
import { QueueName } from '../../core/queue/queue.constants.js';
import { MetricsRegistry } from '../../core/metrics/metrics.registry.js';

/** Worker of the maintenance queue; handlers live in jobs/ and register by job name. */
@Processor(QueueName.MAINTENANCE, { concurrency: 2 })
export class MaintenanceProcessor extends WorkerHost {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly metrics: MetricsRegistry,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    try {
      const result = await this.registry.dispatch(job);
      this.metrics.jobsProcessed.inc({ queue: QueueName.MAINTENANCE, job: job.name, outcome: 'completed' });
      return result;
    } catch (error) {
      this.metrics.jobsProcessed.inc({ queue: QueueName.MAINTENANCE, job: job.name, outcome: 'failed' });
      throw error;
    }
  }
}
