/**
 * Technology offers (成果转化) against real PostgreSQL, Redis and Meilisearch: a research institute
 * registers and lists an offer; validation and submit problems name their fields; only the owner reads a
 * draft; an administrator vets it (audited); the matching job lists the firm whose profile could take it
 * up (not the one in another trade) and tells both sides; it is searchable; interest opens a conversation;
 * reject with a reason, edit back to a draft; withdraw takes it out of search.
 */
import type {
  AuditEventPage,
  InboxPage,
  NotificationPage,
  OfferCreated,
  OfferMatchList,
  OfferPage,
  OfferSearchResult,
  OfferView,
  ProblemDetails,
} from '@mcf/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import type { RunningApp } from '../../support/app-process.js';
import { appEnvironment, runApiCli, startApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA, createFirm, type CreatedFirm, daysFromNow, registerNamed, waitUntil } from '../../support/marketplace.js';

const services = inject('services');

let app: RunningApp;
let env: Record<string, string>;
let api: ApiClient;
let admin: string;
let institute: { organizationId: string; token: string };
let composites: CreatedFirm;
let foods: CreatedFirm;
let offerId: string;

const OFFER = {
  title: '芳纶纤维复合装甲板热压成型技术',
  summary: '高强芳纶纤维与陶瓷面板复合的防弹装甲板热压成型工艺，面密度低、抗多发弹击，可用于特种车辆与舰船防护，已完成中试。',
  sectors: ['NEW_MATERIALS'],
  readinessLevel: 6,
  transferModes: ['LICENSE', 'JOINT_DEVELOPMENT'],
  direction: 'MILITARY_TO_CIVIL',
  ip: { status: 'PATENT_GRANTED', patentNumbers: ['ZL202110123456.7'] },
  applications: ['防弹插板', '车辆防护装甲'],
  expectedTerms: '普通许可，入门费加销售提成；合作开发可共建中试线。',
  regionCode: '421202',
  nonClassified: true,
};

beforeAll(async () => {
  env = appEnvironment(services, { ...WITHOUT_DEMO_DATA });
  app = await startApp(env);
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  institute = await registerNamed(api, 'INSTITUTE', '湖北科技学院材料辐射改性工程实验室', newCreditCode(), '421202');
  await api.setOrganizationStatus(admin, institute.organizationId, 'verify');
  composites = await createFirm(api, admin, {
    name: '咸宁海纬复合材料制品有限公司',
    creditCode: newCreditCode(),
    regionCode: '421202',
    summary: '纤维增强复合材料制品研制生产，船用与车用防护结构件。',
    sectors: ['NEW_MATERIALS', 'MARINE'],
    products: ['复合装甲板', '芳纶防弹插板', '玻璃钢船体构件'],
    capabilities: ['热压成型', '真空灌注成型'],
    qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: daysFromNow(900) }],
  });
  foods = await createFirm(api, admin, {
    name: '咸宁军需副食品配送有限公司',
    creditCode: newCreditCode(),
    regionCode: '421202',
    summary: '部队副食品加工与冷链配送。',
    sectors: ['LOGISTICS'],
    products: ['冷链配送', '副食品加工'],
    capabilities: ['冷库仓储'],
    qualifications: [],
  });
}, 240_000);

afterAll(async () => {
  await app?.stop();
});

describe('an institute lists a technology offer', () => {
  it('registers as INSTITUTE, a kind of its own', async () => {
    const me = await api.call<{ organization: { kind: string } }>('GET', '/api/v1/me', { token: institute.token });
    expect(me.status).toBe(200);
    expect(me.body.organization.kind).toBe('INSTITUTE');
  });

  it('refuses bad input with problems naming the fields', async () => {
    const response = await api.call<ProblemDetails>('POST', '/api/v1/offers', {
      token: institute.token,
      body: { ...OFFER, readinessLevel: 12, transferModes: ['SALE'], direction: undefined, ip: { status: 'NONE', patentNumbers: ['12-AB'] } },
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const fields = (response.body.errors ?? []).map((e) => e.field).sort();
    expect(fields).toEqual(expect.arrayContaining(['direction', 'ip.patentNumbers.0', 'readinessLevel', 'transferModes.0']));
  });

  it('asks a signed-out visitor to sign in', async () => {
    expect((await api.call('POST', '/api/v1/offers', { body: OFFER })).status).toBe(401);
  });

  it('creates a draft that only its owner (and administrators) can read', async () => {
    const created = await api.call<OfferCreated>('POST', '/api/v1/offers', {
      token: institute.token,
      body: { ...OFFER, nonClassified: false },
    });
    expect(created.status).toBe(201);
    expect(created.body.status).toBe('DRAFT');
    offerId = created.body.id;
    expect((await api.call('GET', `/api/v1/offers/${offerId}`)).status).toBe(404);
    expect((await api.call('GET', `/api/v1/offers/${offerId}`, { token: composites.token })).status).toBe(404);
    const own = await api.call<OfferView>('GET', `/api/v1/offers/${offerId}`, { token: institute.token });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ mine: true, readinessLevel: 6, direction: 'MILITARY_TO_CIVIL', organization: { kind: 'INSTITUTE' } });
    expect((await api.call('GET', `/api/v1/offers/${offerId}`, { token: admin })).status).toBe(200);
    const mine = await api.call<OfferPage>('GET', '/api/v1/offers/mine', { token: institute.token });
    expect(mine.body.items.map((o) => o.id)).toEqual([offerId]);
  });

  it('will not submit without the non-classified declaration, nor with a classification marking', async () => {
    const undeclared = await api.call<ProblemDetails>('POST', `/api/v1/offers/${offerId}/submit`, { token: institute.token });
    expect(undeclared.status).toBe(422);
    expect(undeclared.body.errors?.map((e) => e.field)).toEqual(['nonClassified']);
    await api.call('PATCH', `/api/v1/offers/${offerId}`, {
      token: institute.token,
      body: { ...OFFER, summary: `${OFFER.summary}（机密）` },
    });
    const marked = await api.call<ProblemDetails>('POST', `/api/v1/offers/${offerId}/submit`, { token: institute.token });
    expect(marked.status).toBe(422);
    expect(marked.body.errors?.[0]).toMatchObject({ field: 'summary', code: 'CLASSIFIED_MARKING' });
  });

  it('lets no one but the owner change it', async () => {
    expect((await api.call('PATCH', `/api/v1/offers/${offerId}`, { token: composites.token, body: OFFER })).status).toBe(404);
    expect((await api.call('POST', `/api/v1/offers/${offerId}/submit`, { token: composites.token })).status).toBe(404);
    expect((await api.call('POST', `/api/v1/offers/${offerId}/withdraw`, { token: composites.token })).status).toBe(404);
  });

  it('goes to review once complete, and is refused a second submit', async () => {
    expect((await api.call('PATCH', `/api/v1/offers/${offerId}`, { token: institute.token, body: OFFER })).status).toBe(200);
    const submitted = await api.call<OfferView>('POST', `/api/v1/offers/${offerId}/submit`, { token: institute.token });
    expect(submitted.status).toBe(200);
    expect(submitted.body.status).toBe('PENDING_REVIEW');
    expect((await api.call('POST', `/api/v1/offers/${offerId}/submit`, { token: institute.token })).status).toBe(409);
    expect((await api.call('PATCH', `/api/v1/offers/${offerId}`, { token: institute.token, body: OFFER })).status).toBe(409);
  });
});

describe('an administrator vets it', () => {
  it('keeps the review to administrators', async () => {
    expect((await api.call('POST', `/api/v1/admin/offers/${offerId}/approve`, { token: institute.token })).status).toBe(403);
    expect((await api.call('GET', '/api/v1/admin/offers', { token: composites.token })).status).toBe(403);
    const queue = await api.call<OfferPage>('GET', '/api/v1/admin/offers', { token: admin });
    expect(queue.status).toBe(200);
    expect(queue.body.items.map((o) => o.id)).toContain(offerId);
  });

  it('approves: published, audited, and the owner is told', async () => {
    const approved = await api.call<OfferView>('POST', `/api/v1/admin/offers/${offerId}/approve`, { token: admin });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('PUBLISHED');
    expect((await api.call('POST', `/api/v1/admin/offers/${offerId}/approve`, { token: admin })).status).toBe(409);
    const audit = await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?action=admin.offer.approve&targetId=${offerId}`, { token: admin });
    expect(audit.body.items).toHaveLength(1);
    const publicView = await api.call<OfferView>('GET', `/api/v1/offers/${offerId}`);
    expect(publicView.status).toBe(200);
    expect(publicView.body.reviewReason).toBeNull();
    const told = await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: institute.token });
    expect(told.body.items.map((n) => n.kind)).toContain('OFFER_REVIEWED');
  });

  it('matches the firm whose profile could take it up, not the one in another trade, and tells both sides', async () => {
    const matches = await waitUntil(
      'offer matches',
      () => api.call<OfferMatchList>('GET', `/api/v1/offers/${offerId}/matches`, { token: institute.token }),
      (r) => r.body.status === 'READY',
      60_000,
    );
    const listed = matches.body.items.map((m) => m.organizationId);
    expect(listed[0]).toBe(composites.organizationId);
    expect(listed).not.toContain(foods.organizationId);
    expect(matches.body.items[0]?.matchedTerms.length).toBeGreaterThan(0);
    expect((await api.call('GET', `/api/v1/offers/${offerId}/matches`, { token: composites.token })).status).toBe(404);
    const firmTold = await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: composites.token });
    expect(firmTold.body.items.find((n) => n.kind === 'OFFER_MATCHED')?.link).toBe(`/offers/${offerId}`);
    const foodsTold = await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: foods.token });
    expect(foodsTold.body.items.map((n) => n.kind)).not.toContain('OFFER_MATCHED');
    const ownerTold = await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: institute.token });
    expect(ownerTold.body.items.map((n) => n.kind)).toContain('OFFER_MATCHES_READY');
  });

  it('is found by search, in other words than its title', async () => {
    const found = await waitUntil(
      'offer search',
      () => api.call<OfferSearchResult>('GET', `/api/v1/search/offers?q=${encodeURIComponent('防弹插板')}`),
      (r) => r.body.items.some((hit) => hit.id === offerId),
    );
    expect(found.body.items[0]).toMatchObject({ id: offerId, organizationKind: 'INSTITUTE', readinessLevel: 6 });
    const filtered = await api.call<OfferSearchResult>('GET', '/api/v1/search/offers?direction=CIVIL_TO_MILITARY');
    expect(filtered.body.items.map((hit) => hit.id)).not.toContain(offerId);
    const bad = await api.call<ProblemDetails>('GET', '/api/v1/search/offers?minReadiness=10');
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field).toBe('query.minReadiness');
  });
});

describe('a matched firm is interested', () => {
  let threadId: string;

  it('opens one conversation with the owner, who is told', async () => {
    const opened = await api.call<{ threadId: string; created: boolean }>('POST', `/api/v1/offers/${offerId}/interest`, { token: composites.token });
    expect(opened.status).toBe(200);
    expect(opened.body.created).toBe(true);
    threadId = opened.body.threadId;
    const again = await api.call<{ threadId: string; created: boolean }>('POST', `/api/v1/offers/${offerId}/interest`, { token: composites.token });
    expect(again.body).toEqual({ threadId, created: false });
    expect((await api.call('POST', `/api/v1/offers/${offerId}/interest`, { token: institute.token })).status).toBe(409);
    expect((await api.call('POST', `/api/v1/offers/${offerId}/interest`, { token: admin })).status).toBe(403);
    const told = await api.call<NotificationPage>('GET', '/api/v1/notifications', { token: institute.token });
    expect(told.body.items.find((n) => n.kind === 'OFFER_INTEREST')?.link).toBe(`/messages/${threadId}`);
    const matches = await api.call<OfferMatchList>('GET', `/api/v1/offers/${offerId}/matches`, { token: institute.token });
    expect(matches.body.items.find((m) => m.organizationId === composites.organizationId)?.interested).toBe(true);
  });

  it('talks in that conversation, which both inboxes list under the offer', async () => {
    const sent = await api.call('POST', `/api/v1/threads/${threadId}/messages`, {
      token: composites.token,
      body: { body: '我司有热压成型线，希望洽谈普通许可。' },
    });
    expect(sent.status).toBe(201);
    const inbox = await api.call<InboxPage>('GET', '/api/v1/me/threads', { token: institute.token });
    const thread = inbox.body.items.find((t) => t.id === threadId);
    expect(thread).toMatchObject({ offerId, demandId: null, demandTitle: OFFER.title });
    expect(thread?.counterpart.id).toBe(composites.organizationId);
    expect((await api.call('GET', `/api/v1/threads/${threadId}/messages`, { token: foods.token })).status).toBe(404);
  });
});

describe('reject, edit and withdraw', () => {
  it('rejects with a reason only, which the owner reads; an edit makes it a draft again', async () => {
    const second = await api.call<OfferCreated>('POST', '/api/v1/offers', {
      token: institute.token,
      body: { ...OFFER, title: '辐射改性聚合物绝缘材料', applications: ['电缆护套'] },
    });
    await api.call('POST', `/api/v1/offers/${second.body.id}/submit`, { token: institute.token });
    const noReason = await api.call<ProblemDetails>('POST', `/api/v1/admin/offers/${second.body.id}/reject`, { token: admin, body: {} });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors?.[0]?.field).toBe('reason');
    const rejected = await api.call<OfferView>('POST', `/api/v1/admin/offers/${second.body.id}/reject`, {
      token: admin,
      body: { reason: '请补充专利权属证明' },
    });
    expect(rejected.body).toMatchObject({ status: 'REJECTED', reviewReason: '请补充专利权属证明' });
    const edited = await api.call<OfferView>('PATCH', `/api/v1/offers/${second.body.id}`, { token: institute.token, body: OFFER });
    expect(edited.body.status).toBe('DRAFT');
  });

  it('withdraws a published offer, which leaves search and takes no more interest', async () => {
    const withdrawn = await api.call<OfferView>('POST', `/api/v1/offers/${offerId}/withdraw`, { token: institute.token });
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    await waitUntil(
      'offer leaves search',
      () => api.call<OfferSearchResult>('GET', `/api/v1/search/offers?q=${encodeURIComponent('芳纶')}`),
      (r) => !r.body.items.some((hit) => hit.id === offerId),
    );
    expect((await api.call('GET', `/api/v1/offers/${offerId}`)).status).toBe(404);
    expect((await api.call('POST', `/api/v1/offers/${offerId}/interest`, { token: foods.token })).status).toBe(409);
  });

  it('an organisation not yet verified keeps drafts but cannot submit', async () => {
    const park = await registerNamed(api, 'PARK', '咸宁高新区军民融合产业示范园', newCreditCode(), '421202');
    const created = await api.call<OfferCreated>('POST', '/api/v1/offers', { token: park.token, body: OFFER });
    expect(created.status).toBe(201);
    expect((await api.call('POST', `/api/v1/offers/${created.body.id}/submit`, { token: park.token })).status).toBe(403);
  });
});

describe('the reindex command', () => {
  it('rebuilds the offers index from the published offers only', async () => {
    const created = await api.call<OfferCreated>('POST', '/api/v1/offers', {
      token: institute.token,
      body: { ...OFFER, title: '辐射交联电缆护套材料', applications: ['电缆护套'] },
    });
    await api.call('POST', `/api/v1/offers/${created.body.id}/submit`, { token: institute.token });
    await api.call('POST', `/api/v1/admin/offers/${created.body.id}/approve`, { token: admin });
    // Other specs of the run share the database: the published offers are read from it, not assumed.
    const client = new pg.Client({ connectionString: services.databaseUrl });
    await client.connect();
    const published = (
      await client.query<{ id: string }>(`SELECT "id" FROM "technology_offers" WHERE "status" = 'PUBLISHED'`).finally(() => client.end())
    ).rows.map((row) => row.id);
    expect(published).toContain(created.body.id);
    const run = await runApiCli('reindex', ['offers'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(new RegExp(`offers: ${published.length} documents`));
    const found = await api.call<OfferSearchResult>('GET', '/api/v1/search/offers?pageSize=100');
    expect(found.body.items.map((hit) => hit.id).sort()).toEqual([...published].sort());
  });
});
