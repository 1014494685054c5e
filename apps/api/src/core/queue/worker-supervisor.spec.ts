import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppConfig, type ResolvedServices } from '../config/app-config.js';
import { parseConfig } from '../config/config.schema.js';
import { restartDelay, WORKER_NICENESS, WORKER_NODE_FLAGS, WorkerSupervisor } from './worker-supervisor.js';

/** A stand-in for `main.js` with ROLE=worker: says it is ready, answers metric requests, notes its environment. */
const FAKE_WORKER = `
import { appendFileSync } from 'node:fs';
appendFileSync(process.env.FAKE_WORKER_LOG, JSON.stringify({ pid: process.pid, env: process.env, execArgv: process.execArgv }) + '\\n');
process.on('message', (m) => process.send({ type: 'metrics', id: m.id, metrics: [{ name: 'queue_jobs_processed_total', help: 'h', type: 'counter', values: [{ value: 3, labels: {} }], aggregator: 'sum' }] }));
process.on('SIGTERM', () => process.exit(0));
process.send({ type: 'ready', pid: process.pid });
setInterval(() => undefined, 1000);
`;

const services: ResolvedServices = {
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/resolved',
  redisUrl: 'redis://127.0.0.1:6390',
  meilisearch: { url: 'http://127.0.0.1:7790', masterKey: 'resolved-master-key' },
  queuePrefix: 'mine',
  embedded: { database: true, meilisearch: true, redis: true },
  jwtSecret: 'x'.repeat(32),
};

function until(predicate: () => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (predicate()) resolve();
      else if (Date.now() > deadline) reject(new Error('condition not reached'));
      else setTimeout(poll, 20);
    };
    poll();
  });
}

describe('restartDelay', () => {
  it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(restartDelay)).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000]);
  });
});

describe('WorkerSupervisor', () => {
  let supervisor: WorkerSupervisor | undefined;
  afterEach(() => supervisor?.killNow());

  it('starts a lower-priority ROLE=worker child with the resolved services, restarts it when it dies, stops it on request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mcf-supervisor-'));
    const entryPoint = join(dir, 'fake-worker.mjs');
    const log = join(dir, 'starts.log');
    writeFileSync(entryPoint, FAKE_WORKER);
    writeFileSync(log, '');
    const starts = () =>
      readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { pid: number; env: Record<string, string>; execArgv: string[] });
    supervisor = new WorkerSupervisor(new AppConfig(parseConfig({ WORKER_PROCESSES: '1', DEMO_DATA: 'on' }), services));

    supervisor.start(entryPoint, { FAKE_WORKER_LOG: log }, []);
    await until(() => supervisor!.status().ready === 1);
    const [first] = starts();
    expect(first!.env).toMatchObject({
      ROLE: 'worker',
      WORKER_PROCESSES: '0',
      QUEUE_PREFIX: 'mine',
      JWT_SECRET: services.jwtSecret,
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      MEILI_URL: services.meilisearch.url,
      MEILI_MASTER_KEY: 'resolved-master-key',
      DEMO_DATA: 'off',
    });
    expect(getPriority(first!.pid)).toBe(WORKER_NICENESS);
    expect(first!.execArgv).toEqual(WORKER_NODE_FLAGS);
    expect(await supervisor.collectMetrics()).toEqual([[expect.objectContaining({ name: 'queue_jobs_processed_total' })]]);

    process.kill(first!.pid, 'SIGKILL');
    await until(() => supervisor!.status().ready === 0);
    expect(supervisor.status().lastExit).toMatch(/^signal SIGKILL/);
    await until(() => supervisor!.status().ready === 1);
    const second = starts()[1]!;
    expect(second.pid).not.toBe(first!.pid);
    expect(supervisor.status().restarts).toBe(1);

    await supervisor.stop(5000);
    expect(supervisor.status().ready).toBe(0);
    expect(() => process.kill(second.pid, 0)).toThrow();
    await new Promise((r) => setTimeout(r, 1500));
    expect(starts()).toHaveLength(2);
  }, 30_000);

  it('starts nothing with WORKER_PROCESSES=0 or another ROLE', () => {
    for (const env of [{ WORKER_PROCESSES: '0' }, { ROLE: 'api' }, { ROLE: 'worker' }]) {
      const idle = new WorkerSupervisor(new AppConfig(parseConfig(env), services));
      idle.start('/nonexistent/main.js', {}, []);
      expect(idle.supervises).toBe(false);
    }
  });
});
