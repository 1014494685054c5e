/**
 * The plan's targets are about real firms: with the demo data loaded (54 verified firms from the action
 * plan, the demo firm and the demo award), the dashboard's target progress counts none of them, and a
 * real firm verified afterwards counts at once.
 */
import { type PlatformStatistics, PlatformStatisticsSchema, type PlanTargetKey } from '@mcf/contracts';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { createFirm } from '../../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;

// Loading the demo data before the app answers takes longer than the usual 90 s on a busy machine.
const START_TIMEOUT_MS = 240_000;

// A database of its own: other files of the run verify firms and award demands in theirs, and this one
// counts the targets of a platform that holds the demo data and nothing else.
const database = `${services.databaseUrl.split('/').pop()}_targets`;

beforeAll(async () => {
  await ensureDatabase(services.adminDatabaseUrl, database);
  app = await startApp(
    appEnvironment(services, {
      DEMO_DATA: 'on',
      DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
      SEARCH_INDEX_PREFIX: `${services.indexPrefix}targets_`,
      QUEUE_PREFIX: `${services.queuePrefix}-targets`,
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

async function statistics(): Promise<PlatformStatistics> {
  const response = await api.call<PlatformStatistics>('GET', '/api/v1/admin/statistics', { token: admin });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return PlatformStatisticsSchema.parse(response.body);
}

const current = (s: PlatformStatistics, key: PlanTargetKey) => s.targets.find((t) => t.key === key)!.current;

describe('target progress with demo data loaded', () => {
  it('counts no demo organisation and no demo award, but every real verified firm', async () => {
    const before = await statistics();
    // The demo data is there: verified firms and an award exist in the organisation counts...
    const verified = before.organizations.byStatus.find((row) => row.status === 'VERIFIED');
    expect(verified?.enterprise).toBeGreaterThanOrEqual(55);
    const awards = await api.call<{ total: number }>('GET', '/api/v1/open-data/awards');
    expect(awards.body.total).toBeGreaterThanOrEqual(1);
    // ...but none of it counts towards the plan.
    expect(current(before, 'VERIFIED_CIVIL_ENTERPRISES')).toBe(0);
    expect(current(before, 'HIGH_TECH_ENTERPRISES')).toBe(0);
    expect(current(before, 'AWARDED_DEMANDS')).toBe(0);

    await createFirm(api, admin, {
      name: '咸宁实测目标统计材料有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '复合材料构件的研发与生产。',
      sectors: ['NEW_MATERIALS'],
      products: ['复合材料构件'],
      capabilities: [],
      qualifications: [],
    });
    expect(current(await statistics(), 'VERIFIED_CIVIL_ENTERPRISES')).toBe(1);
  });
});
