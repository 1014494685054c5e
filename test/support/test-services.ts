import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  consoleServiceLog,
  dropDatabase,
  ensureDatabase,
  locateRedis,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  type StartedService,
  withDatabase,
} from '@mcf/embedded-services';
import { Redis } from 'ioredis';
import { Meilisearch } from 'meilisearch';

/** What one test run uses; serialisable, so the global setup can hand it to the test files. */
export interface TestServices {
  runId: string;
  databaseUrl: string;
  adminDatabaseUrl: string;
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  indexPrefix: string;
  queuePrefix: string;
  tempDir: string;
}

export interface TestServicesHandle {
  services: TestServices;
  teardown(): Promise<void>;
}

/**
 * Uses DATABASE_URL / MEILI_URL + MEILI_MASTER_KEY / REDIS_URL where set (CI), else starts the same
 * embedded services as `npm start`; then makes this run's own database, index and queue prefixes.
 */
export async function setUpTestServices(): Promise<TestServicesHandle> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const tempDir = mkdtempSync(join(tmpdir(), `mcf-test-${runId}-`));
  // Run as root, embedded PostgreSQL runs as the postgres user, which must be able to reach its folder.
  chmodSync(tempDir, 0o755);
  const started: StartedService[] = [];
  const log = { info: () => undefined, warn: consoleServiceLog.warn };

  let adminDatabaseUrl = process.env.DATABASE_URL;
  if (!adminDatabaseUrl) {
    const postgres = await startEmbeddedPostgres({ dir: join(tempDir, 'postgres'), log });
    started.push(postgres);
    adminDatabaseUrl = postgres.url;
  }
  let meiliUrl = process.env.MEILI_URL;
  let meiliMasterKey = process.env.MEILI_MASTER_KEY;
  if (!meiliUrl || !meiliMasterKey) {
    const meilisearch = await startEmbeddedMeilisearch({ dir: join(tempDir, 'meilisearch'), log });
    started.push(meilisearch);
    meiliUrl = meilisearch.url;
    meiliMasterKey = meilisearch.masterKey;
  }
  const redis = await locateRedis({ configuredUrl: process.env.REDIS_URL, dir: join(tempDir, 'redis'), log });
  if (redis.started) started.push(redis.started);

  const databaseName = `mcf_test_${runId}`;
  await ensureDatabase(adminDatabaseUrl, databaseName);
  const services: TestServices = {
    runId,
    databaseUrl: withDatabase(adminDatabaseUrl, databaseName),
    adminDatabaseUrl,
    redisUrl: redis.url,
    meiliUrl,
    meiliMasterKey,
    indexPrefix: `t${runId}_`,
    queuePrefix: `mcf-test-${runId}`,
    tempDir,
  };

  return {
    services,
    teardown: async () => {
      await dropDatabase(adminDatabaseUrl, databaseName).catch((e: Error) => console.warn(`could not drop ${databaseName}: ${e.message}`));
      await removeIndexesAndKeys(services).catch((e: Error) => console.warn(`could not remove test indexes: ${e.message}`));
      await removeQueueKeys(services).catch((e: Error) => console.warn(`could not remove test queue keys: ${e.message}`));
      for (const service of started.reverse()) await service.stop();
      rmSync(tempDir, { recursive: true, force: true });
    },
  };
}

export async function removeIndexesAndKeys(services: Pick<TestServices, 'meiliUrl' | 'meiliMasterKey' | 'indexPrefix'>) {
  const admin = new Meilisearch({ host: services.meiliUrl, apiKey: services.meiliMasterKey });
  const indexes = await admin.getRawIndexes({ limit: 1000 });
  for (const index of indexes.results.filter((i) => i.uid.startsWith(services.indexPrefix))) {
    await admin.deleteIndex(index.uid).waitTask({ timeout: 30_000 });
  }
  const keys = await admin.getKeys({ limit: 1000 });
  for (const key of keys.results.filter((k) => k.indexes.includes(`${services.indexPrefix}*`))) {
    await admin.deleteKey(key.uid);
  }
}

export async function removeQueueKeys(services: Pick<TestServices, 'redisUrl' | 'queuePrefix'>) {
  const client = new Redis(services.redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${services.queuePrefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await client.del(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}
