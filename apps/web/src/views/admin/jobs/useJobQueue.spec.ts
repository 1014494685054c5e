import { JOB_NAMES, type JobPage, type JobScheduleList, type JobView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { createTestI18n } from '../../../testing/i18n';
import { describeSchedule, firstLine, jobDataText, jobKey, jobNameKey, type JobQueueDependencies, useJobQueue } from './useJobQueue';

function job(id: string, patch: Partial<JobView> = {}): JobView {
  return {
    queue: 'matching',
    id,
    name: 'match-demand',
    state: 'failed',
    attemptsMade: 5,
    failedReason: 'Meilisearch unreachable\n    at SearchClient.search',
    data: { demandId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b', version: 2 },
    createdAt: '2026-03-01T08:00:00.000Z',
    finishedAt: '2026-03-01T08:05:00.000Z',
    ...patch,
  };
}

const SCHEDULES: JobScheduleList = {
  items: [
    {
      queue: 'maintenance',
      id: 'qualification-expiry-sweep',
      name: 'qualification-expiry-sweep',
      pattern: '0 1 * * *',
      every: null,
      tz: 'Asia/Shanghai',
      next: '2026-03-02T17:00:00.000Z',
    },
  ],
};

const pageOf = (...items: JobView[]): JobPage => ({ items, total: items.length, page: 1, pageSize: 20 });

async function start(dependencies: JobQueueDependencies = {}) {
  let failed = [job('1'), job('2')];
  const listJobs = vi.fn(dependencies.listJobs ?? (() => Promise.resolve(pageOf(...failed))));
  const retryJob = vi.fn(
    dependencies.retryJob ??
      ((_queue: string, id: string) => {
        failed = failed.filter((entry) => entry.id !== id);
        return Promise.resolve();
      }),
  );
  const removeJob = vi.fn(
    dependencies.removeJob ??
      ((_queue: string, id: string) => {
        failed = failed.filter((entry) => entry.id !== id);
        return Promise.resolve();
      }),
  );
  const listJobSchedules = vi.fn(dependencies.listJobSchedules ?? (() => Promise.resolve(SCHEDULES)));
  const scope = effectScope();
  const page = scope.run(() => useJobQueue({ listJobs, retryJob, removeJob, listJobSchedules }))!;
  await page.load();
  return { ...page, listJobs, retryJob, removeJob, listJobSchedules };
}

describe('job queue', () => {
  it('lists failed jobs first, and other states on request from their first page', async () => {
    const queue = await start();
    expect(queue.listJobs).toHaveBeenCalledWith({ state: 'failed', page: 1, pageSize: 20 }, expect.any(AbortSignal));
    await queue.setPage(2);
    await queue.showState('delayed');
    expect(queue.listJobs).toHaveBeenLastCalledWith({ state: 'delayed', page: 1, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('retries a job after confirmation and shows the list without it', async () => {
    const queue = await start();
    queue.ask(queue.items.value[0]!);
    expect(queue.pending.value?.id).toBe('1');
    expect(await queue.confirm()).toBe(true);
    expect(queue.retryJob).toHaveBeenCalledWith('matching', '1');
    expect(queue.lastRetried.value?.id).toBe('1');
    expect(queue.items.value.map((entry) => entry.id)).toEqual(['2']);
    expect(queue.pending.value).toBeNull();
  });

  it('keeps a refused retry in the dialog and reloads when the job is gone', async () => {
    const queue = await start({ retryJob: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND', { title: '任务不存在' }))) });
    queue.ask(queue.items.value[0]!);
    expect(await queue.confirm()).toBe(false);
    expect(queue.pending.value?.id).toBe('1');
    expect(queue.actionError.value).toEqual({ kind: 'plain', text: '任务不存在' });
    await vi.waitFor(() => expect(queue.listJobs).toHaveBeenCalledTimes(2));
  });

  it('shows the scheduled jobs apart from the jobs by state', async () => {
    const queue = await start();
    await queue.showState('scheduled');
    expect(queue.listJobSchedules).toHaveBeenCalledTimes(1);
    expect(queue.scheduleItems.value.map((s) => s.name)).toEqual(['qualification-expiry-sweep']);
    expect(queue.items.value).toEqual([]);
    expect(queue.listJobs).toHaveBeenCalledTimes(1);
  });

  it('removes a failed job after confirmation, and says so', async () => {
    const queue = await start();
    queue.ask(queue.items.value[1]!, 'remove');
    expect(queue.pendingAction.value).toBe('remove');
    expect(queue.removeJob).not.toHaveBeenCalled();
    expect(await queue.confirm()).toBe(true);
    expect(queue.removeJob).toHaveBeenCalledWith('matching', '2');
    expect(queue.retryJob).not.toHaveBeenCalled();
    expect(queue.lastDone.value).toMatchObject({ action: 'remove', job: { id: '2' } });
    expect(queue.items.value.map((entry) => entry.id)).toEqual(['1']);
  });

  it('names every job of the platform in Chinese and English (one mapping, JOB_NAMES)', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const { t, te } = createTestI18n(locale).global;
      for (const name of JOB_NAMES) {
        const key = jobNameKey(name)!;
        expect(te(key, locale), `${locale} ${key}`).toBe(true);
        expect(t(key)).not.toBe(name);
        if (locale === 'zh-CN') expect(t(key)).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(jobNameKey('no-such-job')).toBeNull();
  });

  it('puts schedules in words', () => {
    expect(describeSchedule({ pattern: '0 1 * * *', every: null, tz: 'Asia/Shanghai' })).toEqual({ key: 'jobs.daily', values: { time: '01:00', tz: '' } });
    expect(describeSchedule({ pattern: '30 1 * * *', every: null, tz: 'UTC' })).toEqual({ key: 'jobs.dailyIn', values: { time: '01:30', tz: 'UTC' } });
    expect(describeSchedule({ pattern: '5 * * * *', every: null, tz: 'Asia/Shanghai' })).toEqual({ key: 'jobs.hourly', values: { minute: 5 } });
    expect(describeSchedule({ pattern: null, every: 30_000, tz: null })).toEqual({ key: 'jobs.every', values: { seconds: 30 } });
    expect(describeSchedule({ pattern: '0 8 * * 1', every: null, tz: null }).key).toBe('jobs.cron');
  });

  it('formats what the table shows', () => {
    expect(firstLine('boom\n  at x')).toBe('boom');
    expect(firstLine(null)).toBe('');
    expect(firstLine('x'.repeat(200))).toHaveLength(160);
    expect(jobDataText({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(jobDataText(undefined)).toBe('—');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(jobDataText(cyclic)).toBe('[object Object]');
    expect(jobKey(job('7'))).toBe('matching/7');
  });
});
