/**
 * The maps (issue #15) through the running API: the firm and demand layers count only public listings
 * per county of 咸宁市 — verified firms with a published profile, at the profile's region; demands open
 * to answers whose summary is public — with the sector filter; the project layer counts the key projects
 * by stage, the park layer the registry's parks in every county they name, each agreeing with the list
 * a county opens on; the supplier list a county opens on
 * agrees with the map's count; the roadmap lists a sector's public demands by quarter; bad input is a
 * 4xx problem naming the field.
 */
import {
  type DemandSearchResult,
  type ParkPage,
  type ProjectPage,
  type ProjectView,
  type EnterpriseSearchResult,
  MapLayerListSchema,
  type MapLayerView,
  MapLayerViewSchema,
  type RoadmapView,
  RoadmapViewSchema,
} from '@mcf/contracts';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  publishDemand,
  registerNamed,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
const firms: Record<string, CreatedFirm> = {};
const demandIds: Record<string, string> = {};
const projectIds: Record<string, string> = {};

const firmSpec = (name: string, regionCode: string, sectors: string[]) => ({
  name,
  creditCode: newCreditCode(),
  regionCode,
  summary: `${name}：研制生产。`,
  sectors,
  products: ['构件'],
  capabilities: ['加工'],
  qualifications: [],
});

// A database of its own: the counts start from an empty platform.
const database = `${services.databaseUrl.split('/').pop()}_maps`;

beforeAll(async () => {
  await ensureDatabase(services.adminDatabaseUrl, database);
  app = await startApp(
    appEnvironment(services, {
      DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
      SEARCH_INDEX_PREFIX: `${services.indexPrefix}maps_`,
      QUEUE_PREFIX: `${services.queuePrefix}-maps`,
      ...WITHOUT_DEMO_DATA,
    }),
  );
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();

  firms.composites = await createFirm(api, admin, firmSpec('地图测试复合材料公司', '421202', ['NEW_MATERIALS', 'AEROSPACE']));
  firms.bridges = await createFirm(api, admin, firmSpec('地图测试应急桥梁公司', '421281', ['EMERGENCY']));
  firms.lights = await createFirm(api, admin, firmSpec('地图测试应急照明公司', '421281', ['EMERGENCY', 'ELECTRONICS']));
  firms.wuhan = await createFirm(api, admin, firmSpec('地图测试武汉公司', '420106', ['NEW_MATERIALS']));
  firms.suspended = await createFirm(api, admin, firmSpec('地图测试停用公司', '421223', ['NEW_MATERIALS']));
  await api.setOrganizationStatus(admin, firms.suspended.organizationId, 'suspend');
  // Registered in 咸安区, but its published profile places it in 崇阳县: the map follows the profile.
  const moved = firmSpec('地图测试迁址公司', '421202', ['BIOMEDICINE']);
  firms.moved = await createFirm(api, admin, moved);
  const relocated = await api.call('PUT', `/api/v1/enterprises/${firms.moved.organizationId}/profile`, {
    token: firms.moved.token,
    body: { summary: moved.summary, sectors: moved.sectors, products: moved.products, capabilities: moved.capabilities, equipment: [], employees: null, regionCode: '421223' },
  });
  expect(relocated.status, JSON.stringify(relocated.body)).toBe(200);
  const republished = await api.call('POST', `/api/v1/enterprises/${firms.moved.organizationId}/profile/publish`, {
    token: firms.moved.token,
  });
  expect(republished.status, JSON.stringify(republished.body)).toBe(200);
  // A firm awaiting verification publishes a profile: not on the map.
  const pending = await registerNamed(api, 'ENTERPRISE', '地图测试待审公司', newCreditCode(), '421222');
  const profile = { summary: '待审。', sectors: ['NEW_MATERIALS'], products: ['构件'], capabilities: [], equipment: [], employees: null };
  await api.call('PUT', `/api/v1/enterprises/${pending.organizationId}/profile`, { token: pending.token, body: profile });
  const published = await api.call('POST', `/api/v1/enterprises/${pending.organizationId}/profile/publish`, {
    token: pending.token,
  });
  expect(published.status, JSON.stringify(published.body)).toBe(200);

  const registered = await registerNamed(api, 'PROCURER', '地图测试保障中心', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, registered.organizationId, 'verify');
  procurer = registered;
  const demand = (title: string, sectors: string[], regionCode: string | null, visibility: 'PUBLIC' | 'VERIFIED_SUPPLIERS' | 'INVITED') =>
    publishDemand(api, procurer.token, { title, description: `${title}，详见附件。`, sectors, requiredQualifications: [], regionCode, visibility });
  demandIds.public = (await demand('地图测试应急桥梁采购', ['EMERGENCY'], '421281', 'PUBLIC')).demand.id;
  demandIds.verified = (await demand('地图测试复材构件采购', ['NEW_MATERIALS'], '421202', 'VERIFIED_SUPPLIERS')).demand.id;
  demandIds.invited = (await demand('地图测试邀请采购', ['EMERGENCY'], '421281', 'INVITED')).demand.id;
  demandIds.unplaced = (await demand('地图测试未定地点采购', ['EMERGENCY'], null, 'PUBLIC')).demand.id;
  const draft = await api.call<{ id: string }>('POST', '/api/v1/demands', {
    token: procurer.token,
    body: { title: '地图测试草稿需求', description: '草稿。', sectors: ['EMERGENCY'], regionCode: '421281' },
  });
  expect(draft.status, JSON.stringify(draft.body)).toBe(201);
  demandIds.draft = draft.body.id;

  // Key projects: two in 赤壁市 (one moved on to construction), one across the city, one in 咸安区.
  const project = async (name: string, regionCode: string, sectors: string[]) => {
    const created = await api.call<ProjectView>('POST', '/api/v1/admin/projects', {
      token: admin,
      body: { name, description: `${name}。`, regionCode, sectors, investmentTotal: 10_000_000, programme: 'ZL3', milestones: [] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id;
  };
  projectIds.bridges = await project('地图测试应急桥梁产业化项目', '421281', ['EMERGENCY']);
  projectIds.lights = await project('地图测试应急照明产线项目', '421281', ['EMERGENCY', 'ELECTRONICS']);
  projectIds.city = await project('地图测试全市应急物资储备项目', '421200', ['EMERGENCY']);
  projectIds.composites = await project('地图测试复合材料项目', '421202', ['NEW_MATERIALS']);
  const staged = await api.call('POST', `/api/v1/admin/projects/${projectIds.lights}/stage`, { token: admin, body: { stage: 'CONSTRUCTION' } });
  expect(staged.status, JSON.stringify(staged.body)).toBeLessThan(300);

  // Parks: one zone across 咸安区 and 赤壁市, one park in 咸安区.
  const park = async (name: string, regionCodes: string[], sectors: string[]) => {
    const created = await api.call('POST', '/api/v1/admin/parks', {
      token: admin,
      body: { name, kind: 'ZONE', regionCodes, sectors, description: `${name}。` },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
  };
  await park('地图测试跨县军民融合产业区', ['421202', '421281'], ['EMERGENCY', 'NEW_MATERIALS']);
  await park('地图测试新材料产业园', ['421202'], ['NEW_MATERIALS']);
}, 240_000);

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await dropDatabase(services.adminDatabaseUrl, database);
});

async function layer(key: string, query = ''): Promise<MapLayerView> {
  const response = await api.call<MapLayerView>('GET', `/api/v1/maps/layers/${key}${query}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return MapLayerViewSchema.parse(response.body);
}

const county = (view: MapLayerView, code: string) => view.counties.find((c) => c.regionCode === code)!;

describe('GET /api/v1/maps/layers', () => {
  it('lists the firm and demand layers, broken down by sector', async () => {
    const response = await api.call('GET', '/api/v1/maps/layers');
    expect(response.status).toBe(200);
    expect(MapLayerListSchema.parse(response.body).layers).toEqual([
      { layer: 'firms', breakdown: 'SECTOR' },
      { layer: 'demands', breakdown: 'SECTOR' },
      { layer: 'projects', breakdown: 'STAGE' },
      { layer: 'parks', breakdown: 'SECTOR' },
    ]);
  });
});

describe('the firm layer', () => {
  it('counts verified firms with a published profile per county, at the profile’s region', async () => {
    const view = await layer('firms');
    expect(view.counties.map((c) => [c.regionCode, c.total])).toEqual([
      ['421202', 1],
      ['421221', 0],
      ['421222', 0],
      ['421223', 1],
      ['421224', 0],
      ['421281', 2],
    ]);
    expect(county(view, '421281').breakdown).toEqual([
      { key: 'EMERGENCY', count: 2 },
      { key: 'ELECTRONICS', count: 1 },
    ]);
    expect(county(view, '421223').breakdown).toEqual([{ key: 'BIOMEDICINE', count: 1 }]);
    expect(view).toMatchObject({ layer: 'firms', areaCode: '421200', sector: null, total: 4, elsewhere: 1, cityOnly: 0 });
  });

  it('with ?sector= counts only firms of that sector', async () => {
    const view = await layer('firms', '?sector=NEW_MATERIALS');
    expect(view.sector).toBe('NEW_MATERIALS');
    expect(view.counties.filter((c) => c.total > 0).map((c) => [c.regionCode, c.total])).toEqual([['421202', 1]]);
    expect(view.elsewhere).toBe(1);
  });

  it('drops a firm once it is suspended and counts it again once reinstated', async () => {
    await api.setOrganizationStatus(admin, firms.bridges!.organizationId, 'suspend');
    expect(county(await layer('firms'), '421281').total).toBe(1);
    await api.setOrganizationStatus(admin, firms.bridges!.organizationId, 'reinstate');
    expect(county(await layer('firms'), '421281').total).toBe(2);
  });

  it('opens on a supplier list that agrees with the count (region, sector, verified only)', async () => {
    const view = await layer('firms', '?sector=EMERGENCY');
    const expected = county(view, '421281').total;
    const list = await waitUntil(
      'supplier search of 赤壁市',
      async () =>
        (
          await api.call<EnterpriseSearchResult>(
            'GET',
            '/api/v1/search/enterprises?regions=421281&sectors=EMERGENCY&verifiedOnly=true',
          )
        ).body,
      (result) => result.total === expected,
    );
    expect(list.items.map((item) => item.name).sort()).toEqual(['地图测试应急桥梁公司', '地图测试应急照明公司']);
  });
});

describe('the demand layer', () => {
  it('counts published demands whose summary is public, not invitation-only ones nor drafts', async () => {
    const view = await layer('demands');
    expect(view.counties.filter((c) => c.total > 0).map((c) => [c.regionCode, c.total])).toEqual([
      ['421202', 1],
      ['421281', 1],
    ]);
    expect(view).toMatchObject({ total: 2, unplaced: 1, elsewhere: 0 });
    expect((await layer('demands', '?sector=EMERGENCY')).total).toBe(1);
  });

  it('opens on a demand hall list that holds the counted demand', async () => {
    const list = await waitUntil(
      'demand hall of 赤壁市',
      async () =>
        (await api.call<DemandSearchResult>('GET', '/api/v1/search/demands?regions=421281&sectors=EMERGENCY')).body,
      (result) => result.total === 1,
    );
    expect(list.items.map((item) => item.id)).toEqual([demandIds.public]);
  });
});

describe('the project layer', () => {
  it('counts the key projects per county, broken down by stage, with the sector filter', async () => {
    const view = await layer('projects');
    expect(view.counties.filter((c) => c.total > 0).map((c) => [c.regionCode, c.total])).toEqual([
      ['421202', 1],
      ['421281', 2],
    ]);
    expect(view).toMatchObject({ breakdown: 'STAGE', total: 3, cityOnly: 1, elsewhere: 0, unplaced: 0 });
    expect(county(view, '421281').breakdown).toEqual([
      { key: 'CONSTRUCTION', count: 1 },
      { key: 'PLANNING', count: 1 },
    ]);
    const emergency = await layer('projects', '?sector=EMERGENCY');
    expect(emergency).toMatchObject({ total: 2, cityOnly: 1 });
    expect(county(emergency, '421202').total).toBe(0);
  });

  it('opens on a project library list that holds the counted projects', async () => {
    const list = await api.call<ProjectPage>('GET', '/api/v1/projects?region=421281&sector=EMERGENCY');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.items.map((p) => p.id).sort()).toEqual([projectIds.bridges, projectIds.lights].sort());
  });
});

describe('the park layer', () => {
  it('counts a park in every county it names, broken down by its sectors', async () => {
    const view = await layer('parks');
    expect(view.counties.filter((c) => c.total > 0).map((c) => [c.regionCode, c.total])).toEqual([
      ['421202', 2],
      ['421281', 1],
    ]);
    expect(view).toMatchObject({ breakdown: 'SECTOR', total: 3, cityOnly: 0 });
    expect(county(view, '421202').breakdown).toEqual([
      { key: 'NEW_MATERIALS', count: 2 },
      { key: 'EMERGENCY', count: 1 },
    ]);
    expect(county(await layer('parks', '?sector=EMERGENCY'), '421202').total).toBe(1);
  });

  it('opens on a park list that holds the counted parks', async () => {
    const list = await api.call<ParkPage>('GET', '/api/v1/parks?regionCode=421202');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body.total).toBe(2);
  });
});

describe('GET /api/v1/maps/roadmap', () => {
  it('lists a sector’s public demands by the quarter they were published in, China time', async () => {
    const response = await api.call<RoadmapView>('GET', '/api/v1/maps/roadmap?sector=EMERGENCY');
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const view = RoadmapViewSchema.parse(response.body);
    expect(view).toMatchObject({ sector: 'EMERGENCY', keySector: true, total: 2, truncated: false });
    const entries = view.periods.flatMap((p) => p.entries);
    expect(entries.map((e) => e.id).sort()).toEqual([demandIds.public, demandIds.unplaced].sort());
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const bridge = entries.find((e) => e.id === demandIds.public)!;
    expect(bridge).toMatchObject({ kind: 'DEMAND', title: '地图测试应急桥梁采购', status: 'PUBLISHED', regionCode: '421281', startsOn: today });
    expect(bridge.endsOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.periods.map((p) => p.period)).toEqual([`${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`]);
    // Nothing but the summary: no description, budget or owner.
    expect(JSON.stringify(view)).not.toContain('详见附件');
    expect(JSON.stringify(view)).not.toContain(procurer.organizationId);
  });

  it('keeps a closed demand on the roadmap, and a sector outside the plan’s key sectors is answered too', async () => {
    const closed = await api.call('POST', `/api/v1/demands/${demandIds.unplaced}/close`, { token: procurer.token });
    expect([200, 201]).toContain(closed.status);
    const view = RoadmapViewSchema.parse((await api.call('GET', '/api/v1/maps/roadmap?sector=EMERGENCY')).body);
    expect(view.periods.flatMap((p) => p.entries).find((e) => e.id === demandIds.unplaced)?.status).toBe('CLOSED');
    const other = RoadmapViewSchema.parse((await api.call('GET', '/api/v1/maps/roadmap?sector=ORDNANCE')).body);
    expect(other).toMatchObject({ keySector: false, total: 0, periods: [] });
  });
});

describe('bad input', () => {
  it.each([
    ['/api/v1/maps/layers/firms?sector=SPACE', 'sector'],
    ['/api/v1/maps/roadmap', 'sector'],
    ['/api/v1/maps/roadmap?sector=nope', 'sector'],
  ])('%s is a 400 problem naming %s', async (path, field) => {
    const response = await api.call<{ type: string; errors?: { field?: string; name?: string }[] }>('GET', path);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(JSON.stringify(response.body)).toContain(field);
  });

  it('an unknown layer is a 404', async () => {
    expect((await api.call('GET', '/api/v1/maps/layers/rumours')).status).toBe(404);
  });
});
