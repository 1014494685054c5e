import { hostname } from 'node:os';
import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { MetricsRegistry } from '../metrics/metrics.registry.js';
import { JobHandlerRegistry } from './job-handler.registry.js';
import { JobSubjectMissingError } from './job-subject-missing.error.js';

/** The name BullMQ records on each job this process takes (`processedBy`): host and process id. */
export const WORKER_NAME = `${hostname()}:${process.pid}`;

/**
 * The worker of one queue: dispatches each job to the handler registered for its name and counts
 * the outcome. A queue's processor is this class with `@Processor(name)` and nothing else.
 */
@Injectable()
export abstract class RegistryWorker extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('Jobs');

  constructor(
    private readonly registry: JobHandlerRegistry,
    private readonly metrics: MetricsRegistry,
  ) {
    super();
  }

  /** Names the worker so that every job says which process ran it (BullMQ reads the name at each fetch). */
  onApplicationBootstrap(): void {
    this.worker.opts.name ??= WORKER_NAME;
  }

  async process(job: Job): Promise<unknown> {
    const queue = job.queueName;
    try {
      const result = await this.registry.dispatch(job);
      this.metrics.jobsProcessed.inc({ queue, job: job.name, outcome: 'completed' });
      return result;
    } catch (error) {
      this.metrics.jobsProcessed.inc({ queue, job: job.name, outcome: 'failed' });
      if (error instanceof JobSubjectMissingError) {
        this.metrics.jobSubjectsMissing.inc({ queue, job: job.name });
        this.logger.warn(
          `job ${job.name} (id ${job.id}, queue ${queue}): ${error.message}; failed without retry. ` +
            'Another database sharing this queue prefix may have made it (see QUEUE_PREFIX).',
        );
      }
      throw error;
    }
  }
}
