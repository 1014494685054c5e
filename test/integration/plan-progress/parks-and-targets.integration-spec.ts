/**
 * The bases-and-parks registry and the plan's targets, black-box, on a database of its own with the demo
 * data loaded (so that every count is exact): the document's bases, zones and points are there as demo
 * data with their firms; administrators add and edit entries (validated, audited); a firm names its park;
 * every target of the plan shows for each year 2021–2025 against the plan's figure, from recorded figures,
 * the registries and firms' private reports (shown only as aggregates over at least five firms); the
 * dashboard downloads as CSV and XLSX.
 */
import {
  type AuditEventPage,
  type FinancialReportList,
  type HiddenChampionList,
  type ParkDetail,
  type ParkPage,
  type PlanProgress,
  ParkDetailSchema,
  ParkPageSchema,
  PlanProgressSchema,
} from '@mcf/contracts';
import { ACTION_PLAN_TARGETS, ACTION_PLAN_YEARS, type ActionPlanTargetKey } from '@mcf/domain';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
// The demo data is compared with what the API serves: read from the app's source, as no package exports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ACTION_PLAN_PARKS } from '../../../apps/api/src/modules/demo-data/action-plan-parks.data.js';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DEMO_PLAN_FIGURES } from '../../../apps/api/src/modules/demo-data/plan-figures.demo.js';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { type CreatedFirm, createFirm } from '../../support/marketplace.js';
import { csvRows, xlsxRows } from '../statistics/spreadsheet-reader.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;

const START_TIMEOUT_MS = 240_000;
const database = `${services.databaseUrl.split('/').pop()}_parks`;

beforeAll(async () => {
  await ensureDatabase(services.adminDatabaseUrl, database);
  app = await startApp(
    appEnvironment(services, {
      DEMO_DATA: 'on',
      DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
      SEARCH_INDEX_PREFIX: `${services.indexPrefix}parks_`,
      QUEUE_PREFIX: `${services.queuePrefix}-parks`,
    }),
    START_TIMEOUT_MS,
  );
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
}, START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await dropDatabase(services.adminDatabaseUrl, database);
});

async function progress(): Promise<PlanProgress> {
  const response = await api.call<PlanProgress>('GET', '/api/v1/admin/plan-progress', { token: admin });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PlanProgressSchema.parse(response.body);
}
const yearOf = (p: PlanProgress, key: ActionPlanTargetKey, year: number) =>
  p.targets.find((t) => t.key === key)!.years.find((y) => y.year === year)!;

async function parks(query = ''): Promise<ParkPage> {
  const response = await api.call<ParkPage>('GET', `/api/v1/parks${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return ParkPageSchema.parse(response.body);
}

async function lastAudit(action: string, targetId?: string) {
  const query = `action=${action}${targetId ? `&targetId=${encodeURIComponent(targetId)}` : ''}`;
  const audit = await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?${query}`, { token: admin });
  expect(audit.status).toBe(200);
  return audit.body.items[0];
}

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: `${name}：复合材料构件研制。`,
  sectors: ['NEW_MATERIALS'],
  products: ['复合材料构件'],
  capabilities: [],
  qualifications: [],
});

describe('the demo data: the document’s bases, zones, points, parks and platforms', () => {
  it('lists every entry of the document, marked as demo data, bases first', async () => {
    const page = await parks('?pageSize=100');
    const names = page.items.map((p) => p.name);
    for (const park of ACTION_PLAN_PARKS) expect(names, park.name).toContain(park.name);
    expect(page.items.filter((p) => ACTION_PLAN_PARKS.some((d) => d.name === p.name)).every((p) => p.isDemo)).toBe(true);
    expect(page.items[0]!.kind).toBe('BASE');
    expect(page.total).toBe(ACTION_PLAN_PARKS.length);
  });

  it('places in the 高新区 base the demo firms the document names there', async () => {
    const [base] = (await parks(`?q=${encodeURIComponent('高新区军民融合产业示范基地')}`)).items;
    const detail = ParkDetailSchema.parse((await api.call<ParkDetail>('GET', `/api/v1/parks/${base!.id}`)).body);
    const expected = ACTION_PLAN_PARKS.find((p) => p.name === base!.name)!.firms;
    expect(detail.organizations.map((o) => o.name).sort()).toEqual([...expected].sort());
    expect(detail.organizationCount).toBe(expected.length);
    expect(detail.sources.length).toBeGreaterThan(0);
  });

  it('shows demo figures for the recorded targets, and counts no demo entry or firm', async () => {
    const p = await progress();
    for (const [key, values] of Object.entries(DEMO_PLAN_FIGURES)) {
      ACTION_PLAN_YEARS.forEach((year, i) => {
        const y = yearOf(p, key as ActionPlanTargetKey, year);
        expect(y).toMatchObject({ value: values[i], isDemo: true, basis: 'RECORDED' });
      });
    }
    for (const key of ['DUAL_USE_PLATFORMS', 'PROVINCIAL_DEMONSTRATION_BASES', 'HIGH_TECH_ENTERPRISES', 'RESERVE_ENTERPRISES', 'HIDDEN_CHAMPIONS'] as const) {
      for (const year of ACTION_PLAN_YEARS) expect(yearOf(p, key, year).value, `${key} ${year}`).toBe(0);
    }
  });
});

describe('the dashboard holds every target of the plan', () => {
  it('answers each target with its figure, sentence and the five years', async () => {
    const p = await progress();
    expect(p.years).toEqual([...ACTION_PLAN_YEARS]);
    expect(p.minGroupSize).toBe(5);
    expect(p.targets.map((t) => t.key)).toEqual(ACTION_PLAN_TARGETS.map((t) => t.key));
    for (const target of p.targets) {
      expect(target.years.map((y) => y.year)).toEqual([...ACTION_PLAN_YEARS]);
      expect(target.source).toContain(target.figureText);
    }
    expect(p.targets.find((t) => t.key === 'INDUSTRY_OUTPUT')).toMatchObject({ min: 200, unit: 'YI_YUAN' });
    expect(p.targets.find((t) => t.key === 'DUAL_USE_PLATFORMS')).toMatchObject({ min: 5, max: 8 });
  });
});

describe('administrators edit the registry', () => {
  let created: ParkDetail;

  it('adds an entry, audited', async () => {
    const response = await api.call<ParkDetail>('POST', '/api/v1/admin/parks', {
      token: admin,
      body: { name: '测试军民融合创新平台甲', kind: 'PLATFORM', regionCodes: ['421281'], sectors: ['EMERGENCY'], description: '应急装备联合研发平台。', recognizedYear: 2023 },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    created = ParkDetailSchema.parse(response.body);
    expect(created).toMatchObject({ isDemo: false, designation: null, mcfDemonstrationLevel: null, organizations: [] });
    expect(await lastAudit('admin.park.created', created.id)).toMatchObject({ targetType: 'park', after: { name: '测试军民融合创新平台甲', recognizedYear: 2023 } });
  });

  it('refuses bad input naming the fields, and a second entry of the same name', async () => {
    const bad = await api.call<{ errors: { field: string }[] }>('POST', '/api/v1/admin/parks', {
      token: admin,
      body: { name: '', kind: 'CITY', regionCodes: [], sectors: ['NOPE'], description: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    const fields = bad.body.errors.map((e) => e.field);
    for (const field of ['name', 'kind', 'regionCodes']) expect(fields.some((f) => f.startsWith(field)), field).toBe(true);
    const unknownRegion = await api.call<{ errors: { field: string; code: string }[] }>('POST', '/api/v1/admin/parks', {
      token: admin,
      body: { name: '测试园区乙', kind: 'PARK', regionCodes: ['999999'], sectors: ['OTHER'], description: '测试' },
    });
    expect(unknownRegion.status).toBe(400);
    expect(unknownRegion.body.errors[0]).toMatchObject({ field: 'regionCodes.0', code: 'INVALID_REGION' });
    const twice = await api.call('POST', '/api/v1/admin/parks', {
      token: admin,
      body: { name: '测试军民融合创新平台甲', kind: 'PARK', regionCodes: ['421202'], sectors: ['OTHER'], description: '重名' },
    });
    expect(twice.status).toBe(409);
  });

  it('edits an entry, audited with what it replaced; a demo entry edited is no longer demo', async () => {
    const edited = await api.call<ParkDetail>('PATCH', `/api/v1/admin/parks/${created.id}`, { token: admin, body: { description: '应急装备与消防装备联合研发平台。' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ description: '应急装备与消防装备联合研发平台。', recognizedYear: 2023, kind: 'PLATFORM' });
    expect(await lastAudit('admin.park.updated', created.id)).toMatchObject({ before: { description: '应急装备联合研发平台。' }, after: { description: '应急装备与消防装备联合研发平台。' } });
    const [demo] = (await parks(`?q=${encodeURIComponent('海瑞复合材料产业园')}`)).items;
    expect(demo!.isDemo).toBe(true);
    const vouched = await api.call<ParkDetail>('PATCH', `/api/v1/admin/parks/${demo!.id}`, { token: admin, body: { sectors: ['NEW_MATERIALS'] } });
    expect(vouched.body).toMatchObject({ isDemo: false, sectors: ['NEW_MATERIALS'] });
    expect((await api.call('PATCH', `/api/v1/admin/parks/${created.id}`, { token: admin, body: {} })).status).toBe(400);
    expect((await api.call('PATCH', '/api/v1/admin/parks/00000000-0000-4000-8000-000000000000', { token: admin, body: { description: 'x' } })).status).toBe(404);
  });

  it('filters and pages the public list', async () => {
    expect((await parks('?kind=PLATFORM&pageSize=100')).items.every((p) => p.kind === 'PLATFORM')).toBe(true);
    const chibi = await parks('?regionCode=421281&pageSize=100');
    expect(chibi.items.map((p) => p.name)).toEqual(expect.arrayContaining(['赤壁国家应急产业示范基地', '测试军民融合创新平台甲']));
    expect(chibi.items.every((p) => p.regionCodes.includes('421281'))).toBe(true);
    expect((await parks('?sector=BIOMEDICINE&pageSize=100')).items.every((p) => p.sectors.includes('BIOMEDICINE'))).toBe(true);
    const first = await parks('?pageSize=2&page=1');
    const second = await parks('?pageSize=2&page=2');
    expect(first.items).toHaveLength(2);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect(first.total).toBe(ACTION_PLAN_PARKS.length + 1);
    expect((await api.call('GET', '/api/v1/parks?kind=CITY')).status).toBe(400);
    expect((await api.call('GET', '/api/v1/parks/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('counts a platform recognised in 2023 from 2023 on, and a provincial demonstration base from its year', async () => {
    const p = await progress();
    expect([2021, 2022, 2023, 2024, 2025].map((y) => yearOf(p, 'DUAL_USE_PLATFORMS', y).value)).toEqual([0, 0, 1, 1, 1]);
    const base = await api.call<ParkDetail>('POST', '/api/v1/admin/parks', {
      token: admin,
      body: { name: '测试省级军民融合示范基地', kind: 'BASE', regionCodes: ['421202'], sectors: ['NEW_MATERIALS'], description: '省级示范基地（测试）。', mcfDemonstrationLevel: 'PROVINCIAL', recognizedYear: 2024 },
    });
    expect(base.status).toBe(201);
    const after = await progress();
    expect([2021, 2022, 2023, 2024, 2025].map((y) => yearOf(after, 'PROVINCIAL_DEMONSTRATION_BASES', y).value)).toEqual([0, 0, 0, 1, 1]);
    expect(yearOf(after, 'PROVINCIAL_DEMONSTRATION_BASES', 2025).reached).toBe(true);
    expect(yearOf(after, 'DUAL_USE_PLATFORMS', 2025).reached).toBe(false);
  });
});

describe('a firm names its park', () => {
  it('in its profile: an unknown park is refused naming the field, a registered one lists the firm', async () => {
    const firm = await createFirm(api, admin, firmSpec('测试园区企业甲'));
    const [park] = (await parks(`?q=${encodeURIComponent('赤壁电子信息产业园')}`)).items;
    const profile = { summary: '测试', sectors: ['ELECTRONICS'], products: ['电子元器件'], regionCode: '421281' };
    const unknown = await api.call<{ errors: { field: string; code: string }[] }>('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, {
      token: firm.token,
      body: { ...profile, parkId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ field: 'parkId', code: 'UNKNOWN_PARK' });
    const saved = await api.call<{ draft: { parkId: string } }>('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: { ...profile, parkId: park!.id } });
    expect(saved.status).toBe(200);
    expect(saved.body.draft.parkId).toBe(park!.id);
    // Not listed until published.
    expect((await api.call<ParkDetail>('GET', `/api/v1/parks/${park!.id}`)).body.organizations).toEqual([]);
    expect((await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token })).status).toBe(200);
    const detail = (await api.call<ParkDetail>('GET', `/api/v1/parks/${park!.id}`)).body;
    expect(detail.organizations).toEqual([{ organizationId: firm.organizationId, name: '测试园区企业甲', regionCode: '421202', isDemo: false }]);
    expect((await api.call<{ profile: { parkId: string } }>('GET', `/api/v1/enterprises/${firm.organizationId}`)).body.profile.parkId).toBe(park!.id);
  });
});

describe('figures administrators record', () => {
  it('replaces a demo figure, audited with what it replaced, and clears it', async () => {
    const put = await api.call<PlanProgress>('PUT', '/api/v1/admin/plan-progress/figures/INDUSTRY_OUTPUT/2023', { token: admin, body: { value: 150.5, note: '市统计局年报' } });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(yearOf(put.body, 'INDUSTRY_OUTPUT', 2023)).toMatchObject({ value: 150.5, isDemo: false, reached: false });
    expect(await lastAudit('admin.plan_figure.recorded', 'INDUSTRY_OUTPUT/2023')).toMatchObject({
      targetType: 'plan_figure',
      before: { value: DEMO_PLAN_FIGURES.INDUSTRY_OUTPUT![2], isDemo: true },
      after: { value: 150.5, note: '市统计局年报' },
    });
    await api.call('PUT', '/api/v1/admin/plan-progress/figures/INDUSTRY_OUTPUT/2025', { token: admin, body: { value: 201 } });
    expect(yearOf(await progress(), 'INDUSTRY_OUTPUT', 2025)).toMatchObject({ value: 201, reached: true });
    expect((await api.call('DELETE', '/api/v1/admin/plan-progress/figures/INDUSTRY_OUTPUT/2023', { token: admin })).status).toBe(204);
    expect(yearOf(await progress(), 'INDUSTRY_OUTPUT', 2023)).toMatchObject({ value: null, reached: null });
    expect(await lastAudit('admin.plan_figure.cleared', 'INDUSTRY_OUTPUT/2023')).toMatchObject({ before: { value: 150.5 } });
    expect((await api.call('DELETE', '/api/v1/admin/plan-progress/figures/INDUSTRY_OUTPUT/2023', { token: admin })).status).toBe(404);
  });

  it('refuses a counted target, a year outside the plan and bad values', async () => {
    const counted = await api.call<{ errors: { field: string; code: string }[] }>('PUT', '/api/v1/admin/plan-progress/figures/DUAL_USE_PLATFORMS/2023', { token: admin, body: { value: 3 } });
    expect(counted.status).toBe(400);
    expect(counted.body.errors[0]).toMatchObject({ field: 'key', code: 'TARGET_NOT_RECORDED' });
    expect((await api.call('PUT', '/api/v1/admin/plan-progress/figures/INDUSTRY_OUTPUT/2030', { token: admin, body: { value: 3 } })).status).toBe(404);
    expect((await api.call('PUT', '/api/v1/admin/plan-progress/figures/NO_SUCH/2023', { token: admin, body: { value: 3 } })).status).toBe(404);
    for (const body of [{ value: -1 }, { value: '3' }, {}, { value: 3, extra: 1 }]) {
      const response = await api.call<{ errors: { field: string }[] }>('PUT', '/api/v1/admin/plan-progress/figures/RD_INTENSITY/2023', { token: admin, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('隐形冠军, set by administrators', () => {
  it('counts a firm recognised in 2022 from 2022 on, audited; removal audited', async () => {
    const firm = await createFirm(api, admin, firmSpec('测试隐形冠军企业'));
    const set = await api.call<HiddenChampionList>('PUT', `/api/v1/admin/hidden-champions/${firm.organizationId}`, { token: admin, body: { recognizedYear: 2022, niche: '船用复合材料螺旋桨' } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.items.find((i) => i.organizationId === firm.organizationId)).toMatchObject({ recognizedYear: 2022, niche: '船用复合材料螺旋桨' });
    const p = await progress();
    expect(ACTION_PLAN_YEARS.map((y) => yearOf(p, 'HIDDEN_CHAMPIONS', y).value)).toEqual([0, 1, 1, 1, 1]);
    expect(await lastAudit('admin.hidden_champion.set', firm.organizationId)).toMatchObject({ after: { recognizedYear: 2022 } });
    expect((await api.call('DELETE', `/api/v1/admin/hidden-champions/${firm.organizationId}`, { token: admin })).status).toBe(204);
    expect(yearOf(await progress(), 'HIDDEN_CHAMPIONS', 2025).value).toBe(0);
    expect(await lastAudit('admin.hidden_champion.removed', firm.organizationId)).toMatchObject({ before: { niche: '船用复合材料螺旋桨' } });
    expect((await api.call('PUT', '/api/v1/admin/hidden-champions/00000000-0000-4000-8000-000000000000', { token: admin, body: { recognizedYear: 2022, niche: 'x' } })).status).toBe(404);
    expect((await api.call('PUT', `/api/v1/admin/hidden-champions/${firm.organizationId}`, { token: admin, body: { recognizedYear: 2022 } })).status).toBe(400);
  });
});

describe('firms’ private reports', () => {
  const firms: CreatedFirm[] = [];
  // 万元: two firms over 5亿 (50 000 万元), R&D 5 000 of 200 000 in all.
  const REPORTS = [
    { revenue: 80_000, rdSpend: 2_400 },
    { revenue: 60_000, rdSpend: 1_200 },
    { revenue: 30_000, rdSpend: 600 },
    { revenue: 20_000, rdSpend: 500 },
    { revenue: 10_000, rdSpend: 300 },
  ];

  beforeAll(async () => {
    for (let i = 0; i < REPORTS.length; i++) firms.push(await createFirm(api, admin, firmSpec(`测试自报企业${i + 1}`)));
  }, 120_000);

  it('are the firm’s own: saved and read back by it, refused to others and to administrators', async () => {
    const [a, b] = firms;
    const saved = await api.call('PUT', `/api/v1/enterprises/${a!.organizationId}/financial-reports/2024`, { token: a!.token, body: REPORTS[0] });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    const mine = await api.call<FinancialReportList>('GET', `/api/v1/enterprises/${a!.organizationId}/financial-reports`, { token: a!.token });
    expect(mine.body.items).toEqual([expect.objectContaining({ year: 2024, ...REPORTS[0] })]);
    expect((await api.call('GET', `/api/v1/enterprises/${a!.organizationId}/financial-reports`, { token: b!.token })).status).toBe(404);
    expect((await api.call('GET', `/api/v1/enterprises/${a!.organizationId}/financial-reports`, { token: admin })).status).toBe(403);
    expect((await api.call('PUT', `/api/v1/enterprises/${a!.organizationId}/financial-reports/2024`, { token: b!.token, body: REPORTS[1] })).status).toBe(404);
    // The audit trail says a report was filed, never its figures.
    const audit = await lastAudit('financial_report.saved', a!.organizationId);
    expect(audit).toMatchObject({ after: { year: 2024 } });
    expect(JSON.stringify(audit)).not.toContain('80000');
  });

  it('refuses bad reports naming the field', async () => {
    const [a] = firms;
    const tooMuch = await api.call<{ errors: { field: string }[] }>('PUT', `/api/v1/enterprises/${a!.organizationId}/financial-reports/2024`, { token: a!.token, body: { revenue: 100, rdSpend: 200 } });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.errors[0]!.field).toBe('rdSpend');
    expect((await api.call('PUT', `/api/v1/enterprises/${a!.organizationId}/financial-reports/2019`, { token: a!.token, body: REPORTS[0] })).status).toBe(404);
  });

  it('show only as aggregates, withheld until five firms reported', async () => {
    for (let i = 1; i < 4; i++) {
      const f = firms[i]!;
      expect((await api.call('PUT', `/api/v1/enterprises/${f.organizationId}/financial-reports/2024`, { token: f.token, body: REPORTS[i] })).status).toBe(200);
    }
    const four = await progress();
    expect(yearOf(four, 'LEADING_ENTERPRISES', 2024)).toMatchObject({ value: null, withheld: true, reportingFirms: 4 });
    expect(yearOf(four, 'RD_INTENSITY', 2024)).toMatchObject({ reportedAggregate: null, reportingFirms: 4 });
    const last = firms[4]!;
    await api.call('PUT', `/api/v1/enterprises/${last.organizationId}/financial-reports/2024`, { token: last.token, body: REPORTS[4] });
    const five = await progress();
    expect(yearOf(five, 'LEADING_ENTERPRISES', 2024)).toMatchObject({ value: 2, withheld: false, reportingFirms: 5, reached: false });
    expect(yearOf(five, 'RD_INTENSITY', 2024)).toMatchObject({ reportedAggregate: 2.5, reportingFirms: 5, value: DEMO_PLAN_FIGURES.RD_INTENSITY![3] });
    expect(yearOf(five, 'LEADING_ENTERPRISES', 2023)).toMatchObject({ value: null, withheld: false, reportingFirms: 0 });
    // Nothing in the dashboard is one firm's figure.
    expect(JSON.stringify(five)).not.toContain('80000');
  });

  it('count every real verified firm in the reserve from the year it registered', async () => {
    const p = await progress();
    // The park firm, the champion and the five reporting firms, registered today; the demo firms never count.
    const thisYear = Number(new Date().toLocaleDateString('sv', { timeZone: 'Asia/Shanghai' }).slice(0, 4));
    for (const year of ACTION_PLAN_YEARS) {
      const expected = year < thisYear ? 0 : year === thisYear ? 7 : null;
      expect(yearOf(p, 'RESERVE_ENTERPRISES', year).value, String(year)).toBe(expected);
    }
  });
});

describe('downloads', () => {
  async function download(format: 'csv' | 'xlsx') {
    const response = await fetch(`${app.baseUrl}/api/v1/admin/plan-progress/export/${format}`, { headers: { Authorization: `Bearer ${admin}` } });
    expect(response.status).toBe(200);
    return { headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('CSV and XLSX hold every target with its five years, as the dashboard shows them', async () => {
    const p = await progress();
    const csv = await download('csv');
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(encodeURIComponent('规划目标完成情况'));
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const xlsx = await download('xlsx');
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    for (const table of [csvRows(csv.bytes.subarray(3).toString('utf8')), xlsxRows(xlsx.bytes)]) {
      const [header, ...rows] = table;
      expect(header!.slice(7, 12)).toEqual(ACTION_PLAN_YEARS.map((y) => `${y}年`));
      expect(rows.map((r) => r[0])).toEqual(ACTION_PLAN_TARGETS.map((t) => t.key));
      for (const target of p.targets) {
        const row = rows.find((r) => r[0] === target.key)!;
        expect(row[2]).toBe(target.figureText);
        expect(row.slice(7, 12)).toEqual(target.years.map((y) => (y.value === null ? '' : String(y.value))));
        expect(row.at(-1)).toBe(target.source);
      }
    }
    expect((await fetch(`${app.baseUrl}/api/v1/admin/plan-progress/export/pdf`, { headers: { Authorization: `Bearer ${admin}` } })).status).toBe(404);
  });
});
