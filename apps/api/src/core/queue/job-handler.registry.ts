import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobName } from './queue.constants.js';

export type JobHandler = (job: Job) => Promise<unknown>;

/** Maps each job name to its handler; workers dispatch through it. */
@Injectable()
export class JobHandlerRegistry {
  private readonly handlers = new Map<string, JobHandler>();

  register(name: JobName, handler: JobHandler): void {
    if (this.handlers.has(name)) throw new Error(`job ${name} has two handlers`);
    this.handlers.set(name, handler);
  }

  /** Throws at start-up when a job name has no handler, rather than failing jobs later. */
  assertEveryJobHandled(): void {
    const missing = Object.values(JobName).filter((name) => !this.handlers.has(name));
    if (missing.length > 0) throw new Error(`no handler for job(s): ${missing.join(', ')}`);
  }

  dispatch(job: Job): Promise<unknown> {
    const handler = this.handlers.get(job.name);
    if (!handler) throw new Error(`no handler for job ${job.name}`);
    return handler(job);
  }
}
