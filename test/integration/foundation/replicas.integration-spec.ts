/**
 * Several replicas of one deployment: started at once on a fresh database they migrate once and make the
 * first administrator once; with one JWT_SECRET a token of one is good at the other; an API or worker
 * replica outside development refuses to start without JWT_SECRET; liveness (the process) is apart from
 * readiness (PostgreSQL, Redis, Meilisearch), and /api/health answers as before.
 */
import { createServer, type Server, type Socket, connect } from 'node:net';
import { HealthReportSchema, LivenessReportSchema } from '@mcf/contracts';
import { dropDatabase, ensureDatabase, findFreePort, withDatabase } from '@mcf/embedded-services';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, spawnApp, startApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA } from '../../support/marketplace.js';
import { removeQueueKeys } from '../../support/test-services.js';

const services = inject('services');
const database = `${services.databaseUrl.split('/').pop()}_replicas`;
const queuePrefix = `${services.queuePrefix}-replicas`;
// The run's own database (not the replicas'): a prefix of its own, or the start is refused.
const probePrefix = `${services.queuePrefix}-probes`;
const JWT_SECRET = 'replicas-share-this-secret-0123456789abcdef';
const running: RunningApp[] = [];

afterAll(async () => {
  for (const app of running) await app.stop();
  await dropDatabase(services.adminDatabaseUrl, database).catch(() => undefined);
  await removeQueueKeys({ redisUrl: services.redisUrl, queuePrefix });
  await removeQueueKeys({ redisUrl: services.redisUrl, queuePrefix: probePrefix });
}, 120_000);

async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

/** A TCP relay to Meilisearch that the test can cut, as if the engine became unreachable. */
async function relayTo(target: URL): Promise<{ url: string; cut: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    cut: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}

describe('several replicas of one deployment', () => {
  it('started at once on a fresh database, migrate once, make the administrator once and accept each other\'s tokens', async () => {
    await ensureDatabase(services.adminDatabaseUrl, database);
    const env = () =>
      appEnvironment(services, {
        ...WITHOUT_DEMO_DATA,
        DATABASE_URL: withDatabase(services.adminDatabaseUrl, database),
        QUEUE_PREFIX: queuePrefix,
        JWT_SECRET,
        LOG_LEVEL: 'info',
        // Jobs in the API processes: a niced worker process starts slowly on a busy machine, and jobs are not the point here.
        WORKER_PROCESSES: '0',
      });
    // Two starts at once on a busy machine: more time than one start gets.
    const replicas = await Promise.all([startApp(env(), 180_000), startApp(env(), 180_000)]);
    running.push(...replicas);

    const migrated = replicas.filter((replica) => /applied \d+ migration\(s\)/.test(replica.output()));
    expect(migrated).toHaveLength(1);
    const client = new pg.Client({ connectionString: withDatabase(services.adminDatabaseUrl, database) });
    await client.connect();
    try {
      const { rows } = await client.query<{ runs: number; names: number }>(
        `SELECT count(*)::int AS "runs", count(DISTINCT "name")::int AS "names" FROM "typeorm_migrations"`,
      );
      const applied = Number(/applied (\d+) migration\(s\)/.exec(migrated[0]!.output())![1]);
      expect(rows[0]).toEqual({ runs: applied, names: applied });
      const admins = await client.query<{ n: number }>(`SELECT count(*)::int AS "n" FROM "users" WHERE "platform_role" = 'ADMIN'`);
      expect(admins.rows[0]!.n).toBe(1);
    } finally {
      await client.end();
    }

    const [first, second] = replicas as [RunningApp, RunningApp];
    const token = await new ApiClient(first.baseUrl).adminToken();
    const me = await new ApiClient(second.baseUrl).call('GET', '/api/v1/me', { token });
    expect(me.status).toBe(200);
  }, 240_000);

  it('relay what a replica of the previous release records during a rolling upgrade (a job name in the old columns)', async () => {
    const client = new pg.Client({ connectionString: withDatabase(services.adminDatabaseUrl, database) });
    await client.connect();
    try {
      // As the previous release wrote it: job_name and dedup_key, no event name.
      const subject = '00000000-0000-4000-8000-000000000001';
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO "outbox_events" ("job_name", "payload", "dedup_key") VALUES ('index-demand', $1, $2) RETURNING "id"`,
        [{ demandId: subject }, subject],
      );
      const id = rows[0]!.id;
      let row: { event_name: string; key: string; dispatched: boolean } | undefined;
      for (const started = Date.now(); Date.now() - started < 30_000; await new Promise((r) => setTimeout(r, 250))) {
        row = (
          await client.query<{ event_name: string; key: string; dispatched: boolean }>(
            `SELECT "event_name", "key", "dispatched_at" IS NOT NULL AS "dispatched" FROM "outbox_events" WHERE "id" = $1`,
            [id],
          )
        ).rows[0];
        if (row?.dispatched) break;
      }
      expect(row).toEqual({ event_name: 'index-demand', key: subject, dispatched: true });
    } finally {
      await client.end();
    }
  }, 60_000);

  it('refuse to start as ROLE=api or ROLE=worker outside development without JWT_SECRET, naming it', async () => {
    for (const ROLE of ['api', 'worker']) {
      const { output, exited } = spawnApp(appEnvironment(services, { ROLE, NODE_ENV: 'production', QUEUE_PREFIX: probePrefix }));
      expect(await exited).toBe(1);
      expect(output()).toContain(`JWT_SECRET is required with ROLE=${ROLE} outside development (NODE_ENV=production)`);
    }
  }, 120_000);

  it('answer liveness while a service is down, readiness only while every service answers', async () => {
    const relay = await relayTo(new URL(services.meiliUrl));
    const app = await startApp(
      appEnvironment(services, { ...WITHOUT_DEMO_DATA, MEILI_URL: relay.url, QUEUE_PREFIX: probePrefix, JWT_SECRET, WORKER_PROCESSES: '0' }),
    );
    running.push(app);

    const live = await getJson(`${app.baseUrl}/api/health/live`);
    expect(live.status).toBe(200);
    expect(LivenessReportSchema.parse(live.body).status).toBe('ok');
    const ready = await getJson(`${app.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(Object.keys(HealthReportSchema.parse(ready.body).details).sort()).toEqual(['database', 'meilisearch', 'redis']);
    // /api/health as before: the services and, with ROLE=all, the workers.
    const health = await getJson(`${app.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    expect(Object.keys(HealthReportSchema.parse(health.body).details).sort()).toEqual(['database', 'meilisearch', 'redis', 'workers']);

    await relay.cut();
    const notReady = await getJson(`${app.baseUrl}/api/health/ready`);
    expect(notReady.status).toBe(503);
    expect(HealthReportSchema.parse(notReady.body).details.meilisearch?.status).toBe('down');
    expect((await getJson(`${app.baseUrl}/api/health`)).status).toBe(503);
    expect((await getJson(`${app.baseUrl}/api/health/live`)).status).toBe(200);
  }, 120_000);
});
