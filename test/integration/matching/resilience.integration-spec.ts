/**
 * Nothing a user submitted is lost when a service fails: a profile published while Meilisearch is down
 * becomes searchable once it is back; matching interrupted by killing the worker completes after a new
 * worker starts, with one match per demand and firm.
 */
import { join } from 'node:path';
import type { DemandMatches, EnterpriseSearchResult } from '@mcf/contracts';
import { startEmbeddedMeilisearch } from '@mcf/embedded-services';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import {
  appEnvironment,
  makeDataDir,
  type RunningApp,
  spawnApp,
  startApp,
} from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitForMatches,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');
const quiet = { info: () => undefined, warn: () => undefined };
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
});

describe('while Meilisearch is down', () => {
  it('a published profile change waits in the outbox and queue, and is searchable after Meilisearch returns', async () => {
    const dir = join(makeDataDir(services, 'meili-outage'), 'meilisearch');
    let meili = await startEmbeddedMeilisearch({ dir, log: quiet });
    const port = Number(new URL(meili.url).port);
    cleanups.push(() => meili.stop());
    const app = await startApp(
      appEnvironment(services, {
        MEILI_URL: meili.url,
        MEILI_MASTER_KEY: meili.masterKey,
        SEARCH_INDEX_PREFIX: `${services.indexPrefix}outage_`,
        QUEUE_PREFIX: `${services.queuePrefix}-outage`,
        ...WITHOUT_DEMO_DATA,
      }),
    );
    cleanups.push(() => app.stop());
    const api = new ApiClient(app.baseUrl);
    const admin = await api.adminToken();
    const firm = await createFirm(api, admin, {
      name: '咸宁复材结构件有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '复合材料结构件研制。',
      sectors: ['NEW_MATERIALS'],
      products: ['复合材料舱段'],
      capabilities: ['热压罐成型'],
      qualifications: [],
    });
    const search = async (q: string) =>
      (await api.call<EnterpriseSearchResult>('GET', `/api/v1/search/enterprises?q=${encodeURIComponent(q)}`))
        .body;
    await waitUntil(
      'indexed',
      () => search('复合材料舱段'),
      (r) => r.items?.some((i) => i.id === firm.organizationId) ?? false,
    );

    await meili.stop();
    const profile = {
      summary: '复合材料结构件与雷达天线罩研制。',
      sectors: ['NEW_MATERIALS'],
      products: ['复合材料舱段', '机载天线罩'],
      capabilities: ['热压罐成型'],
      regionCode: '421202',
    };
    expect(
      (
        await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, {
          token: firm.token,
          body: profile,
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, {
          token: firm.token,
        })
      ).status,
    ).toBe(200);
    // Search answers with a problem, not a crash, while the engine is away.
    const down = await api.call('GET', `/api/v1/search/enterprises?q=${encodeURIComponent('天线罩')}`);
    expect(down.status).toBe(503);
    await new Promise((r) => setTimeout(r, 3000));

    meili = await startEmbeddedMeilisearch({ dir, log: quiet, port });
    const found = await waitUntil(
      'searchable after restart',
      () => search('天线罩'),
      (r) => r.items?.some((i) => i.id === firm.organizationId) ?? false,
      90_000,
    );
    expect(found.items.find((i) => i.id === firm.organizationId)!.products).toContain('机载天线罩');
  }, 180_000);
});

describe('when the worker is killed', () => {
  it('interrupted matching completes after a new worker starts, with one match per demand and firm', async () => {
    const env = appEnvironment(services, {
      QUEUE_PREFIX: `${services.queuePrefix}-kill`,
      SEARCH_INDEX_PREFIX: `${services.indexPrefix}kill_`,
      ...WITHOUT_DEMO_DATA,
    });
    const app: RunningApp = await startApp({ ...env, ROLE: 'api' });
    cleanups.push(() => app.stop());
    const startWorker = () => {
      const worker = spawnApp({ ...env, ROLE: 'worker', DATA_DIR: makeDataDir(services, 'worker') });
      cleanups.push(async () => {
        if (worker.child.exitCode === null) worker.child.kill('SIGKILL');
      });
      return worker;
    };
    let worker = startWorker();
    const api = new ApiClient(app.baseUrl);
    const admin = await api.adminToken();
    for (const [name, products] of [
      ['咸宁静音电源有限公司', ['超静音发电机组', '车载电源']],
      ['咸宁机动电站有限公司', ['移动电站', '方舱电站']],
      ['咸宁动力装备有限公司', ['柴油发电机组']],
    ] as const) {
      await createFirm(api, admin, {
        name,
        creditCode: newCreditCode(),
        regionCode: '421202',
        summary: '发电机组研制生产。',
        sectors: ['EMERGENCY'],
        products: [...products],
        capabilities: [],
        qualifications: [],
      });
    }
    const procurer = await registerNamed(api, 'PROCURER', '某部后勤保障部', newCreditCode(), '421200');
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');

    const queue = new Queue('matching', { connection: { url: services.redisUrl }, prefix: env.QUEUE_PREFIX });
    cleanups.push(() => queue.close());
    const demandIds: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { demand } = await publishDemand(api, procurer.token, {
        title: `野战移动电站采购（第${i + 1}批）`,
        description: '采购野战用低噪声移动电站，车载机动。',
        sectors: ['EMERGENCY'],
        requiredQualifications: [],
        deadline: daysFromNow(30),
      });
      demandIds.push(demand.id);
    }
    // Kill the worker the moment a matching job is in its hands.
    let interrupted: string[] = [];
    const until = Date.now() + 60_000;
    while (interrupted.length === 0 && Date.now() < until) {
      interrupted = (await queue.getActive())
        .filter((j) => j.name === 'match-demand')
        .map((j) => String(j.data.demandId));
      if (interrupted.length === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(interrupted.length, 'a matching job was active when the worker was killed').toBeGreaterThan(0);
    worker.child.kill('SIGKILL');
    await worker.exited;

    worker = startWorker();
    for (const id of demandIds) {
      const matches: DemandMatches = await waitForMatches(api, procurer.token, id, 90_000);
      const firmIds = matches.items.map((m) => m.enterprise.id);
      expect(new Set(firmIds).size).toBe(firmIds.length);
      expect(matches.items.length).toBeGreaterThanOrEqual(2);
    }
  }, 240_000);
});
