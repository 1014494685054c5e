/**
 * The administrators' statistics, black-box: a small marketplace built through the API moves each
 * figure by exactly what it did (a firm verified, a certificate approved, a demand published,
 * answered and awarded); targets are set, validated and audited; every chart's numbers download as
 * CSV and XLSX that read back to the same figures; nobody but an administrator sees any of it.
 * Other suites share the database, so the checks compare before and after, never absolute counts.
 */
import {
  type AuditEventPage,
  type DemandFunnel,
  type PlanTargetKey,
  type PlanTargetList,
  type PlanTargetProgress,
  type PlatformStatistics,
  PlanTargetListSchema,
  PlatformStatisticsSchema,
  STATISTICS_DATASETS,
  type StatisticsDataset,
} from '@mcf/contracts';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  type CreatedFirm,
  createFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitForMatches,
  WITHOUT_DEMO_DATA,
} from '../../support/marketplace.js';
import { csvRows, xlsxRows } from './spreadsheet-reader.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let firmA: CreatedFirm;
let procurer: { organizationId: string; token: string };
const demandIds: string[] = [];

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

async function statistics(): Promise<PlatformStatistics> {
  const response = await api.call<PlatformStatistics>('GET', '/api/v1/admin/statistics', { token: admin });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  // The answer is exactly the contract's shape.
  return PlatformStatisticsSchema.parse(response.body);
}

const target = (s: PlatformStatistics, key: PlanTargetKey) => s.targets.find((t) => t.key === key)!;
const status = (s: PlatformStatistics, name: string) =>
  s.organizations.byStatus.find((e) => e.status === name)!;
const region = (s: PlatformStatistics, code: string) =>
  s.organizations.byRegion.find((e) => e.regionCode === code) ?? {
    regionCode: code,
    local: false,
    enterprise: 0,
    procurer: 0,
  };
const sector = (s: PlatformStatistics, code: string) =>
  s.organizations.bySector.find((e) => e.sector === code)!.count;
const certificate = (s: PlatformStatistics, type: string) =>
  s.certificates.byType.find((e) => e.type === type)!;
const thisMonth = (s: PlatformStatistics) => s.demands.months.at(-1)!;
const rate = (funnel: DemandFunnel) =>
  funnel.published > 0 ? Math.round((funnel.responded / funnel.published) * 10_000) / 10_000 : null;

const firmSpec = (name: string, overrides: Partial<Parameters<typeof createFirm>[2]> = {}) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421281',
  summary: '应急救援装备研制生产，产品包括应急桥梁与消防炮。',
  sectors: ['EMERGENCY', 'INTELLIGENT_EQUIPMENT'],
  products: ['应急桥梁', '消防炮'],
  capabilities: ['焊接', '总装'],
  qualifications: [],
  ...overrides,
});

describe('who may see the statistics', () => {
  it('answers 401 without a token and 403 to firms and procurers', async () => {
    const firm = await registerNamed(api, 'ENTERPRISE', '咸宁统计权限测试企业', newCreditCode(), '421202');
    const buyer = await registerNamed(api, 'PROCURER', '统计权限测试采购单位', newCreditCode(), '421200');
    const calls: [string, string, unknown?][] = [
      ['GET', '/api/v1/admin/statistics'],
      ['GET', '/api/v1/admin/statistics/targets'],
      ['PUT', '/api/v1/admin/statistics/targets/AWARDED_DEMANDS', { target: 1 }],
      ['GET', '/api/v1/admin/statistics/demand-funnel.csv'],
      ['GET', '/api/v1/admin/statistics/targets.xlsx'],
    ];
    for (const [method, path, body] of calls) {
      expect((await api.call(method, path, { body })).status, `${method} ${path} anonymous`).toBe(401);
      for (const token of [firm.token, buyer.token]) {
        const response = await api.call<{ code: string }>(method, path, { token, body });
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(response.body.code).toBe('FORBIDDEN');
      }
    }
    // Nothing changed for the refused write.
    const targets = await api.call<PlanTargetList>('GET', '/api/v1/admin/statistics/targets', {
      token: admin,
    });
    expect(targets.body.items.find((t) => t.key === 'AWARDED_DEMANDS')!.target).not.toBe(1);
  });
});

describe('organisations and certificates', () => {
  it('counts a firm as pending when it registers and towards the plan’s 50 once verified', async () => {
    const before = await statistics();
    expect(target(before, 'VERIFIED_CIVIL_ENTERPRISES').defaultTarget).toBe(50);
    const firm = await registerNamed(api, 'ENTERPRISE', '嘉鱼统计测试企业', newCreditCode(), '421221');

    const registered = await statistics();
    expect(status(registered, 'PENDING_VERIFICATION').enterprise).toBe(
      status(before, 'PENDING_VERIFICATION').enterprise + 1,
    );
    expect(region(registered, '421221').enterprise).toBe(region(before, '421221').enterprise + 1);
    expect(region(registered, '421221').local).toBe(true);
    expect(registered.organizations.total).toBe(before.organizations.total + 1);
    expect(target(registered, 'VERIFIED_CIVIL_ENTERPRISES').current).toBe(
      target(before, 'VERIFIED_CIVIL_ENTERPRISES').current,
    );

    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    const verified = await statistics();
    expect(target(verified, 'VERIFIED_CIVIL_ENTERPRISES').current).toBe(
      target(before, 'VERIFIED_CIVIL_ENTERPRISES').current + 1,
    );
    expect(status(verified, 'VERIFIED').enterprise).toBe(status(before, 'VERIFIED').enterprise + 1);
    expect(status(verified, 'PENDING_VERIFICATION').enterprise).toBe(
      status(before, 'PENDING_VERIFICATION').enterprise,
    );
    const progress = target(verified, 'VERIFIED_CIVIL_ENTERPRISES');
    expect(progress.share).toBe(Math.round((progress.current / progress.target) * 10_000) / 10_000);
  });

  it('counts high-tech firms once each, sectors of published profiles, pending and expiring certificates', async () => {
    const before = await statistics();
    firmA = await createFirm(
      api,
      admin,
      firmSpec('赤壁统计测试应急装备有限公司', {
        qualifications: [
          { type: 'HIGH_TECH', level: null, status: 'APPROVED', expiresAt: daysFromNow(30) },
          { type: 'GJB9001C', level: null, status: 'PENDING', expiresAt: daysFromNow(700) },
        ],
      }),
    );
    await createFirm(
      api,
      admin,
      firmSpec('通山统计测试新材料有限公司', {
        regionCode: '421224',
        sectors: ['NEW_MATERIALS'],
        qualifications: [
          { type: 'HIGH_TECH', level: null, status: 'APPROVED', expiresAt: daysFromNow(400) },
          { type: 'HIGH_TECH', level: null, status: 'APPROVED', expiresAt: daysFromNow(500) },
        ],
      }),
    );
    // Pending: a high-tech certificate nobody vetted yet does not count.
    await createFirm(
      api,
      admin,
      firmSpec('崇阳统计测试待审企业', {
        regionCode: '421223',
        sectors: ['NEW_MATERIALS'],
        qualifications: [{ type: 'HIGH_TECH', level: null, status: 'PENDING', expiresAt: daysFromNow(400) }],
      }),
    );

    const after = await statistics();
    expect(target(after, 'HIGH_TECH_ENTERPRISES').current).toBe(
      target(before, 'HIGH_TECH_ENTERPRISES').current + 2,
    );
    expect(target(after, 'HIGH_TECH_ENTERPRISES').defaultTarget).toBe(20);
    expect(target(after, 'VERIFIED_CIVIL_ENTERPRISES').current).toBe(
      target(before, 'VERIFIED_CIVIL_ENTERPRISES').current + 3,
    );
    expect(sector(after, 'EMERGENCY')).toBe(sector(before, 'EMERGENCY') + 1);
    expect(sector(after, 'INTELLIGENT_EQUIPMENT')).toBe(sector(before, 'INTELLIGENT_EQUIPMENT') + 1);
    expect(sector(after, 'NEW_MATERIALS')).toBe(sector(before, 'NEW_MATERIALS') + 2);
    expect(certificate(after, 'GJB9001C').pending).toBe(certificate(before, 'GJB9001C').pending + 1);
    expect(certificate(after, 'HIGH_TECH').pending).toBe(certificate(before, 'HIGH_TECH').pending + 1);
    expect(certificate(after, 'HIGH_TECH').expiringSoon).toBe(
      certificate(before, 'HIGH_TECH').expiringSoon + 1,
    );
    expect(after.certificates.pending).toBe(before.certificates.pending + 2);
    expect(after.certificates.expiringSoon).toBe(before.certificates.expiringSoon + 1);
    expect(after.certificates.expiringWithinDays).toBe(60);
  });

  it('rolls organisations from outside Xianning up to their province', async () => {
    const before = await statistics();
    procurer = await registerNamed(api, 'PROCURER', '深圳统计测试总体单位', newCreditCode(), '440305');
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
    const after = await statistics();
    expect(region(after, '440000')).toMatchObject({
      local: false,
      procurer: region(before, '440000').procurer + 1,
    });
    expect(after.organizations.byRegion.some((e) => e.regionCode === '440305')).toBe(false);
    expect(status(after, 'VERIFIED').procurer).toBe(status(before, 'VERIFIED').procurer + 1);
  });
});

describe('the demand funnel', () => {
  it('moves a demand from published to matched, responded and awarded, in this month and in total', async () => {
    const before = await statistics();
    expect(before.demands.months).toHaveLength(12);

    const { demand } = await publishDemand(api, procurer.token, {
      title: '统计测试：应急桥梁采购',
      description: '采购应急机械化桥梁一套，用于抢险演练。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
    });
    demandIds.push(demand.id);
    const published = await statistics();
    for (const pick of [thisMonth, (s: PlatformStatistics) => s.demands.total]) {
      expect(pick(published).published).toBe(pick(before).published + 1);
    }

    await waitForMatches(api, procurer.token, demand.id);
    const matched = await statistics();
    expect(thisMonth(matched).matched).toBe(thisMonth(before).matched + 1);
    expect(matched.demands.total.matched).toBe(before.demands.total.matched + 1);

    const response = await api.call<{ id: string }>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firmA.token,
      body: {
        kind: 'INTEREST',
        proposal: '可按期交付应急桥梁，附技术方案。',
        price: 880000,
        deliveryDays: 45,
      },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const responded = await statistics();
    expect(thisMonth(responded).responded).toBe(thisMonth(before).responded + 1);
    expect(responded.demands.total.responded).toBe(before.demands.total.responded + 1);
    expect(thisMonth(responded).responseRate).toBe(rate(thisMonth(responded)));
    expect(responded.demands.total.responseRate).toBe(rate(responded.demands.total));
    expect(thisMonth(responded).medianHoursToFirstResponse).toBeGreaterThanOrEqual(0);

    // A second demand nobody answers: published, not responded, so the rate drops.
    const second = await publishDemand(api, procurer.token, {
      title: '统计测试：消防炮采购',
      description: '采购远控消防炮两台。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
    });
    demandIds.push(second.demand.id);
    const unanswered = await statistics();
    expect(thisMonth(unanswered).published).toBe(thisMonth(before).published + 2);
    expect(thisMonth(unanswered).responded).toBe(thisMonth(before).responded + 1);
    expect(thisMonth(unanswered).responseRate).toBe(rate(thisMonth(unanswered)));

    const award = await api.call('POST', `/api/v1/demands/${demand.id}/award`, {
      token: procurer.token,
      body: { responseId: response.body.id },
    });
    expect(award.status, JSON.stringify(award.body)).toBe(201);
    const awarded = await statistics();
    expect(thisMonth(awarded).awarded).toBe(thisMonth(before).awarded + 1);
    expect(awarded.demands.total.awarded).toBe(before.demands.total.awarded + 1);
    expect(target(awarded, 'AWARDED_DEMANDS').current).toBe(target(before, 'AWARDED_DEMANDS').current + 1);
    expect(target(awarded, 'AWARDED_DEMANDS').source).toBe('PLATFORM');
    // The months add up to no more than the total, which counts every demand ever published.
    const sum = awarded.demands.months.reduce((total, month) => total + month.published, 0);
    expect(sum).toBeLessThanOrEqual(awarded.demands.total.published);
  });
});

describe('targets', () => {
  it('sets a target, shows its progress everywhere, audits the change, and refuses nonsense', async () => {
    const list = PlanTargetListSchema.parse(
      (await api.call<PlanTargetList>('GET', '/api/v1/admin/statistics/targets', { token: admin })).body,
    );
    expect(list.items.map((t) => t.key)).toEqual([
      'VERIFIED_CIVIL_ENTERPRISES',
      'HIGH_TECH_ENTERPRISES',
      'AWARDED_DEMANDS',
    ]);
    const previous = list.items.find((t) => t.key === 'HIGH_TECH_ENTERPRISES')!;

    const set = await api.call<PlanTargetProgress>(
      'PUT',
      '/api/v1/admin/statistics/targets/HIGH_TECH_ENTERPRISES',
      {
        token: admin,
        body: { target: 3 },
      },
    );
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body).toMatchObject({
      key: 'HIGH_TECH_ENTERPRISES',
      target: 3,
      defaultTarget: 20,
      current: previous.current,
    });
    expect(set.body.share).toBe(Math.round((previous.current / 3) * 10_000) / 10_000);
    expect(set.body.updatedAt).not.toBeNull();
    expect(target(await statistics(), 'HIGH_TECH_ENTERPRISES').target).toBe(3);

    const audit = await api.call<AuditEventPage>(
      'GET',
      '/api/v1/admin/audit-events?action=admin.plan_target.set&targetId=HIGH_TECH_ENTERPRISES',
      { token: admin },
    );
    expect(audit.body.items[0]).toMatchObject({
      targetType: 'plan_target',
      targetId: 'HIGH_TECH_ENTERPRISES',
      actorEmail: expect.any(String),
      before: { target: previous.target },
      after: { target: 3 },
    });

    for (const body of [
      { target: -1 },
      { target: 1.5 },
      { target: '5' },
      {},
      { target: 5, note: 'x' },
      { target: 2_000_000 },
    ]) {
      const refused = await api.call<{ code: string }>(
        'PUT',
        '/api/v1/admin/statistics/targets/HIGH_TECH_ENTERPRISES',
        {
          token: admin,
          body,
        },
      );
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    const unknown = await api.call('PUT', '/api/v1/admin/statistics/targets/GDP', {
      token: admin,
      body: { target: 1 },
    });
    expect(unknown.status).toBe(404);

    // A target of 0 has no share (nothing to divide by).
    const zero = await api.call<PlanTargetProgress>(
      'PUT',
      '/api/v1/admin/statistics/targets/HIGH_TECH_ENTERPRISES',
      {
        token: admin,
        body: { target: 0 },
      },
    );
    expect(zero.body.share).toBeNull();

    const restored = await api.call<PlanTargetProgress>(
      'PUT',
      '/api/v1/admin/statistics/targets/HIGH_TECH_ENTERPRISES',
      {
        token: admin,
        body: { target: previous.target },
      },
    );
    expect(restored.body.target).toBe(previous.target);
  });
});

describe('downloads', () => {
  async function download(dataset: StatisticsDataset, format: 'csv' | 'xlsx') {
    const response = await fetch(`${app.baseUrl}/api/v1/admin/statistics/${dataset}.${format}`, {
      headers: { Authorization: `Bearer ${admin}` },
    });
    expect(response.status, `${dataset}.${format}`).toBe(200);
    return { headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  const percent = (share: number | null) => (share === null ? '' : String(Math.round(share * 1000) / 10));
  const text = (value: number | null) => (value === null ? '' : String(value));

  /** The rows each download must hold, from the JSON: key column → the numbers that follow it. */
  function expectedRows(s: PlatformStatistics, dataset: StatisticsDataset): Map<string, string[]> {
    switch (dataset) {
      case 'organizations-by-status':
        return new Map(
          s.organizations.byStatus.map((e) => [
            e.status,
            [e.enterprise, e.procurer, e.enterprise + e.procurer].map(String),
          ]),
        );
      case 'organizations-by-sector':
        return new Map(s.organizations.bySector.map((e) => [e.sector, [String(e.count)]]));
      case 'organizations-by-region':
        return new Map(
          s.organizations.byRegion.map((e) => [
            e.regionCode,
            [e.enterprise, e.procurer, e.enterprise + e.procurer].map(String),
          ]),
        );
      case 'demand-funnel':
        return new Map(
          [
            ...s.demands.months.map((m) => [m.month, m] as const),
            ['累计（全部）', s.demands.total] as const,
          ].map(([key, f]) => [
            key,
            [f.published, f.matched, f.responded, f.awarded]
              .map(String)
              .concat(percent(f.responseRate), text(f.medianHoursToFirstResponse)),
          ]),
        );
      case 'certificates':
        return new Map(
          s.certificates.byType.map((e) => [e.type, [String(e.pending), String(e.expiringSoon)]]),
        );
      case 'targets':
        return new Map(
          s.targets.map((e) => [e.key, [String(e.current), String(e.target), percent(e.share)]]),
        );
    }
  }

  it('gives every chart’s numbers as CSV (UTF-8 with BOM) and XLSX, reading back to the same figures', async () => {
    // Matching runs in the background: let it settle so the figures hold still between the calls.
    for (const id of demandIds) await waitForMatches(api, procurer.token, id);
    const s = await statistics();
    for (const dataset of STATISTICS_DATASETS) {
      const csv = await download(dataset, 'csv');
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      expect(csv.headers.get('content-disposition')).toMatch(
        new RegExp(`filename="${dataset}-\\d{4}-\\d{2}-\\d{2}\\.csv"; filename\\*=UTF-8''%E`),
      );
      expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csvTable = csvRows(csv.bytes.subarray(3).toString('utf8'));

      const xlsx = await download(dataset, 'xlsx');
      expect(xlsx.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      const xlsxTable = xlsxRows(xlsx.bytes);
      const width = csvTable[0]!.length;
      expect(
        xlsxTable.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? '')),
        dataset,
      ).toEqual(csvTable);

      // Chinese headers.
      expect(
        csvTable[0]!.every((header) => /[\u4e00-\u9fff]/.test(header)),
        dataset,
      ).toBe(true);
      const expected = expectedRows(s, dataset);
      const keyColumn = 0;
      const numbers = (row: string[]) =>
        dataset === 'demand-funnel'
          ? row.slice(1)
          : row.slice(dataset === 'organizations-by-region' ? 3 : dataset === 'targets' ? 3 : 2);
      for (const [key, values] of expected) {
        const row = csvTable.find((r) => r[keyColumn] === key);
        expect(row, `${dataset} ${key}`).toBeDefined();
        expect(numbers(row!), `${dataset} ${key}`).toEqual(values);
      }
    }
  });

  it('answers 404 for a dataset or format it does not have', async () => {
    for (const path of ['gdp.csv', 'demand-funnel.pdf', 'demand-funnel']) {
      const response = await api.call('GET', `/api/v1/admin/statistics/${path}`, { token: admin });
      expect(response.status, path).toBe(404);
    }
  });
});

describe('counters', () => {
  it('lets two sessions add to the same counter at once (striped by session), and a reader sums the stripes', async () => {
    const connect = async () => {
      const client = new pg.Client({ connectionString: services.databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS "pid"');
      return { client, stripe: rows[0]!.pid % 16 };
    };
    const first = await connect();
    // Two sessions of the same stripe do share its row (1 in 16): take another session until the stripes differ.
    const spare: pg.Client[] = [];
    let second = await connect();
    while (second.stripe === first.stripe) {
      spare.push(second.client);
      second = await connect();
    }
    const key = `striping-${Date.now()}`;
    const add = (client: pg.Client) =>
      client.query(`SELECT "add_statistics_counts"(ARRAY['test_striping'], ARRAY[$1::text], ARRAY[1])`, [key]);
    try {
      await first.client.query('BEGIN');
      await add(first.client);
      // With one row per counter this waited for the first transaction to end (here: never, so it times out).
      await second.client.query(`SET statement_timeout = 5000`);
      await add(second.client);
      await first.client.query('COMMIT');
      const { rows } = await second.client.query<{ stripes: number; total: number }>(
        `SELECT count(*)::int AS "stripes", sum("count")::int AS "total" FROM "statistics_counts" WHERE "dimension" = 'test_striping' AND "key" = $1`,
        [key],
      );
      expect(rows[0]).toEqual({ stripes: 2, total: 2 });
    } finally {
      await second.client.query(`DELETE FROM "statistics_counts" WHERE "dimension" = 'test_striping' AND "key" = $1`, [key]);
      for (const client of [first.client, second.client, ...spare]) await client.end();
    }
  });
});
