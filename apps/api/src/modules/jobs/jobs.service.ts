import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { JobPage, JobQuery, JobView } from '@mcf/contracts';
import type { Job, Queue } from 'bullmq';
import type { Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { QueueName } from '../../core/queue/queue.constants.js';
import { AuditService } from '../audit/audit.service.js';

function jobView(queue: string, job: Job, state: string): JobView {
  return {
    queue,
    id: job.id ?? '',
    name: job.name,
    state,
    attemptsMade: job.attemptsMade,
    failedReason: job.failedReason || null,
    data: job.data,
    createdAt: new Date(job.timestamp).toISOString(),
    finishedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
  };
}

/** Background jobs as administrators see them: which failed or wait to retry, and retrying them. */
@Injectable()
export class JobsService {
  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly audit: AuditService,
  ) {}

  private queue(name: string): Queue {
    if (!(Object.values(QueueName) as string[]).includes(name)) throw CommonErrors.notFound();
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  /** Jobs in one state across every queue, newest first. */
  async list(query: JobQuery): Promise<JobPage> {
    const all: JobView[] = [];
    for (const name of Object.values(QueueName)) {
      const jobs = await this.queue(name).getJobs([query.state], 0, 999, false);
      all.push(...jobs.filter((j): j is Job => Boolean(j)).map((job) => jobView(name, job, query.state)));
    }
    all.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
    const start = (query.page - 1) * query.pageSize;
    return {
      items: all.slice(start, start + query.pageSize),
      total: all.length,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async retry(actor: Actor, queueName: string, id: string): Promise<void> {
    const job = await this.queue(queueName).getJob(id);
    if (!job) throw CommonErrors.notFound();
    const state = await job.getState();
    if (state !== 'failed')
      throw new AppError(409, 'JOB_NOT_FAILED', {
        en: `Only failed jobs can be retried (this one is ${state})`,
        zh: `仅失败的任务可以重试（当前状态：${state}）`,
      });
    await job.retry('failed');
    await this.audit.record({
      actor,
      action: 'admin.job.retry',
      targetType: 'job',
      targetId: `${queueName}/${id}`,
      before: { state, failedReason: job.failedReason },
      after: { state: 'waiting' },
    });
  }
}
