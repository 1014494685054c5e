/**
 * The services of one scale benchmark run and their clean-up: a database of its own
 * (`mcf_bench_scale_<id>`), index and queue prefixes of its own, the configured Meilisearch (else an
 * embedded one) and Redis; removed at the end, on failure or on Ctrl-C, unless `keep`.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consoleServiceLog, dropDatabase, locateRedis, type StartedService, startEmbeddedMeilisearch, withDatabase } from '@mcf/embedded-services';
import type pg from 'pg';
import { appEnvironment, type RunningApp } from '../../support/app-process.js';
import { WITHOUT_DEMO_DATA } from '../../support/marketplace.js';
import { removeIndexesAndKeys, removeQueueKeys, type TestServices } from '../../support/test-services.js';

export interface BenchRun {
  runId: string;
  database: string;
  services: TestServices;
  /** The environment that points the built app at this run's services. */
  appEnv(extra?: Record<string, string>): Record<string, string>;
  /** What the run started and must stop: set by the benchmark as it goes. */
  app?: RunningApp;
  pool?: pg.Pool;
  /** Once, whether the run ends, fails or is interrupted (all paths wait for the same clean-up). */
  cleanUp(): Promise<void>;
}

/**
 * `reuse`: the id of a run kept earlier (`--keep`), whose database and indexes are used again as they are
 * (and kept again), so that a figure can be measured twice without generating 10⁵ firms twice.
 */
export async function prepareBenchRun(
  options: { keep: boolean; reuse?: string | null },
  log: (message: string) => void,
): Promise<BenchRun> {
  if (options.reuse && !/^[a-z0-9]+$/.test(options.reuse)) throw new Error(`--reuse takes the id of a kept run, not ${options.reuse}`);
  const runId = options.reuse || `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
  if (options.reuse) options.keep = true;
  const tempDir = mkdtempSync(join(tmpdir(), `mcf-bench-scale-${runId}-`));
  chmodSync(tempDir, 0o755);
  const started: StartedService[] = [];
  const adminDatabaseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let meiliUrl = process.env.MEILI_URL;
  let meiliMasterKey = process.env.MEILI_MASTER_KEY;
  if (!meiliUrl || !meiliMasterKey) {
    const meili = await startEmbeddedMeilisearch({ dir: join(tempDir, 'meilisearch'), log: { info: () => undefined, warn: consoleServiceLog.warn } });
    started.push(meili);
    meiliUrl = meili.url;
    meiliMasterKey = meili.masterKey;
  }
  const redis = await locateRedis({ configuredUrl: process.env.REDIS_URL, dir: join(tempDir, 'redis'), log: consoleServiceLog });
  if (redis.started) started.push(redis.started);
  const database = `mcf_bench_scale_${runId}`;
  const services: TestServices = {
    runId,
    databaseUrl: withDatabase(adminDatabaseUrl, database),
    adminDatabaseUrl,
    redisUrl: redis.url,
    meiliUrl,
    meiliMasterKey,
    indexPrefix: `bench_scale_${runId}_`,
    queuePrefix: `mcf-bench-scale-${runId}`,
    tempDir,
  };
  let cleaning: Promise<void> | undefined;
  const run: BenchRun = {
    runId,
    database,
    services,
    // Tokens outlive a long walk through every page. BENCH_NODE_OPTIONS reaches the app's processes: to see where
    // a burst's CPU goes, `--import <repo>/test/bench/cpu-profile.mjs` (Node refuses `--cpu-prof` in NODE_OPTIONS).
    appEnv: (extra = {}) =>
      appEnvironment(services, {
        ...WITHOUT_DEMO_DATA,
        LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
        ACCESS_TOKEN_TTL_SECONDS: '3600',
        ...(process.env.BENCH_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_NODE_OPTIONS } : {}),
        ...extra,
      }),
    cleanUp: () => (cleaning ??= removeWhatWasMade()),
  };
  const removeWhatWasMade = async () => {
    await run.app?.stop().catch(() => undefined);
    run.app = undefined;
    await run.pool?.end().catch(() => undefined);
    run.pool = undefined;
    if (options.keep) {
      log(`kept: database ${database}, index prefix ${services.indexPrefix}, queue prefix ${services.queuePrefix}, Meilisearch ${meiliUrl}`);
    } else {
      await dropDatabase(adminDatabaseUrl, database).catch((e: Error) => log(`could not drop ${database}: ${e.message}`));
      await removeIndexesAndKeys(services).catch((e: Error) => log(`could not remove indexes: ${e.message}`));
      await removeQueueKeys(services).catch((e: Error) => log(`could not remove queue keys: ${e.message}`));
    }
    for (const service of started.reverse()) if (!options.keep) await service.stop();
    rmSync(tempDir, { recursive: true, force: true });
  };
  const interrupted = () => {
    log('interrupted: cleaning up');
    void run.cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  return run;
}
