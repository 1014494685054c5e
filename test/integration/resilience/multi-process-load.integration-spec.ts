/**
 * Several processes under load, as a deployment runs: 2 API processes (ROLE=api) and 2 worker processes
 * (ROLE=worker) on one database, Redis and Meilisearch, behind a round-robin proxy, with virtual users
 * searching, viewing, messaging, publishing demands and responding. Mid-run one worker and one API are
 * killed with SIGKILL. Afterwards every published demand is matched, every accepted response and message
 * stored, every notification recorded once and emailed once, and no request got a 5xx except those in
 * flight on the killed API. (`npm run bench:load` is the long version: 200 users for 2 minutes.)
 */
import { dropDatabase, ensureDatabase, withDatabase } from '@mcf/embedded-services';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment } from '../../support/app-process.js';
import { checkAcceptedWrites } from '../../support/load/load-checks.js';
import { type LoadCluster, startLoadCluster } from '../../support/load/load-cluster.js';
import { runLoad, seedMarketplace, summarise } from '../../support/load/load-scenario.js';
import { WITHOUT_DEMO_DATA } from '../../support/marketplace.js';
import { freePort, SmtpSink } from '../../support/smtp-sink.js';
import { removeIndexesAndKeys, removeQueueKeys } from '../../support/test-services.js';

const services = inject('services');
const database = `${services.databaseUrl.split('/').pop()}_load`;
const queuePrefix = `${services.queuePrefix}-load`;
const indexPrefix = `${services.indexPrefix}load_`;
const cleanups: (() => Promise<unknown>)[] = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  await dropDatabase(services.adminDatabaseUrl, database).catch(() => undefined);
  await removeQueueKeys({ redisUrl: services.redisUrl, queuePrefix });
  await removeIndexesAndKeys({ ...services, indexPrefix }).catch(() => undefined);
}, 120_000);

describe('two API and two worker processes under load', () => {
  it('lose nothing and answer no 5xx when one worker and one API are killed mid-run', async () => {
    await ensureDatabase(services.adminDatabaseUrl, database);
    const sink = new SmtpSink(await freePort());
    await sink.start();
    cleanups.push(() => sink.stop());
    const databaseUrl = withDatabase(services.adminDatabaseUrl, database);
    const cluster: LoadCluster = await startLoadCluster(
      () =>
        appEnvironment(services, {
          ...WITHOUT_DEMO_DATA,
          DATABASE_URL: databaseUrl,
          QUEUE_PREFIX: queuePrefix,
          SEARCH_INDEX_PREFIX: indexPrefix,
          SMTP_URL: sink.url,
          ACCESS_TOKEN_TTL_SECONDS: '3600',
        }),
      { apis: 2, workers: 2 },
    );
    cleanups.push(() => cluster.stop());
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    cleanups.push(() => pool.end());

    const api = new ApiClient(cluster.proxy.url);
    const market = await seedMarketplace(api, { firms: 12, procurers: 4 });
    const [survivor, victim] = cluster.apis as [(typeof cluster.apis)[0], (typeof cluster.apis)[0]];
    const run = await runLoad(cluster.proxy.url, market, {
      virtualUsers: 32,
      durationMs: 30_000,
      thinkMs: 400,
      events: [
        { atMs: 8_000, run: () => cluster.kill(cluster.workers[0]!.child) },
        { atMs: 14_000, run: () => cluster.kill(victim.process) },
      ],
    });
    const checks = await checkAcceptedWrites(pool, run.accepted, { timeoutMs: 60_000, sink });
    const summary = summarise(run.samples);
    console.log(JSON.stringify({ requests: run.samples.length, summary, proxy: cluster.proxy.stats(), checks }));

    // Both APIs served, then the proxy went round the dead one.
    const proxy = cluster.proxy.stats();
    expect(proxy.forwarded[victim.baseUrl]).toBeGreaterThan(0);
    expect(proxy.forwarded[survivor.baseUrl]).toBeGreaterThan(proxy.forwarded[victim.baseUrl]!);
    // A floor that proves the load ran, not a throughput target: on a shared, saturated machine calls take seconds.
    expect(run.samples.length).toBeGreaterThan(150);
    // No 5xx from the platform, no hang; only requests the killed API had taken are lost, and few.
    const fromPlatform = run.samples.filter((s) => s.status >= 500 && !s.lost);
    expect(fromPlatform.map((s) => `${s.kind} ${s.status} ${s.detail ?? ''}`)).toEqual([]);
    expect(run.samples.filter((s) => s.status === 0).map((s) => `${s.kind} ${s.detail ?? ''}`)).toEqual([]);
    const lost = run.samples.filter((s) => s.lost);
    const apiKilledAt = run.eventsAt[1]!;
    const notInFlightAtTheKill = lost.filter((s) => s.upstream !== victim.baseUrl || s.at + s.ms < apiKilledAt);
    expect(notInFlightAtTheKill).toEqual([]);
    expect(lost.length).toBeLessThanOrEqual(32);
    // Every kind of write happened, and every accepted one is there with its notifications, once.
    expect(run.accepted.demands.length).toBeGreaterThan(0);
    expect(run.accepted.responses.length).toBeGreaterThan(0);
    expect(run.accepted.messages.length).toBeGreaterThan(0);
    expect(checks.problems).toEqual([]);
    expect(checks.lost).toEqual({ demands: 0, matches: 0, responses: 0, messages: 0, notifications: 0, emails: 0 });
    // Never a notification twice. An email can go twice only if its worker was killed after the mail server
    // took it and before it was marked sent (SMTP cannot be asked whether a message arrived): at most the
    // emails the killed worker was sending, two at a time (the notifications queue's concurrency).
    expect(checks.duplicates.notifications).toBe(0);
    expect(checks.duplicates.emails).toBeLessThanOrEqual(2);
    expect(checks.emails.received).toBe(checks.emails.expected + checks.duplicates.emails);
  }, 300_000);
});
