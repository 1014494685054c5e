import { WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { MetricsRegistry } from '../metrics/metrics.registry.js';
import { JobHandlerRegistry } from './job-handler.registry.js';

/**
 * The worker of one queue: dispatches each job to the handler registered for its name and counts
 * the outcome. A queue's processor is this class with `@Processor(name)` and nothing else.
 */
@Injectable()
export abstract class RegistryWorker extends WorkerHost {
  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly metrics: MetricsRegistry,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const queue = job.queueName;
    try {
      const result = await this.registry.dispatch(job);
      this.metrics.jobsProcessed.inc({ queue, job: job.name, outcome: 'completed' });
      return result;
    } catch (error) {
      this.metrics.jobsProcessed.inc({ queue, job: job.name, outcome: 'failed' });
      throw error;
    }
  }
}
