import { Injectable } from '@nestjs/common';
import type { JobPage, JobQuery, JobScheduleList, JobScheduleView, JobView } from '@mcf/contracts';
import type { Job, Queue } from 'bullmq';
import type { Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { QueueName } from '../../core/queue/queue.constants.js';
import { Queues } from '../../core/queue/queues.js';
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

/** BullMQ's id of the upcoming run of a job scheduler (`repeat:<scheduler>:<millis>`): shown as a schedule, not a job. */
export function isScheduledRun(job: Pick<Job, 'id'>): boolean {
  return typeof job.id === 'string' && job.id.startsWith('repeat:');
}

/** Background jobs as administrators see them: which failed or wait to retry, and retrying them. */
@Injectable()
export class JobsService {
  constructor(
    private readonly queues: Queues,
    private readonly audit: AuditService,
  ) {}

  private queue(name: string): Queue {
    const queue = this.queues.find(name);
    if (!queue) throw CommonErrors.notFound();
    return queue;
  }

  /** Jobs in one state across every queue, newest first. */
  async list(query: JobQuery): Promise<JobPage> {
    const all: JobView[] = [];
    for (const name of Object.values(QueueName)) {
      const jobs = await this.queue(name).getJobs([query.state], 0, 999, false);
      all.push(
        ...jobs
          .filter((j): j is Job => Boolean(j) && !(query.state === 'delayed' && isScheduledRun(j)))
          .map((job) => jobView(name, job, query.state)),
      );
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

  /** Scheduled (repeatable) jobs of every queue, soonest first. */
  async schedules(): Promise<JobScheduleList> {
    const items: JobScheduleView[] = [];
    for (const name of Object.values(QueueName)) {
      for (const scheduler of await this.queue(name).getJobSchedulers(0, -1, true)) {
        items.push({
          queue: name,
          id: scheduler.key,
          name: scheduler.name,
          pattern: scheduler.pattern ?? null,
          every: scheduler.every ?? null,
          tz: scheduler.tz ?? null,
          next: scheduler.next ? new Date(scheduler.next).toISOString() : null,
        });
      }
    }
    items.sort((a, b) => (a.next ?? '~').localeCompare(b.next ?? '~') || a.name.localeCompare(b.name));
    return { items };
  }

  /** The failed job `id` of `queueName`, or 404 / 409 (not failed: retried or removed meanwhile). */
  private async failedJob(queueName: string, id: string, verb: { en: string; zh: string }): Promise<{ job: Job; state: string }> {
    const job = await this.queue(queueName).getJob(id);
    if (!job) throw CommonErrors.notFound();
    const state = await job.getState();
    if (state !== 'failed')
      throw new AppError(409, 'JOB_NOT_FAILED', {
        en: `Only failed jobs can be ${verb.en} (this one is ${state})`,
        zh: `仅失败的任务可以${verb.zh}（当前状态：${state}）`,
      });
    return { job, state };
  }

  async retry(actor: Actor, queueName: string, id: string): Promise<void> {
    const { job, state } = await this.failedJob(queueName, id, { en: 'retried', zh: '重试' });
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

  /** Removes a failed job that is not worth retrying (its work is gone or done another way); audited. */
  async remove(actor: Actor, queueName: string, id: string): Promise<void> {
    const { job, state } = await this.failedJob(queueName, id, { en: 'removed', zh: '删除' });
    const snapshot = { state, name: job.name, attemptsMade: job.attemptsMade, failedReason: job.failedReason };
    await job.remove();
    await this.audit.record({ actor, action: 'admin.job.remove', targetType: 'job', targetId: `${queueName}/${id}`, before: snapshot, after: null });
  }
}
