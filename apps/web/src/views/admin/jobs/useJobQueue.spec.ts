import type { JobPage, JobView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { firstLine, jobDataText, jobKey, type JobQueueDependencies, useJobQueue } from './useJobQueue';

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
  const scope = effectScope();
  const page = scope.run(() => useJobQueue({ listJobs, retryJob }))!;
  await page.load();
  return { ...page, listJobs, retryJob };
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
