import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEventPage, JobPage, JobScheduleList } from '@mcf/contracts';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
const queuePrefix = `${services.queuePrefix}-jobs-admin`;
let app: RunningApp;
let api: ApiClient;
let queue: Queue;
let events: QueueEvents;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { QUEUE_PREFIX: queuePrefix }));
  api = new ApiClient(app.baseUrl);
  queue = new Queue('maintenance', { connection: { url: services.redisUrl }, prefix: queuePrefix });
  events = new QueueEvents('maintenance', { connection: { url: services.redisUrl }, prefix: queuePrefix });
  await events.waitUntilReady();
});
afterAll(async () => {
  await events?.close();
  await queue?.close();
  expect(await app?.stop()).toBe(0);
});

describe('the jobs page API', () => {
  it('lists scheduled jobs apart from the jobs by state', async () => {
    const admin = await api.adminToken();
    const schedules = await api.call<JobScheduleList>('GET', '/api/v1/admin/jobs/schedules', { token: admin });
    expect(schedules.status).toBe(200);
    const byName = new Map(schedules.body.items.map((s) => [s.name, s]));
    expect(byName.get('qualification-expiry-sweep')).toMatchObject({ queue: 'maintenance', pattern: '0 1 * * *', tz: 'Asia/Shanghai', every: null });
    expect(byName.get('qualification-expiry-sweep')!.next).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(byName.get('worker-heartbeat')).toMatchObject({ pattern: null, every: expect.any(Number) });
    expect(byName.has('demand-deadline-sweep')).toBe(true);

    // The next runs of those schedules wait as delayed jobs in BullMQ; the delayed list leaves them out.
    const delayedInRedis = await queue.getJobs(['delayed']);
    expect(delayedInRedis.some((job) => job.id?.startsWith('repeat:'))).toBe(true);
    const delayed = await api.call<JobPage>('GET', '/api/v1/admin/jobs?state=delayed&pageSize=100', { token: admin });
    expect(delayed.body.items.filter((job) => job.id.startsWith('repeat:'))).toEqual([]);
  });

  it('removes a failed job after which it is gone, audited; refuses jobs that have not failed', async () => {
    const admin = await api.adminToken();
    // A job name with no handler fails at once (attempts: 1).
    const failing = await queue.add('no-handler-for-this', { x: 1 }, { jobId: 'jobs-admin-failing', attempts: 1 });
    await expect(failing.waitUntilFinished(events, 30_000)).rejects.toThrow(/no handler/);
    const failed = await api.call<JobPage>('GET', '/api/v1/admin/jobs?state=failed&pageSize=100', { token: admin });
    expect(failed.body.items.map((job) => job.id)).toContain('jobs-admin-failing');

    const later = await queue.add('worker-heartbeat', {}, { jobId: 'jobs-admin-later', delay: 3_600_000 });
    const notFailed = await api.call<{ code: string }>('DELETE', `/api/v1/admin/jobs/maintenance/${later.id}`, { token: admin });
    expect(notFailed.status).toBe(409);
    expect(notFailed.body.code).toBe('JOB_NOT_FAILED');
    expect(await queue.getJob('jobs-admin-later')).toBeTruthy();

    expect((await api.call('DELETE', '/api/v1/admin/jobs/maintenance/jobs-admin-failing', { token: admin })).status).toBe(204);
    expect(await queue.getJob('jobs-admin-failing')).toBeFalsy();
    const after = await api.call<JobPage>('GET', '/api/v1/admin/jobs?state=failed&pageSize=100', { token: admin });
    expect(after.body.items.map((job) => job.id)).not.toContain('jobs-admin-failing');
    expect((await api.call('DELETE', '/api/v1/admin/jobs/maintenance/jobs-admin-failing', { token: admin })).status).toBe(404);
    expect((await api.call('DELETE', '/api/v1/admin/jobs/no-such-queue/x', { token: admin })).status).toBe(404);

    const audit = await api.call<AuditEventPage>('GET', '/api/v1/admin/audit-events?action=admin.job.remove&targetType=job', { token: admin });
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        targetId: 'maintenance/jobs-admin-failing',
        targetLabel: 'maintenance/jobs-admin-failing',
        before: expect.objectContaining({ state: 'failed', name: 'no-handler-for-this' }),
        actorName: expect.any(String),
      }),
    ]);
  });
});
