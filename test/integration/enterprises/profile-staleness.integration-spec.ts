import { Queue, QueueEvents } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { EnterprisePublicView, NotificationPage, ProblemDetails, ProfileDraftView } from '@mcf/contracts';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
const queuePrefix = `${services.queuePrefix}-staleness`;
const DAY = 86_400_000;
const PROFILE = { summary: '从事复合材料构件研发与生产的民参军企业，具备热压罐成型能力。', sectors: ['NEW_MATERIALS'], products: ['碳纤维复合材料构件'] };
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

/** Runs the daily staleness sweep through BullMQ as if the clock read `asOf`, and waits for the worker. */
async function sweepAt(asOf: Date) {
  const job = await queue.add('profile-staleness-sweep', { asOf: asOf.toISOString() });
  return job.waitUntilFinished(events, 30_000) as Promise<{ reminded: number }>;
}

/** Moves the profile's last confirmation back, as if a year had passed since it was published. */
async function backdateConfirmation(organizationId: string, days: number): Promise<void> {
  const client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  try {
    await client.query(`UPDATE "enterprise_profiles" SET "last_confirmed_at" = now() - make_interval(days => $2) WHERE "organization_id" = $1`, [organizationId, days]);
  } finally {
    await client.end();
  }
}

describe('profile staleness (controlled clock)', () => {
  it('reminds the owner once per staleness period, and reconfirming restarts the clock', async () => {
    const firm = await api.registerOrganization('ENTERPRISE', 'staleness');
    const other = await api.registerOrganization('ENTERPRISE', 'staleness-other');
    const profile = `/api/v1/enterprises/${firm.organizationId}/profile`;
    expect((await api.call('PUT', profile, { token: firm.token, body: PROFILE })).status).toBe(200);
    const published = await api.call<ProfileDraftView>('POST', `${profile}/publish`, { token: firm.token });
    expect(published.status).toBe(200);
    const publishedAt = new Date(published.body.publishedAt!);

    const reminders = async () =>
      (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token: firm.token })).body.items.filter((n) => n.kind === 'PROFILE_STALE');

    await sweepAt(new Date(publishedAt.getTime() + 364 * DAY)); // not yet a year
    expect(await reminders()).toHaveLength(0);
    const first = await sweepAt(new Date(publishedAt.getTime() + 366 * DAY)); // stale
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    await sweepAt(new Date(publishedAt.getTime() + 367 * DAY)); // the next day
    await sweepAt(new Date(publishedAt.getTime() + 500 * DAY)); // months later, never reconfirmed
    const sent = await reminders();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ titleZh: '能力档案已超过一年未确认', link: '/enterprise/profile' });
    expect(sent[0]!.bodyZh).toContain(published.body.publishedAt!.slice(0, 4));
    // The other firm has no published profile: nothing for it.
    const otherNotifications = await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: other.token });
    expect(otherNotifications.body.items.filter((n) => n.kind === 'PROFILE_STALE')).toEqual([]);

    // A year on by the real clock: the flag shows to the firm and the public.
    await backdateConfirmation(firm.organizationId, 400);
    expect((await api.call<ProfileDraftView>('GET', profile, { token: firm.token })).body.stale).toBe(true);
    expect((await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`)).body.stale).toBe(true);

    // Only the firm itself may reconfirm.
    expect((await api.call('POST', `${profile}/reconfirm`, { token: other.token })).status).toBe(404);
    expect((await api.call('POST', `${profile}/reconfirm`, { token: await api.adminToken() })).status).toBe(403);
    const otherProfile = await api.call<ProblemDetails>('POST', `/api/v1/enterprises/${other.organizationId}/profile/reconfirm`, { token: other.token });
    expect(otherProfile.status).toBe(409);
    expect(otherProfile.body.code).toBe('PROFILE_NOT_PUBLISHED');

    const before = Date.now();
    const reconfirmed = await api.call<ProfileDraftView>('POST', `${profile}/reconfirm`, { token: firm.token });
    expect(reconfirmed.status).toBe(200);
    expect(reconfirmed.body).toMatchObject({ stale: false, publishedVersion: 1 });
    expect((await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`)).body.stale).toBe(false);
    const admin = await api.adminToken();
    const audit = await api.call<{ items: { action: string; actorUserId: string; before: { lastConfirmedAt: string }; after: { lastConfirmedAt: string } }[] }>(
      'GET',
      `/api/v1/admin/audit-events?targetType=organization&targetId=${firm.organizationId}&action=profile.reconfirmed`,
      { token: admin },
    );
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]!.actorUserId).toBe(firm.userId);
    expect(new Date(audit.body.items[0]!.after.lastConfirmedAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(audit.body.items[0]!.before.lastConfirmedAt).getTime()).toBeLessThan(before - 399 * DAY);

    // Reconfirmed today: no reminder now; a new one once that confirmation is a year old too.
    const remindedBefore = (await reminders()).length;
    await sweepAt(new Date());
    expect(await reminders()).toHaveLength(remindedBefore);
    await sweepAt(new Date(Date.now() + 366 * DAY));
    await sweepAt(new Date(Date.now() + 367 * DAY));
    expect(await reminders()).toHaveLength(remindedBefore + 1);
  });
});
