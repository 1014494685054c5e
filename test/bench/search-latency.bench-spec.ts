/**
 * `npm run bench:search -w @mcf/test [-- BENCH_FIRMS=n]`: what `GET /api/v1/search/enterprises` costs over
 * what Meilisearch itself takes for the same query, at a few thousand firms (BENCH_FIRMS, default 3000).
 *
 * One database of seeded synthetic firms (test/bench/scale), indexed by the app's own `reindex`; two API
 * processes on it at once: "before" with MEILI_COMPRESSION=on (the client asking for compressed responses,
 * as it did) and "after" with the default (uncompressed, kept-alive pool); and the engine asked directly
 * with the body the API sends (apps/api/src/modules/search/search.service.ts), uncompressed and compressed.
 * Requests go round-robin over the four targets, one at a time, so that the machine's load falls on each
 * alike; each figure's ratio is against the others of this run. Printed, not asserted: the run fails only
 * when a call fails. On a shared machine, run it when the machine is quiet.
 */
import pg from 'pg';
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { afterAll, expect, inject, it } from 'vitest';
import { appEnvironment, type RunningApp, runApiCli, startApp } from '../support/app-process.js';
import { WITHOUT_DEMO_DATA } from '../support/marketplace.js';
import { removeIndexesAndKeys, removeQueueKeys } from '../support/test-services.js';
import { FirmFactory, generateFirms } from './scale/synthetic-firms.js';

const services = inject('services');
const FIRMS = Number(process.env.BENCH_FIRMS ?? 3000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARM_UP = 20;
const database = `${services.databaseUrl.split('/').pop()}_bench_search`;
const indexPrefix = `${services.indexPrefix}bsearch_`;
const queuePrefix = `${services.queuePrefix}-bsearch`;
const apps: RunningApp[] = [];

afterAll(async () => {
  for (const app of apps) await app.stop();
  await dropDatabase(services.adminDatabaseUrl, database).catch(() => undefined);
  await removeIndexesAndKeys({ ...services, indexPrefix }).catch(() => undefined);
  await removeQueueKeys({ redisUrl: services.redisUrl, queuePrefix }).catch(() => undefined);
}, 120_000);

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface Target {
  name: string;
  call: (q: string) => Promise<Response>;
  samples: number[];
}

/** The engine query the API makes for `?q=…` with no filter (keep in step with SearchService.enterprises). */
function engineBody(q: string) {
  return {
    q,
    filter: undefined,
    facets: ['sectors', 'regionCode', 'validQualificationTypes'],
    page: 1,
    hitsPerPage: 20,
    attributesToHighlight: ['name', 'summary', 'products', 'capabilities'],
    attributesToCrop: ['summary:80'],
    highlightPreTag: '\u0002',
    highlightPostTag: '\u0003',
    locales: ['cmn'],
  };
}

it(`search p50: API before/after against the engine at ${FIRMS} firms`, async () => {
  await ensureDatabase(services.adminDatabaseUrl, database);
  const env = (extra: Record<string, string> = {}) =>
    appEnvironment(services, {
      ...WITHOUT_DEMO_DATA,
      DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
      SEARCH_INDEX_PREFIX: indexPrefix,
      QUEUE_PREFIX: queuePrefix,
      ROLE: 'api',
      ...extra,
    });
  // Migrates the database and makes the administrator the synthetic firms are vetted by.
  await (await startApp(env())).stop();
  const pool = new pg.Pool({ connectionString: withDatabase(services.adminDatabaseUrl, database), max: 3 });
  let queries: string[];
  try {
    const [admin] = (await pool.query<{ id: string }>(`SELECT "id" FROM "users" WHERE "platform_role" = 'ADMIN' LIMIT 1`)).rows;
    const factory = new FirmFactory(42, new Date().toISOString().slice(0, 10), new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10));
    await generateFirms(pool, factory, FIRMS, admin!.id);
    queries = factory.products.filter((_, i) => i % 7 === 0).map((product) => product.name);
  } finally {
    await pool.end();
  }
  const reindex = await runApiCli('reindex', ['enterprises'], env(), 600_000);
  expect(reindex.status, reindex.stderr).toBe(0);

  const [before, after] = await Promise.all([startApp(env({ MEILI_COMPRESSION: 'on' })), startApp(env())]);
  apps.push(before, after);
  const engineSearch = `${services.meiliUrl}/indexes/${indexPrefix}enterprises/search`;
  // Uncompressed, or with the Accept-Encoding fetch sends by default (what the client sent before).
  const engine = (encoding: 'identity' | 'fetch default') => (q: string) =>
    fetch(engineSearch, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${services.meiliMasterKey}`,
        'Content-Type': 'application/json',
        ...(encoding === 'identity' ? { 'Accept-Encoding': 'identity' } : {}),
      },
      body: JSON.stringify(engineBody(q)),
    });
  const api = (app: RunningApp) => (q: string) => fetch(`${app.baseUrl}/api/v1/search/enterprises?q=${encodeURIComponent(q)}`);
  const targets: Target[] = [
    { name: 'API before (compressed engine responses)', call: api(before), samples: [] },
    { name: 'API after (uncompressed, kept alive)', call: api(after), samples: [] },
    { name: 'engine, uncompressed', call: engine('identity'), samples: [] },
    { name: 'engine, compressed (fetch default)', call: engine('fetch default'), samples: [] },
  ];
  for (let round = 0; round < WARM_UP + ROUNDS; round++) {
    const q = queries[round % queries.length]!;
    for (const target of targets) {
      const started = performance.now();
      const response = await target.call(q);
      const body = (await response.json()) as { total?: number; estimatedTotalHits?: number; totalHits?: number };
      if (response.status !== 200) throw new Error(`${target.name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
      if (round >= WARM_UP) target.samples.push(performance.now() - started);
    }
  }

  const figures = targets.map((target) => {
    const sorted = [...target.samples].sort((a, b) => a - b);
    return { name: target.name, p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  });
  const [apiBefore, apiAfter, engineIdentity, engineCompressed] = figures as [(typeof figures)[0], (typeof figures)[0], (typeof figures)[0], (typeof figures)[0]];
  const lines = [
    `search latency at ${FIRMS} firms, ${ROUNDS} rounds over ${queries.length} queries, one request at a time:`,
    ...figures.map((f) => `  ${f.name.padEnd(42)} p50 ${f.p50.toFixed(1).padStart(6)} ms   p95 ${f.p95.toFixed(1).padStart(6)} ms`),
    `  API after ÷ API before:         p50 ${(apiAfter.p50 / apiBefore.p50).toFixed(2)}×   p95 ${(apiAfter.p95 / apiBefore.p95).toFixed(2)}×`,
    `  API after ÷ engine uncompressed: p50 ${(apiAfter.p50 / engineIdentity.p50).toFixed(2)}×   p95 ${(apiAfter.p95 / engineIdentity.p95).toFixed(2)}×`,
    `  API before ÷ engine uncompressed: p50 ${(apiBefore.p50 / engineIdentity.p50).toFixed(2)}×   p95 ${(apiBefore.p95 / engineIdentity.p95).toFixed(2)}×`,
    `  engine compressed ÷ uncompressed: p50 ${(engineCompressed.p50 / engineIdentity.p50).toFixed(2)}×`,
  ];
  process.stdout.write(`\n${lines.join('\n')}\n\n`);
}, 900_000);
