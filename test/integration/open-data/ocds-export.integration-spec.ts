/**
 * The OCDS export (issue #6): through the running API, procurers publish, revise, close, cancel and
 * award demands of every visibility; every page of `GET /api/v1/open-data/ocds/releases` is then
 * fetched by following `links.next` and each package is validated with ajv against the OCDS 1.1
 * schemas in test/fixtures/ocds/, plus the OCDS rules a JSON schema cannot state. Nothing private
 * may appear: proposals, prices of responses that did not win, contact people and e-mail addresses,
 * the details of demands for verified suppliers only, demands for invited firms only, drafts.
 */
import {
  OcdsReleasePackageSchema,
  PublicAwardPageSchema,
  type OcdsRelease,
  type OcdsReleasePackage,
  type PublicAwardPage,
  type ResponseView,
} from '@mcf/contracts';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
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
} from '../../support/marketplace.js';
import { describeErrors, loadOcdsSchemas } from './ocds-schema.js';

const services = inject('services');
const schemas = loadOcdsSchemas();
let app: RunningApp;
let api: ApiClient;
let admin: string;
const procurers: { organizationId: string; token: string; email: string }[] = [];
const firms: CreatedFirm[] = [];
/** Releases checked against the schema, over all page sizes. */
let validated = 0;

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421281',
  summary: '应急装备研制生产。',
  sectors: ['EMERGENCY'],
  products: ['应急照明设备'],
  capabilities: ['焊接'],
  qualifications: [],
});

// A database of its own: other files of the run publish demands too, and this one counts releases
// from an empty platform on.
const database = `${services.databaseUrl.split('/').pop()}_ocds`;

beforeAll(async () => {
  await ensureDatabase(services.adminDatabaseUrl, database);
  app = await startApp(
    appEnvironment(services, {
      DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
      SEARCH_INDEX_PREFIX: `${services.indexPrefix}ocds_`,
      QUEUE_PREFIX: `${services.queuePrefix}-ocds`,
      ...WITHOUT_DEMO_DATA,
    }),
  );
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  for (const [name, region] of [
    ['某保障中心采购办', '421200'],
    ['某总体单位物资处', '420100'],
  ] as const) {
    const procurer = await registerNamed(api, 'PROCURER', name, newCreditCode(), region);
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
    procurers.push(procurer);
  }
  firms.push(await createFirm(api, admin, firmSpec('赤壁甲应急装备有限公司')));
  firms.push(await createFirm(api, admin, firmSpec('赤壁乙应急装备有限公司')));
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await dropDatabase(services.adminDatabaseUrl, database);
});

/** Markers that must never reach the open data. */
const SECRET = {
  proposalA: 'PROPOSAL-A 按图纸定制应急照明',
  proposalB: 'PROPOSAL-B 我方报价含运费',
  losingPrice: 153721,
  verifiedDetails: 'VS-DETAIL 技术指标仅对认证供应商公开',
  verifiedBudget: 777777,
  verifiedAwardPrice: 612345,
  invitedTitle: 'INVITED-ONLY 邀请制采购：应急发电机组',
  draftTitle: 'DRAFT-ONLY 草稿：应急帐篷',
};
const WINNING_PRICE = 182345;

function interest(proposal: string, price: number) {
  return { kind: 'INTEREST', proposal, price, deliveryDays: 30 };
}

async function respond(firm: CreatedFirm, demandId: string, proposal: string, price: number) {
  const response = await api.call<ResponseView>('POST', `/api/v1/demands/${demandId}/responses`, {
    token: firm.token,
    body: interest(proposal, price),
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function award(token: string, demandId: string, responseId: string) {
  const awarded = await api.call('POST', `/api/v1/demands/${demandId}/award`, {
    token,
    body: { responseId },
  });
  expect(awarded.status, JSON.stringify(awarded.body)).toBe(201);
}

/** Follows links.next from page 1 and returns every package, each checked against the schema. */
async function allPages(pageSize: number): Promise<OcdsReleasePackage[]> {
  const packages: OcdsReleasePackage[] = [];
  let path: string | undefined = `/api/v1/open-data/ocds/releases?pageSize=${pageSize}`;
  while (path) {
    const response: { status: number; body: OcdsReleasePackage } = await api.call<OcdsReleasePackage>(
      'GET',
      path,
    );
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(200);
    const pkg: OcdsReleasePackage = response.body;
    expect(schemas.validatePackage(pkg), `${path}:\n${describeErrors(schemas.validatePackage.errors)}`).toBe(
      true,
    );
    const parsed = OcdsReleasePackageSchema.safeParse(pkg);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    packages.push(pkg);
    expect(packages.length).toBeLessThan(100);
    if (pkg.links?.next) {
      const next: URL = new URL(pkg.links.next);
      expect(next.host).toBe(new URL(app.baseUrl).host);
      path = `${next.pathname}${next.search}`;
    } else path = undefined;
  }
  return packages;
}

/** The OCDS rules that span fields, which JSON Schema draft 4 cannot express. */
function checkCrossFieldRules(pkg: OcdsReleasePackage) {
  for (const release of pkg.releases) {
    const where = `${release.ocid}/${release.id}`;
    expect(
      Date.parse(release.date),
      `${where}: release date after the package's publishedDate`,
    ).toBeLessThanOrEqual(Date.parse(pkg.publishedDate));
    const parties = new Map(release.parties.map((p) => [p.id, p]));
    expect(parties.size, `${where}: party ids repeat`).toBe(release.parties.length);
    const buyer = parties.get(release.buyer.id);
    expect(buyer?.roles, `${where}: buyer is not a party with the buyer role`).toContain('buyer');
    expect(buyer?.name).toBe(release.buyer.name);
    for (const a of release.awards ?? []) {
      expect(Date.parse(a.date)).toBeGreaterThanOrEqual(Date.parse(release.tender.tenderPeriod.startDate));
      for (const supplier of a.suppliers) {
        expect(parties.get(supplier.id)?.roles, `${where}: supplier ${supplier.id} is not a party`).toContain(
          'supplier',
        );
      }
    }
    const period = release.tender.tenderPeriod;
    if (period.endDate) expect(Date.parse(period.startDate)).toBeLessThanOrEqual(Date.parse(period.endDate));
    // Every role a party plays is backed by a reference in the release.
    for (const party of release.parties) {
      if (party.roles.includes('supplier'))
        expect((release.awards ?? []).some((a) => a.suppliers.some((s) => s.id === party.id))).toBe(true);
    }
  }
}

describe('OCDS 1.1 export', () => {
  it('answers with no package at all, rather than an empty one, while nothing is published', async () => {
    const empty = await api.call<{ code: string; type: string }>('GET', '/api/v1/open-data/ocds/releases');
    expect(empty.status).toBe(404);
    expect(empty.headers.get('content-type')).toContain('application/problem+json');
    expect(empty.body.code).toBe('NO_RELEASES');
    const awards = await api.call<PublicAwardPage>('GET', '/api/v1/open-data/awards');
    expect(awards.status).toBe(200);
    expect(awards.body.items).toEqual([]);
  });

  it('validates every page against the OCDS release package schema and leaks nothing private', async () => {
    const [p1, p2] = procurers as [(typeof procurers)[0], (typeof procurers)[0]];
    const [a, b] = firms as [CreatedFirm, CreatedFirm];
    const demand = (title: string, extra: Record<string, unknown> = {}) => ({
      title,
      description: `${title}：公开征集供应商。`,
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
      ...extra,
    });

    // Public, budgeted, two offers, awarded to the dearer one.
    const { demand: open } = await publishDemand(api, p1.token, demand('公开采购：应急照明设备'));
    const revisedOpen = await api.call('PUT', `/api/v1/demands/${open.id}`, {
      token: p1.token,
      body: { ...demand('公开采购：应急照明设备'), budgetMax: 500000, deadline: daysFromNow(30) },
    });
    expect(revisedOpen.status, JSON.stringify(revisedOpen.body)).toBe(200);
    const winner = await respond(a, open.id, SECRET.proposalA, WINNING_PRICE);
    await respond(b, open.id, SECRET.proposalB, SECRET.losingPrice);
    await award(p1.token, open.id, winner.id);

    // For verified suppliers only: a summary, no details, no amounts.
    const { demand: restricted } = await publishDemand(
      api,
      p1.token,
      demand('认证供应商可见：应急通信车', {
        description: SECRET.verifiedDetails,
        visibility: 'VERIFIED_SUPPLIERS',
      }),
    );
    await api.call('PUT', `/api/v1/demands/${restricted.id}`, {
      token: p1.token,
      body: {
        ...demand('认证供应商可见：应急通信车'),
        description: SECRET.verifiedDetails,
        visibility: 'VERIFIED_SUPPLIERS',
        budgetMax: SECRET.verifiedBudget,
        deadline: daysFromNow(30),
      },
    });
    const restrictedWinner = await respond(a, restricted.id, SECRET.proposalA, SECRET.verifiedAwardPrice);
    await award(p1.token, restricted.id, restrictedWinner.id);

    // For invited firms only, awarded: not open data at all.
    const { demand: invited } = await publishDemand(
      api,
      p2.token,
      demand(SECRET.invitedTitle, { visibility: 'INVITED' }),
    );
    const invitation = await api.call('POST', `/api/v1/demands/${invited.id}/invitations`, {
      token: p2.token,
      body: { enterpriseId: b.organizationId },
    });
    expect(invitation.status).toBe(201);
    const invitedWinner = await respond(b, invited.id, SECRET.proposalB, 99000);
    await award(p2.token, invited.id, invitedWinner.id);

    // Closed, cancelled, revised while open, a draft, and a few plain ones from another buyer.
    const { demand: closed } = await publishDemand(api, p1.token, demand('公开采购：救生衣'));
    expect((await api.call('POST', `/api/v1/demands/${closed.id}/close`, { token: p1.token })).status).toBe(
      200,
    );
    const { demand: cancelled } = await publishDemand(api, p1.token, demand('公开采购：折叠担架'));
    const cancel = await api.call('POST', `/api/v1/demands/${cancelled.id}/cancel`, {
      token: p1.token,
      body: { reason: '需求调整，另行发布' },
    });
    expect(cancel.status).toBe(200);
    const { demand: revised } = await publishDemand(api, p2.token, demand('公开采购：冲锋舟'));
    const revision = await api.call('PUT', `/api/v1/demands/${revised.id}`, {
      token: p2.token,
      body: { ...demand('公开采购：冲锋舟（修订）'), deadline: daysFromNow(45) },
    });
    expect(revision.status, JSON.stringify(revision.body)).toBe(200);
    const draft = await api.call('POST', '/api/v1/demands', {
      token: p2.token,
      body: {
        ...demand(SECRET.draftTitle),
        regionCode: null,
        visibility: 'PUBLIC',
        deadline: daysFromNow(60),
      },
    });
    expect(draft.status).toBe(201);
    const plain: string[] = [];
    for (const title of ['公开采购：应急帐篷', '公开采购：净水设备', '公开采购：移动照明塔']) {
      plain.push((await publishDemand(api, p2.token, demand(title, { regionCode: '421221' }))).demand.id);
    }
    const published = [open.id, restricted.id, closed.id, cancelled.id, revised.id, ...plain];

    for (const pageSize of [3, 100]) {
      const packages = await allPages(pageSize);
      expect(packages).toHaveLength(Math.ceil(published.length / pageSize));
      const releases = packages.flatMap((p) => p.releases);
      for (const pkg of packages) {
        expect(pkg.version).toBe('1.1');
        expect(pkg.total).toBe(published.length);
        checkCrossFieldRules(pkg);
      }
      // Each published demand once, newest first, with release ids unique within their ocid.
      expect(releases.map((r) => r.tender.id).sort()).toEqual([...published].sort());
      // ?page=n holds the releases the cursor walk (links.next) holds at the same position.
      for (let page = 1; page <= packages.length; page += 1) {
        const byOffset = await api.call<OcdsReleasePackage>('GET', `/api/v1/open-data/ocds/releases?page=${page}&pageSize=${pageSize}`);
        expect(byOffset.status).toBe(200);
        expect(byOffset.body.releases.map((r) => r.id), `page ${page}`).toEqual(packages[page - 1]!.releases.map((r) => r.id));
        expect(Boolean(byOffset.body.links?.next), `page ${page} links.next`).toBe(page < packages.length);
      }
      expect(new Set(releases.map((r) => r.ocid)).size).toBe(releases.length);
      expect(new Set(releases.map((r) => `${r.ocid}#${r.id}`)).size).toBe(releases.length);
      validated += releases.length;

      const text = JSON.stringify(packages);
      for (const marker of [
        SECRET.proposalA,
        SECRET.proposalB,
        SECRET.verifiedDetails,
        SECRET.invitedTitle,
        SECRET.draftTitle,
      ])
        expect(text, marker).not.toContain(marker);
      for (const amount of [SECRET.losingPrice, SECRET.verifiedBudget, SECRET.verifiedAwardPrice, 99000])
        expect(text, String(amount)).not.toMatch(new RegExp(`\\b${amount}\\b`));
      // No contact people, e-mail addresses or users: parties carry ids, names and a region.
      expect(text).not.toMatch(/@|联系人|password|contactPoint|proposal/);
      for (const release of releases)
        for (const party of release.parties) expect(party).not.toHaveProperty('contactPoint');

      const byDemand = new Map<string, OcdsRelease>(releases.map((r) => [r.tender.id, r]));
      const awarded = byDemand.get(open.id)!;
      expect(awarded.tag).toEqual(['award']);
      expect(awarded.tender).toMatchObject({
        status: 'complete',
        procurementMethod: 'open',
        value: { amount: 500000, currency: 'CNY' },
        numberOfTenderers: 2,
      });
      expect(awarded.awards).toEqual([
        expect.objectContaining({
          status: 'active',
          value: { amount: WINNING_PRICE, currency: 'CNY' },
          suppliers: [{ id: a.organizationId, name: '赤壁甲应急装备有限公司' }],
        }),
      ]);
      expect(awarded.parties.find((p) => p.id === p1.organizationId)).toMatchObject({
        roles: ['buyer', 'procuringEntity'],
        address: { region: '421200', countryName: '中国' },
      });
      // The losing firm is not named: who responded and lost is not open data.
      expect(JSON.stringify(awarded)).not.toContain(b.organizationId);

      const summary = byDemand.get(restricted.id)!;
      expect(summary.tender.procurementMethod).toBe('selective');
      expect(summary.tender.description).toBeUndefined();
      expect(summary.tender.value).toBeUndefined();
      expect(summary.awards?.[0]?.value).toBeUndefined();
      expect(summary.awards?.[0]?.suppliers).toEqual([
        { id: a.organizationId, name: '赤壁甲应急装备有限公司' },
      ]);

      expect(byDemand.get(closed.id)).toMatchObject({
        tag: ['tenderUpdate'],
        tender: { status: 'complete' },
      });
      expect(byDemand.get(cancelled.id)).toMatchObject({
        tag: ['tenderCancellation'],
        tender: { status: 'cancelled' },
      });
      const revisedRelease = byDemand.get(revised.id)!;
      expect(revisedRelease).toMatchObject({
        tag: ['tenderUpdate'],
        tender: { status: 'active', title: '公开采购：冲锋舟（修订）' },
      });
      expect(revisedRelease.id).toMatch(/-v2$/);
      expect(Date.parse(revisedRelease.date)).toBeGreaterThan(
        Date.parse(revisedRelease.tender.tenderPeriod.startDate),
      );
      expect(byDemand.get(plain[0]!)).toMatchObject({ tag: ['tender'], tender: { status: 'active' } });
    }

    // Beyond the last page there is no package either.
    const beyond = await api.call<{ code: string }>(
      'GET',
      '/api/v1/open-data/ocds/releases?page=99&pageSize=3',
    );
    expect(beyond.status).toBe(404);
    expect(beyond.body.code).toBe('NO_RELEASES');

    const awards = (await api.call<PublicAwardPage>('GET', '/api/v1/open-data/awards?pageSize=100')).body;
    expect(PublicAwardPageSchema.safeParse(awards).success).toBe(true);
    expect(awards.items.map((i) => i.demandId).sort()).toEqual([open.id, restricted.id].sort());
    expect(JSON.stringify(awards)).not.toMatch(/INVITED-ONLY|@|PROPOSAL|182345|612345/);
  });

  it('counted what it validated', () => {
    expect(validated).toBe(16);
    console.info(
      `OCDS export: ${validated} releases validated against ${Object.values(schemas.ids).join(', ')}`,
    );
  });
});
