/**
 * Saved searches and alerts against the real services: a saved search alerts on a matching new demand
 * (checked by Meilisearch with the owner's own visibility), not on one that does not match, never on an
 * INVITED demand its owner is not invited to; a retried check adds nothing; DAILY searches get one
 * digest as of a controlled clock; "不相关" demotes a similar later item for that user only.
 */
import type {
  AlertItemView,
  AlertPage,
  DemandView,
  NotificationPage,
  ProblemDetails,
  SavedSearchList,
  SavedSearchView,
} from '@mcf/contracts';
import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');
const queuePrefix = `${services.queuePrefix}-alerts`;
let app: RunningApp;
let api: ApiClient;
let admin: string;
let queue: Queue;
let events: QueueEvents;
let procurer: { organizationId: string; token: string };
/** f and g: verified firms that save searches; h: a firm whose later profile alerts the procurer. */
const firms: Record<'f' | 'g', CreatedFirm> = {} as never;

const firmSpec = (name: string, sectors: string[]) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '民参军企业，从事配套产品研制生产。',
  sectors,
  products: ['配套产品'],
  capabilities: ['机械加工'],
  qualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA, QUEUE_PREFIX: queuePrefix }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  firms.f = await createFirm(api, admin, firmSpec('咸宁订阅甲科技有限公司', ['ELECTRONICS']));
  firms.g = await createFirm(api, admin, firmSpec('咸宁订阅乙科技有限公司', ['ELECTRONICS']));
  procurer = await registerNamed(api, 'PROCURER', '某研究所订阅测试采购部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
  queue = new Queue('alerts', { connection: { url: services.redisUrl }, prefix: queuePrefix });
  events = new QueueEvents('alerts', { connection: { url: services.redisUrl }, prefix: queuePrefix });
  await events.waitUntilReady();
});

afterAll(async () => {
  await events?.close();
  await queue?.close();
  expect(await app?.stop()).toBe(0);
});

async function saveSearch(token: string, body: Record<string, unknown>): Promise<SavedSearchView> {
  const response = await api.call<SavedSearchView>('POST', '/api/v1/me/saved-searches', { token, body });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function alertsOf(token: string): Promise<AlertItemView[]> {
  const response = await api.call<AlertPage>('GET', '/api/v1/me/alerts?pageSize=100', { token });
  expect(response.status).toBe(200);
  return response.body.items;
}

async function notificationsOf(token: string, kind: string) {
  const page = await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token });
  return page.body.items.filter((n) => n.kind === kind);
}

/** Waits until `count` alert checks of the item (one per published version) have finished. */
async function checksDone(itemId: string, count = 1): Promise<void> {
  await waitUntil(
    `alert checks of ${itemId}`,
    async () => {
      const jobs = await queue.getJobs(['completed'], 0, 999);
      return jobs.filter((j) => j.data.demandId === itemId || j.data.organizationId === itemId).length;
    },
    (done) => done >= count,
    60_000,
  );
}

const demand = (title: string, sectors: string[], extra: Record<string, unknown> = {}) => ({
  title,
  description: `${title}，详见技术要求。`,
  sectors,
  requiredQualifications: [],
  deadline: daysFromNow(60),
  ...extra,
});

describe('saved searches', () => {
  it('are the user’s own: listed, created with validated queries, at most 20, deleted by their owner only', async () => {
    const user = await api.registerOrganization('ENTERPRISE', 'saved-search-owner');
    const other = await api.registerOrganization('PROCURER', 'saved-search-other');
    const created = await saveSearch(user.token, {
      kind: 'DEMANDS',
      name: '  线缆类需求  ',
      query: { q: ' 线缆 ', sectors: ['ELECTRONICS'], regions: ['421200'] },
      frequency: 'DAILY',
    });
    expect(created).toMatchObject({
      kind: 'DEMANDS',
      name: '线缆类需求',
      frequency: 'DAILY',
      query: { q: '线缆', sectors: ['ELECTRONICS'], regions: ['421200'], qualifications: [] },
    });
    const defaults = await saveSearch(user.token, { kind: 'ENTERPRISES', name: '全部供应商' });
    expect(defaults).toMatchObject({ frequency: 'IMMEDIATE', query: { q: '', sectors: [], regions: [], qualifications: [] } });

    for (const [body, field] of [
      [{ kind: 'DEMANDS', name: 'x', query: { sectors: ['NOT_A_SECTOR'] } }, 'query.sectors.0'],
      [{ kind: 'DEMANDS', name: 'x', query: { regions: ['12345'] } }, 'query.regions.0'],
      [{ kind: 'DEMANDS', name: 'x', query: { qualifications: ['NOPE'] } }, 'query.qualifications.0'],
      [{ kind: 'DEMANDS', name: 'x', query: { q: 'x'.repeat(201) } }, 'query.q'],
      [{ kind: 'DEMANDS', name: 'x', query: { sort: 'deadline:asc' } }, 'query'],
      [{ kind: 'OFFERS', name: 'x' }, 'kind'],
      [{ kind: 'DEMANDS', name: '   ' }, 'name'],
      [{ kind: 'DEMANDS', name: 'x', frequency: 'HOURLY' }, 'frequency'],
    ] as const) {
      const refused = await api.call<ProblemDetails>('POST', '/api/v1/me/saved-searches', { token: user.token, body });
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.errors?.map((e) => e.field).join(' ')).toContain(field);
    }

    for (let n = 3; n <= 20; n++) await saveSearch(user.token, { kind: 'ENTERPRISES', name: `订阅 ${n}` });
    const tooMany = await api.call<ProblemDetails>('POST', '/api/v1/me/saved-searches', {
      token: user.token,
      body: { kind: 'ENTERPRISES', name: '第 21 个' },
    });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.code).toBe('SAVED_SEARCH_LIMIT_REACHED');

    const list = await api.call<SavedSearchList>('GET', '/api/v1/me/saved-searches', { token: user.token });
    expect(list.body.max).toBe(20);
    expect(list.body.items).toHaveLength(20);
    expect(list.body.items.at(-1)!.id).toBe(created.id);
    expect((await api.call<SavedSearchList>('GET', '/api/v1/me/saved-searches', { token: other.token })).body.items).toEqual([]);

    const path = `/api/v1/me/saved-searches/${created.id}`;
    expect((await api.call('DELETE', path, { token: other.token })).status).toBe(404);
    expect((await api.call('DELETE', path, { token: admin })).status).toBe(404);
    expect((await api.call('DELETE', path, { token: user.token })).status).toBe(204);
    expect((await api.call('DELETE', path, { token: user.token })).status).toBe(404);
    expect((await api.call<SavedSearchList>('GET', '/api/v1/me/saved-searches', { token: user.token })).body.items).toHaveLength(19);
    // A slot is free again.
    await saveSearch(user.token, { kind: 'DEMANDS', name: '又一个订阅' });
  });
});

describe('alerts on demands', () => {
  it('alerts on a matching demand, not on others, never on an INVITED demand the user is not invited to; a retried check adds nothing', async () => {
    const cables = await saveSearch(firms.f.token, {
      kind: 'DEMANDS',
      name: '特种线缆',
      query: { q: '线缆', sectors: ['ELECTRONICS'] },
      frequency: 'IMMEDIATE',
    });
    await saveSearch(firms.g.token, {
      kind: 'DEMANDS',
      name: '乙的线缆订阅',
      query: { q: '线缆', sectors: ['ELECTRONICS'] },
    });
    // The procurer's own saved search never alerts it to its own demands.
    await saveSearch(procurer.token, { kind: 'DEMANDS', name: '自己的需求', query: { sectors: ['ELECTRONICS'] } });

    const matching = (await publishDemand(api, procurer.token, demand('舰载耐高温特种线缆采购', ['ELECTRONICS']))).demand;
    const otherSector = (await publishDemand(api, procurer.token, demand('耐高温线缆护套（航天）', ['AEROSPACE']))).demand;
    const otherWords = (await publishDemand(api, procurer.token, demand('电子对抗模拟器', ['ELECTRONICS']))).demand;
    const invited = (
      await publishDemand(api, procurer.token, demand('邀请制：舰载特种线缆', ['ELECTRONICS'], { visibility: 'INVITED' }))
    ).demand;
    for (const id of [matching.id, otherSector.id, otherWords.id, invited.id]) await checksDone(id);

    const mine = await alertsOf(firms.f.token);
    expect(mine.map((a) => a.itemId)).toEqual([matching.id]);
    expect(mine[0]).toMatchObject({
      savedSearchId: cables.id,
      savedSearchName: '特种线缆',
      kind: 'DEMANDS',
      title: '舰载耐高温特种线缆采购',
      link: `/demands/${matching.id}`,
      rankScore: 1,
      demoted: false,
      feedback: null,
    });
    expect(mine[0]!.notifiedAt).not.toBeNull();
    const told = await notificationsOf(firms.f.token, 'SAVED_SEARCH_ALERT');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ link: `/demands/${matching.id}`, titleZh: '订阅「特种线缆」有新需求：舰载耐高温特种线缆采购' });
    expect((await alertsOf(procurer.token)).map((a) => a.itemId)).not.toContain(matching.id);

    // The INVITED demand: nobody is invited at publication, so nobody is alerted. Once g is invited, a
    // revision alerts g (its search now lists the demand) and still not f.
    expect((await alertsOf(firms.g.token)).map((a) => a.itemId)).toEqual([matching.id]);
    const invitation = await api.call('POST', `/api/v1/demands/${invited.id}/invitations`, {
      token: procurer.token,
      body: { enterpriseId: firms.g.organizationId },
    });
    expect(invitation.status).toBe(201);
    const revised = await api.call<DemandView>('PUT', `/api/v1/demands/${invited.id}`, {
      token: procurer.token,
      body: { ...demand('邀请制：舰载特种线缆', ['ELECTRONICS'], { visibility: 'INVITED' }), description: '修订：增加耐油要求。' },
    });
    expect(revised.status).toBe(200);
    await checksDone(invited.id, 2);
    expect((await alertsOf(firms.g.token)).map((a) => a.itemId).sort()).toEqual([matching.id, invited.id].sort());
    expect((await alertsOf(firms.f.token)).map((a) => a.itemId)).toEqual([matching.id]);

    // A retried check (and a revision of a demand already alerted) adds nothing and tells no one again.
    const retried = await queue.add('check-demand-alerts', { demandId: matching.id });
    expect(await retried.waitUntilFinished(events, 30_000)).toEqual({ alerted: 0, notified: 0 });
    const again = await api.call('PUT', `/api/v1/demands/${matching.id}`, {
      token: procurer.token,
      body: { ...demand('舰载耐高温特种线缆采购', ['ELECTRONICS']), description: '修订：交付期提前至三十日内。' },
    });
    expect(again.status).toBe(200);
    await checksDone(matching.id, 3);
    expect((await alertsOf(firms.f.token)).filter((a) => a.itemId === matching.id)).toHaveLength(1);
    expect(await notificationsOf(firms.f.token, 'SAVED_SEARCH_ALERT')).toHaveLength(1);
  });

  it('alerts a procurer to a newly published supplier profile that matches its saved search', async () => {
    const search = await saveSearch(procurer.token, {
      kind: 'ENTERPRISES',
      name: '复合材料供应商',
      query: { q: '复合材料', sectors: ['NEW_MATERIALS'] },
    });
    const h = await createFirm(api, admin, {
      ...firmSpec('咸宁复材构件有限公司', ['NEW_MATERIALS']),
      summary: '专业从事碳纤维复合材料构件研制。',
      products: ['碳纤维复合材料构件'],
    });
    const unrelated = await createFirm(api, admin, firmSpec('咸宁电子装联有限公司', ['ELECTRONICS']));
    await checksDone(h.organizationId);
    await checksDone(unrelated.organizationId);
    const alerts = (await alertsOf(procurer.token)).filter((a) => a.savedSearchId === search.id);
    expect(alerts.map((a) => a.itemId)).toEqual([h.organizationId]);
    expect(alerts[0]).toMatchObject({ kind: 'ENTERPRISES', title: '咸宁复材构件有限公司', link: `/enterprises/${h.organizationId}` });
    const told = await notificationsOf(procurer.token, 'SAVED_SEARCH_ALERT');
    expect(told.map((n) => n.link)).toContain(`/enterprises/${h.organizationId}`);
  });
});

describe('the daily digest (controlled clock)', () => {
  it('sends one digest per DAILY saved search with what matched by then, once', async () => {
    const daily = await saveSearch(firms.f.token, {
      kind: 'DEMANDS',
      name: '海洋装备日报',
      query: { sectors: ['MARINE'] },
      frequency: 'DAILY',
    });
    const first = (await publishDemand(api, procurer.token, demand('船用雷达罩', ['MARINE']))).demand;
    const second = (await publishDemand(api, procurer.token, demand('水下机器人密封件', ['MARINE']))).demand;
    await checksDone(first.id);
    await checksDone(second.id);
    const pending = (await alertsOf(firms.f.token)).filter((a) => a.savedSearchId === daily.id);
    expect(pending.map((a) => a.itemId).sort()).toEqual([first.id, second.id].sort());
    expect(pending.every((a) => a.notifiedAt === null)).toBe(true);
    expect(await notificationsOf(firms.f.token, 'SAVED_SEARCH_DIGEST')).toEqual([]);

    const digestAt = async (asOf: Date) => {
      const job = await queue.add('saved-search-digest', { asOf: asOf.toISOString() });
      return job.waitUntilFinished(events, 30_000) as Promise<{ sent: number }>;
    };
    // Yesterday the alerts did not exist yet: nothing to send.
    await digestAt(new Date(Date.now() - 86_400_000));
    expect(await notificationsOf(firms.f.token, 'SAVED_SEARCH_DIGEST')).toEqual([]);

    const tomorrow = new Date(Date.now() + 86_400_000);
    expect((await digestAt(tomorrow)).sent).toBeGreaterThanOrEqual(1);
    const digests = await notificationsOf(firms.f.token, 'SAVED_SEARCH_DIGEST');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ titleZh: '订阅「海洋装备日报」今日有 2 条新需求', link: '/alerts' });
    expect(digests[0]!.bodyZh).toContain('船用雷达罩');
    expect(digests[0]!.bodyZh).toContain('水下机器人密封件');
    const delivered = (await alertsOf(firms.f.token)).filter((a) => a.savedSearchId === daily.id);
    expect(delivered.every((a) => a.notifiedAt === tomorrow.toISOString())).toBe(true);
    // DAILY searches are not notified one by one.
    expect((await notificationsOf(firms.f.token, 'SAVED_SEARCH_ALERT')).map((n) => n.link)).not.toContain(`/demands/${first.id}`);

    // The same day again, or the next: nothing new, nothing sent.
    await digestAt(tomorrow);
    await digestAt(new Date(tomorrow.getTime() + 86_400_000));
    expect(await notificationsOf(firms.f.token, 'SAVED_SEARCH_DIGEST')).toHaveLength(1);
  });
});

describe('feedback "不相关"', () => {
  it('demotes a similar later item for the user who gave it, not for another user', async () => {
    const fSearch = await saveSearch(firms.f.token, { kind: 'DEMANDS', name: '航天配套', query: { sectors: ['AEROSPACE'] } });
    const gSearch = await saveSearch(firms.g.token, { kind: 'DEMANDS', name: '乙的航天配套', query: { sectors: ['AEROSPACE'] } });
    const battery = (await publishDemand(api, procurer.token, demand('无人机锂电池采购', ['AEROSPACE', 'NEW_ENERGY']))).demand;
    await checksDone(battery.id);
    const fAlert = (await alertsOf(firms.f.token)).find((a) => a.itemId === battery.id && a.savedSearchId === fSearch.id)!;
    expect(fAlert).toBeDefined();

    // Only the alert's owner gives feedback on it.
    const feedbackPath = `/api/v1/alerts/${fAlert.id}/feedback`;
    expect((await api.call('POST', feedbackPath, { token: firms.g.token, body: { relevant: false } })).status).toBe(404);
    expect((await api.call('POST', feedbackPath, { token: admin, body: { relevant: false } })).status).toBe(404);
    expect((await api.call('POST', feedbackPath, { token: firms.f.token, body: { relevant: 'no' } })).status).toBe(400);
    const marked = await api.call<AlertItemView>('POST', feedbackPath, { token: firms.f.token, body: { relevant: false } });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: fAlert.id, feedback: false });

    const similar = (await publishDemand(api, procurer.token, demand('无人机锂电池组采购（第二批）', ['AEROSPACE', 'NEW_ENERGY']))).demand;
    const satellite = (await publishDemand(api, procurer.token, demand('卫星姿控飞轮', ['AEROSPACE']))).demand;
    await checksDone(similar.id);
    await checksDone(satellite.id);

    const fList = (await alertsOf(firms.f.token)).filter((a) => a.savedSearchId === fSearch.id);
    const fSimilar = fList.find((a) => a.itemId === similar.id)!;
    const fSatellite = fList.find((a) => a.itemId === satellite.id)!;
    expect(fSimilar).toMatchObject({ demoted: true, feedback: null });
    expect(fSimilar.rankScore).toBeLessThan(0.5);
    expect(fSimilar.notifiedAt).toBeNull();
    expect(fSatellite.demoted).toBe(false);
    expect(fSatellite.rankScore).toBeLessThan(1);
    expect(fSatellite.rankScore).toBeGreaterThan(fSimilar.rankScore);
    // Most relevant first: the satellite, then the demoted battery demand, then the one marked not relevant.
    const order = fList.map((a) => a.itemId);
    expect(order.indexOf(satellite.id)).toBeLessThan(order.indexOf(similar.id));
    expect(order.indexOf(similar.id)).toBeLessThan(order.indexOf(battery.id));
    const fTold = (await notificationsOf(firms.f.token, 'SAVED_SEARCH_ALERT')).map((n) => n.link);
    expect(fTold).toContain(`/demands/${satellite.id}`);
    expect(fTold).not.toContain(`/demands/${similar.id}`);

    // g gave no feedback: the same demand is an ordinary alert for g, notified at once.
    const gSimilar = (await alertsOf(firms.g.token)).find((a) => a.itemId === similar.id && a.savedSearchId === gSearch.id)!;
    expect(gSimilar).toMatchObject({ demoted: false, rankScore: 1, feedback: null });
    expect((await notificationsOf(firms.g.token, 'SAVED_SEARCH_ALERT')).map((n) => n.link)).toContain(`/demands/${similar.id}`);

    // Deleting a saved search deletes its alerts; the feedback stays with the user.
    expect((await api.call('DELETE', `/api/v1/me/saved-searches/${fSearch.id}`, { token: firms.f.token })).status).toBe(204);
    expect((await alertsOf(firms.f.token)).filter((a) => a.savedSearchId === fSearch.id)).toEqual([]);
    expect((await api.call('POST', feedbackPath, { token: firms.f.token, body: { relevant: true } })).status).toBe(404);
  });
});
