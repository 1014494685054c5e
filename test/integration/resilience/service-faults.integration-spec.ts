/**
 * PostgreSQL, Redis and Meilisearch each stopped and restarted while virtual users search, view, sign
 * in, message, publish demands and respond. The test owns the three servers. While one is away a call
 * either succeeds or is refused with a clean 503 problem+json (never a 500, never a hang); every write
 * the platform accepted (2xx) is there afterwards, with its notifications once; matching and the search
 * index catch up once the servers are back.
 */
import { join } from 'node:path';
import { ensureDatabase, withDatabase } from '@mcf/embedded-services';
import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment, makeDataDir, type RunningApp, startApp } from '../../support/app-process.js';
import { checkAcceptedWrites } from '../../support/load/load-checks.js';
import { DEFAULT_WEIGHTS, runLoad, seedMarketplace, summarise } from '../../support/load/load-scenario.js';
import { ownedMeilisearch, ownedPostgres, ownedRedis, type OwnedService } from '../../support/load/owned-services.js';
import { WITHOUT_DEMO_DATA } from '../../support/marketplace.js';
import { freePort, SmtpSink } from '../../support/smtp-sink.js';

const services = inject('services');
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}, 120_000);

/** Outage of each server: stopped at `at`, started again `OUTAGE_MS` later (ms since the load began). */
const OUTAGE_MS = 6_000;
const SCHEDULE = [
  { service: 'postgres', at: 4_000 },
  { service: 'redis', at: 16_000 },
  { service: 'meilisearch', at: 28_000 },
] as const;
const LOAD_MS = 42_000;

describe('PostgreSQL, Redis and Meilisearch stopped and restarted under load', () => {
  it('answer 2xx or a clean 503 problem, lose no accepted write, and catch up afterwards', async () => {
    const postgres = await ownedPostgres(join(makeDataDir(services, 'faults-pg'), 'postgres'));
    cleanups.push(() => postgres.stop());
    const redis = await ownedRedis(join(makeDataDir(services, 'faults-redis'), 'redis'));
    cleanups.push(() => redis.stop());
    const meilisearch = await ownedMeilisearch(join(makeDataDir(services, 'faults-meili'), 'meilisearch'));
    cleanups.push(() => meilisearch.stop());
    const owned: Record<string, OwnedService> = { postgres, redis, meilisearch };
    await ensureDatabase(postgres.adminUrl, 'mcf_faults');
    const databaseUrl = withDatabase(postgres.adminUrl, 'mcf_faults');
    const sink = new SmtpSink(await freePort());
    await sink.start();
    cleanups.push(() => sink.stop());
    const indexPrefix = 'faults_';

    const app: RunningApp = await startApp(
      appEnvironment(services, {
        ...WITHOUT_DEMO_DATA,
        DATABASE_URL: databaseUrl,
        REDIS_URL: redis.url,
        MEILI_URL: meilisearch.url,
        MEILI_MASTER_KEY: meilisearch.masterKey,
        SEARCH_INDEX_PREFIX: indexPrefix,
        QUEUE_PREFIX: 'mcf-faults',
        SMTP_URL: sink.url,
        ACCESS_TOKEN_TTL_SECONDS: '3600',
      }),
      180_000,
    );
    cleanups.push(() => app.stop());
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    // The checks' own connections are cut when PostgreSQL stops: that is expected, not a failure.
    pool.on('error', () => undefined);
    cleanups.push(() => pool.end());

    const market = await seedMarketplace(new ApiClient(app.baseUrl), { firms: 6, procurers: 2 });
    const run = await runLoad(app.baseUrl, market, {
      virtualUsers: 10,
      durationMs: LOAD_MS,
      thinkMs: 300,
      // Writes weigh more than in the plain load mix: the point is what happens to them. Sign-ins use Redis.
      weights: { ...DEFAULT_WEIGHTS, search: 30, view: 15, message: 20, publish: 15, respond: 10, signin: 10 },
      callTimeoutMs: 20_000,
      events: SCHEDULE.flatMap(({ service, at }) => [
        { atMs: at, run: () => owned[service]!.stop() },
        { atMs: at + OUTAGE_MS, run: () => owned[service]!.start() },
      ]),
    });
    const checks = await checkAcceptedWrites(pool, run.accepted, { timeoutMs: 120_000, sink });

    // The search index catches up: every accepted demand is in the engine.
    const engine = new Meilisearch({ host: meilisearch.url, apiKey: meilisearch.masterKey });
    const wanted = new Set(run.accepted.demands.map((d) => d.id));
    const deadline = Date.now() + 90_000;
    let indexed = 0;
    for (;;) {
      const documents = await engine.index(`${indexPrefix}demands`).getDocuments<{ id: string }>({ fields: ['id'], limit: 10_000 });
      indexed = documents.results.filter((d) => wanted.has(d.id)).length;
      if (indexed === wanted.size || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1000));
    }

    const during = (service: string) => {
      const { at } = SCHEDULE.find((s) => s.service === service)!;
      return run.samples.filter((s) => s.at >= at && s.at < at + OUTAGE_MS);
    };
    console.log(
      JSON.stringify({
        requests: run.samples.length,
        summary: summarise(run.samples),
        faults: Object.fromEntries(SCHEDULE.map(({ service }) => [service, { requests: during(service).length, refused503: during(service).filter((s) => s.status === 503).length }])),
        checks,
        indexed: { wanted: wanted.size, indexed },
      }),
    );
    // The platform's own account of any 500 (level error), for whoever reads a failure.
    const errors = app.output().split('\n').filter((line) => line.includes('"level":"error"') && line.includes('request failed'));
    if (errors.length > 0) console.log(errors.slice(0, 5).map((line) => line.slice(0, 2500)).join('\n'));

    // Never a 500 or a hang: a 5xx is only ever a 503 problem+json.
    const unclean = run.samples.filter(
      (s) => s.status === 0 || (s.status >= 500 && (s.status !== 503 || !s.contentType?.startsWith('application/problem+json'))),
    );
    expect(unclean.map((s) => `${s.kind} ${s.status} @${s.at}ms ${s.detail ?? ''}`)).toEqual([]);
    expect(run.samples.length).toBeGreaterThan(300);
    // Each outage was felt (else the test proves nothing), and the platform served again after it.
    for (const service of ['postgres', 'redis'] as const) expect(during(service).some((s) => s.status === 503)).toBe(true);
    expect(during('meilisearch').filter((s) => s.kind === 'search').some((s) => s.status === 503)).toBe(true);
    const afterLast = run.samples.filter((s) => s.at > SCHEDULE[2].at + OUTAGE_MS + 2000);
    expect(afterLast.length).toBeGreaterThan(0);
    expect(afterLast.filter((s) => s.status >= 500)).toEqual([]);
    // Nothing accepted is lost; matching, notifications, emails and the index catch up.
    expect(run.accepted.demands.length).toBeGreaterThan(0);
    expect(run.accepted.responses.length + run.accepted.messages.length).toBeGreaterThan(0);
    expect(checks.problems).toEqual([]);
    expect(checks.lost).toEqual({ demands: 0, matches: 0, responses: 0, messages: 0, notifications: 0, emails: 0 });
    expect(checks.duplicates).toEqual({ notifications: 0, emails: 0 });
    expect(indexed).toBe(wanted.size);
  }, 420_000);
});
