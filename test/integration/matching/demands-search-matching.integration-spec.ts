/**
 * Demands, search and matching against real PostgreSQL, Redis and Meilisearch: the procurer's ranked,
 * explained matches; hard constraints (expired, pending, too-low secrecy level never listed); visibility
 * applied inside the search engine; filter injection refused or harmless; the firm's "demands for you"
 * and "almost matched".
 */
import type {
  DemandSearchResult,
  DemandPage,
  DemandView,
  EnterpriseMatches,
  EnterpriseSearchResult,
} from '@mcf/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, runApiCli, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitForMatches,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');

let app: RunningApp;
let env: Record<string, string>;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
const firms: Record<string, CreatedFirm> = {};

const FUTURE = daysFromNow(900);
const GENERATOR_DEMAND = {
  title: '野战低噪声移动电站采购',
  description: '采购野战用低噪声移动电站一批，要求车载机动、静音运行，需武器装备质量管理体系认证。',
  sectors: ['EMERGENCY', 'NEW_ENERGY'],
  requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
};

beforeAll(async () => {
  env = appEnvironment(services, { ...WITHOUT_DEMO_DATA });
  app = await startApp(env);
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  const firm = (
    name: string,
    products: string[],
    summary: string,
    sectors: string[],
    qualifications: Parameters<typeof createFirm>[2]['qualifications'],
  ) =>
    createFirm(api, admin, {
      name,
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary,
      sectors,
      products,
      capabilities: [],
      qualifications,
    });
  firms.generator = await firm(
    '咸宁静音动力机电有限公司',
    ['超静音发电机组', '车载电源'],
    '军用发电机组研制生产。',
    ['EMERGENCY', 'NEW_ENERGY'],
    [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: FUTURE }],
  );
  firms.solar = await firm(
    '咸宁光伏电站运营有限公司',
    ['光伏电站运营', '光伏组件'],
    '光伏电站投资与运营。',
    ['NEW_ENERGY'],
    [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: FUTURE }],
  );
  firms.expired = await firm(
    '咸宁老牌发电设备有限公司',
    ['柴油发电机组', '移动电站'],
    '移动电站与发电机组。',
    ['EMERGENCY'],
    [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: '2024-12-31' }],
  );
  firms.pending = await firm(
    '咸宁新锐电源有限公司',
    ['静音发电机组'],
    '发电机组。',
    ['EMERGENCY'],
    [{ type: 'GJB9001C', level: null, status: 'PENDING', expiresAt: FUTURE }],
  );
  firms.secret3 = await firm(
    '咸宁盾甲网络安全有限公司',
    ['渗透测试服务'],
    '网络安全服务。',
    ['CYBERSECURITY'],
    [{ type: 'SECRECY', level: 3, status: 'APPROVED', expiresAt: FUTURE }],
  );
  procurer = await registerNamed(api, 'PROCURER', '某部队装备采购站', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('demands', () => {
  it('refuses publishing by a procurer that is not verified, and by firms', async () => {
    const unverified = await registerNamed(api, 'PROCURER', '未认证采购单位', newCreditCode(), '421200');
    const draft = await api.call<DemandView>('POST', '/api/v1/demands', {
      token: unverified.token,
      body: { ...GENERATOR_DEMAND, deadline: daysFromNow(30) },
    });
    expect(draft.status).toBe(201);
    expect(draft.body.status).toBe('DRAFT');
    const publish = await api.call<{ code: string }>('POST', `/api/v1/demands/${draft.body.id}/publish`, {
      token: unverified.token,
    });
    expect(publish.status).toBe(403);
    expect(publish.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
    const byFirm = await api.call<{ code: string }>('POST', '/api/v1/demands', {
      token: firms.generator!.token,
      body: { title: '企业不能发需求' },
    });
    expect(byFirm.status).toBe(403);
  });

  it('answers bad input with problem+json naming the fields, and refuses publishing an incomplete draft', async () => {
    const bad = await api.call<{ errors: { field: string }[] }>('POST', '/api/v1/demands', {
      token: procurer.token,
      body: { title: 'x', sectors: ['NOT_A_SECTOR'], surprise: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(bad.body.errors.map((e) => e.field).sort()).toEqual(['sectors.0', 'surprise', 'title']);
    const inconsistent = await api.call<{ errors: { field: string; messageZh: string }[] }>(
      'POST',
      '/api/v1/demands',
      {
        token: procurer.token,
        body: {
          title: '保密资格等级缺失',
          requiredQualifications: [{ type: 'SECRECY' }, { type: 'ISO9001', minLevel: 2 }],
          budgetMin: 10,
          budgetMax: 5,
        },
      },
    );
    expect(inconsistent.status).toBe(400);
    expect(inconsistent.body.errors.map((e) => e.field).sort()).toEqual([
      'budgetMax',
      'requiredQualifications.0.minLevel',
      'requiredQualifications.1.minLevel',
    ]);
    expect(inconsistent.body.errors.every((e) => e.messageZh.length > 0)).toBe(true);
    const draft = await api.call<DemandView>('POST', '/api/v1/demands', {
      token: procurer.token,
      body: { title: '草稿需求' },
    });
    const publish = await api.call<{ code: string; errors: { field: string }[] }>(
      'POST',
      `/api/v1/demands/${draft.body.id}/publish`,
      { token: procurer.token },
    );
    expect(publish.status).toBe(422);
    expect(publish.body.errors.map((e) => e.field).sort()).toEqual(['deadline', 'description', 'sectors']);
  });

  it('ranks the generator maker first with reasons, and never lists expired, pending or off-trade firms', async () => {
    const { demand } = await publishDemand(api, procurer.token, GENERATOR_DEMAND);
    expect(demand.status).toBe('PUBLISHED');
    const matches = await waitForMatches(api, procurer.token, demand.id);
    const names = matches.items.map((m) => m.enterprise.name);
    expect(names[0]).toBe('咸宁静音动力机电有限公司');
    expect(names).not.toContain('咸宁老牌发电设备有限公司');
    expect(names).not.toContain('咸宁新锐电源有限公司');
    const solar = names.indexOf('咸宁光伏电站运营有限公司');
    if (solar !== -1) expect(matches.items[solar]!.score).toBeLessThan(matches.items[0]!.score);
    const best = matches.items[0]!;
    expect(best.score).toBeGreaterThan(0);
    expect(best.score).toBeLessThanOrEqual(1);
    expect(best.explanation.constraints.every((c) => c.met)).toBe(true);
    expect(
      best.explanation.constraints.some((c) => c.qualificationType === 'GJB9001C' && c.messageZh.length > 0),
    ).toBe(true);
    expect(best.explanation.matchedTerms.length).toBeGreaterThan(0);
    const sum = best.explanation.components.reduce((total, c) => total + c.contribution, 0);
    expect(sum).toBeCloseTo(best.score, 3);
  });

  it('never answers with a silent empty list: weak matches of the sectors, and why nothing passed', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '方舱式野战洗消单元采购',
      description: '采购方舱式野战洗消单元两套，须具备国军标质量管理体系认证。',
      sectors: ['EMERGENCY', 'NEW_ENERGY'],
      requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
    });
    const matches = await waitForMatches(api, procurer.token, demand.id);
    expect(matches.items.length).toBeGreaterThan(0);
    expect(matches.items.every((item) => item.weak)).toBe(true);
    const names = matches.items.map((m) => m.enterprise.name);
    expect(names).toContain('咸宁静音动力机电有限公司');
    // Weak matches are eligible firms only: the expired and the pending certificate stay out.
    expect(names).not.toContain('咸宁老牌发电设备有限公司');
    expect(names).not.toContain('咸宁新锐电源有限公司');
    const diagnostics = matches.diagnostics!;
    expect(diagnostics.sectorFirms).toBeGreaterThanOrEqual(4);
    expect(diagnostics.missing).toEqual([
      expect.objectContaining({ qualificationType: 'GJB9001C', firms: expect.any(Number) }),
    ]);
    expect(diagnostics.missing[0]!.firms).toBeGreaterThanOrEqual(2);
    expect(diagnostics.messageZh).toContain(`${diagnostics.sectorFirms} 家企业领域相符，其中 ${diagnostics.missing[0]!.firms} 家缺少`);
    expect(diagnostics.message).toContain('firms share the demand');

    // A demand that does find suppliers carries no diagnostics and no weak match.
    const { demand: generators } = await publishDemand(api, procurer.token, GENERATOR_DEMAND);
    const found = await waitForMatches(api, procurer.token, generators.id);
    expect(found.diagnostics).toBeNull();
    expect(found.items.some((item) => item.weak)).toBe(false);
  });

  it('re-matches a published demand after an edit, as a new version, with one match per firm', async () => {
    const { demand } = await publishDemand(api, procurer.token, GENERATOR_DEMAND);
    await waitForMatches(api, procurer.token, demand.id);
    const edited = await api.call<DemandView>('PUT', `/api/v1/demands/${demand.id}`, {
      token: procurer.token,
      body: { ...GENERATOR_DEMAND, title: '野战低噪声移动电站（第二批）', deadline: daysFromNow(45) },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    const matches = await waitForMatches(api, procurer.token, demand.id);
    expect(matches.demandVersion).toBe(2);
    const ids = matches.items.map((m) => m.enterprise.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stops listing a firm suspended after matching held its features, and lists it again once reinstated', async () => {
    // The worker holds every firm's features in memory and catches up with the rows changed since: a
    // suspension leaves a tombstone that the catch-up must see, and a reinstatement revives the row.
    const firm = await createFirm(api, admin, {
      name: '咸宁应急电站装备有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '野战移动电站研制。',
      sectors: ['EMERGENCY'],
      products: ['低噪声移动电站', '静音发电机组'],
      capabilities: [],
      qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: FUTURE }],
    });
    const listed = async () => {
      const { demand } = await publishDemand(api, procurer.token, GENERATOR_DEMAND);
      const matches = await waitForMatches(api, procurer.token, demand.id);
      return matches.items.filter((m) => !m.weak).map((m) => m.enterprise.id);
    };
    const client = new pg.Client({ connectionString: services.databaseUrl });
    await client.connect();
    const stored = async () =>
      (
        await client.query<{ facts: boolean }>(
          `SELECT "facts" IS NOT NULL AS "facts" FROM "enterprise_match_features" WHERE "organization_id" = $1`,
          [firm.organizationId],
        )
      ).rows[0]?.facts ?? null;
    try {
      await waitUntil('features stored', stored, (held) => held === true);
      expect(await listed()).toContain(firm.organizationId);

      await api.setOrganizationStatus(admin, firm.organizationId, 'suspend');
      await waitUntil('tombstone', stored, (held) => held === false);
      expect(await listed()).not.toContain(firm.organizationId);

      await api.setOrganizationStatus(admin, firm.organizationId, 'reinstate');
      await waitUntil('features stored again', stored, (held) => held === true);
      expect(await listed()).toContain(firm.organizationId);
    } finally {
      await client.end();
    }
  });

  it('shows a firm the demands it matches, and those it nearly matches with the level it lacks', async () => {
    await publishDemand(api, procurer.token, {
      title: '信息系统渗透测试服务',
      description: '对指挥信息系统开展渗透测试与安全加固，需二级以上保密资格。',
      sectors: ['CYBERSECURITY'],
      requiredQualifications: [{ type: 'SECRECY', minLevel: 2 }],
    });
    const mine = await waitUntil(
      'almost matched',
      async () =>
        (
          await api.call<EnterpriseMatches>(
            'GET',
            `/api/v1/enterprises/${firms.secret3!.organizationId}/matches`,
            { token: firms.secret3!.token },
          )
        ).body,
      (m) => m.nearlyMatched.length > 0,
    );
    expect(mine.items.map((i) => i.demand.title)).not.toContain('信息系统渗透测试服务');
    const near = mine.nearlyMatched.find((n) => n.demand.title === '信息系统渗透测试服务')!;
    expect(near.unmet.map((u) => u.messageZh)).toContain('需二级保密资格，贵单位为三级');
    const forGenerator = await waitUntil(
      'demands for you',
      async () =>
        (
          await api.call<EnterpriseMatches>(
            'GET',
            `/api/v1/enterprises/${firms.generator!.organizationId}/matches`,
            { token: firms.generator!.token },
          )
        ).body,
      (m) => m.items.length > 0,
    );
    expect(forGenerator.items[0]!.demand.title).toContain('移动电站');
    const other = await api.call('GET', `/api/v1/enterprises/${firms.generator!.organizationId}/matches`, {
      token: firms.secret3!.token,
    });
    expect(other.status).toBe(404);
  });
});

describe('demand attachments', () => {
  it('takes PDF, PNG or JPEG by content, refuses the rest and oversize files, and shows them to whoever reads the details', async () => {
    const draft = await api.call<DemandView>('POST', '/api/v1/demands', {
      token: procurer.token,
      body: { ...GENERATOR_DEMAND, deadline: daysFromNow(20) },
    });
    const path = `/api/v1/demands/${draft.body.id}/attachments`;
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, ...new Array(60).fill(0)]);
    expect((await api.postFile(path, procurer.token, exe, 'drawing.pdf', 'application/pdf')).status).toBe(
      415,
    );
    expect(
      (
        await api.postFile(
          path,
          procurer.token,
          new Uint8Array(10 * 1024 * 1024 + 1),
          'big.pdf',
          'application/pdf',
        )
      ).status,
    ).toBe(413);
    expect(
      (await api.postFile(path, firms.generator!.token, SAMPLE_PDF, 'spec.pdf', 'application/pdf')).status,
    ).toBe(403);
    const added = await api.postFile<{ id: string; kind: string }>(
      path,
      procurer.token,
      SAMPLE_PDF,
      '技术规格书.pdf',
      'application/pdf',
    );
    expect(added.status).toBe(201);
    expect(added.body.kind).toBe('PDF');
    // Nobody but the owner sees a draft's files.
    expect((await fetch(`${app.baseUrl}${path}/${added.body.id}`)).status).toBe(404);
    expect(
      (await api.call('POST', `/api/v1/demands/${draft.body.id}/publish`, { token: procurer.token })).status,
    ).toBe(200);
    const download = await fetch(`${app.baseUrl}${path}/${added.body.id}`);
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(SAMPLE_PDF);
    const view = await api.call<DemandView>('GET', `/api/v1/demands/${draft.body.id}`);
    expect(view.body.attachments?.map((a) => a.name)).toEqual(['技术规格书.pdf']);
    expect((await api.call('DELETE', `${path}/${added.body.id}`, { token: procurer.token })).status).toBe(
      204,
    );
    expect((await api.call<DemandView>('GET', `/api/v1/demands/${draft.body.id}`)).body.attachments).toEqual(
      [],
    );
  });

  it("lists a procurer's own demands as each one reads alone, the same by ?page= as by ?after=", async () => {
    const { demand } = await publishDemand(api, procurer.token, { ...GENERATOR_DEMAND, title: '列表核对：发电机组', deadline: daysFromNow(25) });
    await waitForMatches(api, procurer.token, demand.id);
    const added = await api.postFile(`/api/v1/demands/${demand.id}/attachments`, procurer.token, SAMPLE_PDF, '图纸.pdf', 'application/pdf');
    expect(added.status).toBe(201);
    const all = await api.call<DemandPage>('GET', '/api/v1/me/demands?pageSize=100', { token: procurer.token });
    expect(all.body.items.length).toBeGreaterThan(3);
    expect(all.body.total).toBe(all.body.items.length);
    // Names, attachments and eligible match counts are read once for the page: each item as GET shows it.
    for (const item of all.body.items)
      expect(item, item.title).toEqual((await api.call<DemandView>('GET', `/api/v1/demands/${item.id}`, { token: procurer.token })).body);
    const listed = all.body.items.find((d) => d.id === demand.id)!;
    expect(listed.attachments?.map((a) => a.name)).toEqual(['图纸.pdf']);
    expect(listed.matching?.eligibleCount).toBeGreaterThan(0);
    const walked: string[] = [];
    for (let after: string | null = null, page = 1; page === 1 || after; page += 1) {
      const byCursor: DemandPage = (await api.call<DemandPage>('GET', `/api/v1/me/demands?pageSize=2${after ? `&after=${after}` : ''}`, { token: procurer.token })).body;
      const byOffset = (await api.call<DemandPage>('GET', `/api/v1/me/demands?pageSize=2&page=${page}`, { token: procurer.token })).body;
      expect(byOffset.items.map((d) => d.id), `page ${page}`).toEqual(byCursor.items.map((d) => d.id));
      walked.push(...byCursor.items.map((d) => d.id));
      after = byCursor.next;
    }
    expect(walked).toEqual(all.body.items.map((d) => d.id));
  });
});

describe('search', () => {
  it('finds firms by synonym with facets and safe highlighting', async () => {
    const result = await waitUntil(
      'generator searchable',
      async () =>
        (
          await api.call<EnterpriseSearchResult>(
            'GET',
            `/api/v1/search/enterprises?q=${encodeURIComponent('移动电站')}&sectors=EMERGENCY`,
          )
        ).body,
      (r) => r.items.some((i) => i.name === '咸宁静音动力机电有限公司'),
    );
    expect(result.facets.sectors?.EMERGENCY).toBeGreaterThan(0);
    const hit = result.items.find((i) => i.name === '咸宁静音动力机电有限公司')!;
    expect(JSON.stringify(hit.highlight)).toContain('<mark>');
    const verifiedGjb = (
      await api.call<EnterpriseSearchResult>(
        'GET',
        '/api/v1/search/enterprises?qualifications=GJB9001C&pageSize=50',
      )
    ).body;
    const names = verifiedGjb.items.map((i) => i.name);
    expect(names).toContain('咸宁静音动力机电有限公司');
    expect(names).not.toContain('咸宁老牌发电设备有限公司');
    expect(names).not.toContain('咸宁新锐电源有限公司');
  });

  it('refuses filter injection with 400 and treats hostile query text as text', async () => {
    for (const hostile of [
      'AI" OR verified = false OR sectors = "x',
      'AI\\',
      'AI) OR (verified = false',
      'NOT AI',
      '["AI"]',
    ]) {
      const response = await api.call<{ errors: { field: string }[] }>(
        'GET',
        `/api/v1/search/enterprises?sectors=${encodeURIComponent(hostile)}`,
      );
      expect(response.status, hostile).toBe(400);
      expect(response.body.errors[0]!.field).toMatch(/sectors/);
    }
    const region = await api.call(
      'GET',
      `/api/v1/search/enterprises?regions=${encodeURIComponent('421202" OR "1"="1')}`,
    );
    expect(region.status).toBe(400);
    for (const q of [
      '" OR visibility = "INVITED',
      '\\" AND NOT status = "PUBLISHED',
      'AND OR NOT ( ) [ ]',
      "'; DROP TABLE demands; --",
    ]) {
      const response = await api.call<DemandSearchResult>(
        'GET',
        `/api/v1/search/demands?q=${encodeURIComponent(q)}`,
      );
      expect(response.status, q).toBe(200);
      expect(response.body.items.every((i) => i.visibility !== 'INVITED')).toBe(true);
    }
  });

  it('applies demand visibility inside the engine: hidden words do not leak through counts', async () => {
    const secretWord = `隐蔽词${Date.now().toString(36)}`;
    const { demand: restricted } = await publishDemand(api, procurer.token, {
      title: '军用帐篷采购（认证供应商可见）',
      description: `详细技术要求：${secretWord}，仅对已认证供应商可见。`,
      sectors: ['LOGISTICS'],
      requiredQualifications: [],
      visibility: 'VERIFIED_SUPPLIERS',
    });
    const { demand: invited } = await publishDemand(api, procurer.token, {
      title: '邀请制采购：特种线缆',
      description: `仅邀请企业可见 ${secretWord}`,
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
      visibility: 'INVITED',
    });
    // The verified firm finds the restricted demand by the word in its details…
    await waitUntil(
      'indexed for verified firms',
      async () =>
        (
          await api.call<DemandSearchResult>(
            'GET',
            `/api/v1/search/demands?q=${encodeURIComponent(secretWord)}`,
            { token: firms.generator!.token },
          )
        ).body,
      (r) => r.items.some((i) => i.id === restricted.id),
    );
    // …the anonymous visitor gets no hit and no count for it, and never sees the invited-only demand.
    const anonymous = (
      await api.call<DemandSearchResult>('GET', `/api/v1/search/demands?q=${encodeURIComponent(secretWord)}`)
    ).body;
    expect(anonymous.total).toBe(0);
    const anonymousAll = (await api.call<DemandSearchResult>('GET', `/api/v1/search/demands?q=${encodeURIComponent('军用帐篷 特种线缆')}&pageSize=50`)).body;
    expect(anonymousAll.items.map((i) => i.id)).not.toContain(invited.id);
    const summary = anonymousAll.items.find((i) => i.id === restricted.id)!;
    expect(summary.description).toBeNull();
    const view = await api.call<DemandView>('GET', `/api/v1/demands/${restricted.id}`);
    expect(view.body.detailsHidden).toBe(true);
    expect(view.body.description).toBeNull();
    expect((await api.call('GET', `/api/v1/demands/${invited.id}`)).status).toBe(404);
    expect(
      (await api.call('GET', `/api/v1/demands/${invited.id}`, { token: firms.generator!.token })).status,
    ).toBe(404);
    const owner = await api.call<DemandView>('GET', `/api/v1/demands/${invited.id}`, {
      token: procurer.token,
    });
    expect(owner.body.description).toContain(secretWord);
  });

  it('suggests as the user types', async () => {
    const response = await api.call<{ suggestions: string[] }>(
      'GET',
      `/api/v1/search/suggestions?q=${encodeURIComponent('发电')}`,
    );
    expect(response.status).toBe(200);
    expect(response.body.suggestions.some((s) => s.includes('发电'))).toBe(true);
  });
});

describe('the deadline sweep', () => {
  it('closes demands whose deadline has passed and takes them out of search', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      ...GENERATOR_DEMAND,
      title: '即将截止的需求',
      deadline: daysFromNow(1),
    });
    const { Queue } = await import('bullmq');
    const queue = new Queue('maintenance', {
      connection: { url: services.redisUrl },
      prefix: services.queuePrefix,
    });
    try {
      await queue.add('demand-deadline-sweep', { asOf: new Date(Date.now() + 3 * 86_400_000).toISOString() });
      const closed = await waitUntil(
        'closed',
        async () =>
          (await api.call<DemandView>('GET', `/api/v1/demands/${demand.id}`, { token: procurer.token })).body,
        (d) => d.status === 'CLOSED',
        60_000,
      );
      expect(closed.closedAt).not.toBeNull();
      await waitUntil(
        'out of search',
        async () =>
          (
            await api.call<DemandSearchResult>(
              'GET',
              `/api/v1/search/demands?q=${encodeURIComponent('即将截止的需求')}`,
              { token: procurer.token },
            )
          ).body,
        (r) => !r.items.some((i) => i.id === demand.id),
      );
    } finally {
      await queue.close();
    }
  });
});

describe('the reindex command', () => {
  it('rebuilds both indexes from PostgreSQL with progress and swaps them in; search keeps answering', async () => {
    // Not spawnSync: a blocked event loop leaves fetch a keep-alive socket the app has closed meanwhile.
    const run = await runApiCli('reindex', ['all'], env);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/enterprises\s+\[#+\] \d+\/\d+ 100%/);
    expect(run.stderr).toMatch(/demands: \d+ documents, swapped in/);
    const result = (
      await api.call<EnterpriseSearchResult>(
        'GET',
        `/api/v1/search/enterprises?q=${encodeURIComponent('发电机组')}`,
      )
    ).body;
    expect(result.items.map((i) => i.name)).toContain('咸宁静音动力机电有限公司');
    const bad = await runApiCli('reindex', ['everything'], env);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('usage: reindex');
  });
});
