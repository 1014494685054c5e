import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { NotificationPage, QualificationView } from '@mcf/contracts';
import { ApiClient, CERTIFICATE_FIELDS, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
const queuePrefix = `${services.queuePrefix}-expiry`;
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

/** Runs the daily sweep through BullMQ as if the clock read `asOf`, and waits for the worker. */
async function sweepAt(asOf: string) {
  const job = await queue.add('qualification-expiry-sweep', { asOf });
  return job.waitUntilFinished(events, 30_000) as Promise<{ expired: number; reminded: number }>;
}

describe('the daily expiry sweep (controlled clock)', () => {
  it('reminds 60, 30 and 7 days ahead, once each, then marks the certificate EXPIRED', async () => {
    const admin = await api.adminToken();
    const firm = await api.registerOrganization('ENTERPRISE', 'expiry');
    const uploaded = await api.uploadQualification(firm.organizationId, firm.token, { ...CERTIFICATE_FIELDS, expiresAt: '2030-06-30' }, { content: SAMPLE_PDF, name: 'c.pdf' });
    expect((await api.call('POST', `/api/v1/admin/qualifications/${uploaded.body.id}/approve`, { token: admin })).status).toBe(200);

    const expiring = async () =>
      (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token: firm.token })).body.items.filter((n) => n.kind === 'QUALIFICATION_EXPIRING');

    await sweepAt('2030-04-01T02:00:00Z'); // 90 days ahead: nothing yet
    expect(await expiring()).toHaveLength(0);
    await sweepAt('2030-05-01T02:00:00Z'); // 60 days ahead
    await sweepAt('2030-05-01T09:00:00Z'); // the same day again (a retry): no second reminder
    expect((await expiring()).map((n) => n.titleZh)).toEqual(['资质将于60天后到期：武器装备质量管理体系认证 (GJB 9001C-2017)']);
    await sweepAt('2030-06-05T02:00:00Z'); // 25 days ahead: the 30-day reminder
    await sweepAt('2030-06-25T02:00:00Z'); // 5 days ahead: the 7-day reminder
    expect((await expiring()).map((n) => n.titleEn)).toEqual([
      'Certificate expires in 5 days: 武器装备质量管理体系认证 (GJB 9001C-2017)',
      'Certificate expires in 25 days: 武器装备质量管理体系认证 (GJB 9001C-2017)',
      'Certificate expires in 60 days: 武器装备质量管理体系认证 (GJB 9001C-2017)',
    ]);

    const lastDay = await sweepAt('2030-06-30T15:00:00Z'); // 23:00 in China on the last valid day
    expect(lastDay.expired).toBe(0);
    const after = await sweepAt('2030-06-30T16:30:00Z'); // 00:30 on 1 July in China
    expect(after.expired).toBeGreaterThanOrEqual(1);
    expect((await sweepAt('2030-07-01T02:00:00Z')).expired).toBe(0);

    const mine = await api.call<{ items: QualificationView[] }>('GET', `/api/v1/enterprises/${firm.organizationId}/qualifications`, { token: firm.token });
    expect(mine.body.items[0]).toMatchObject({ status: 'EXPIRED', vetted: false });
    const all = (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token: firm.token })).body;
    expect(all.items.filter((n) => n.kind === 'QUALIFICATION_EXPIRED')).toHaveLength(1);
    expect(all.items.map((n) => n.kind)).toContain('QUALIFICATION_APPROVED');
    expect(all.unread).toBe(all.items.length);

    const audit = await api.call<{ items: { action: string; actorUserId: string | null }[] }>(
      'GET',
      `/api/v1/admin/audit-events?targetType=qualification&targetId=${uploaded.body.id}&action=system.qualification.expired`,
      { token: admin },
    );
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'system.qualification.expired', actorUserId: null })]);

    expect((await api.call('POST', `/api/v1/notifications/${all.items[0]!.id}/read`, { token: firm.token })).status).toBe(204);
    expect((await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: firm.token })).body.unread).toBe(all.items.length - 1);
    expect((await api.call('POST', '/api/v1/notifications/read-all', { token: firm.token })).status).toBe(204);
    expect((await api.call<NotificationPage>('GET', '/api/v1/notifications?unreadOnly=true', { token: firm.token })).body.items).toEqual([]);
  });
});
