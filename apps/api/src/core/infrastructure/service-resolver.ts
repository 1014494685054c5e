import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ensureDatabase,
  type ServiceLog,
  type StartedService,
  locateRedis,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
  withDatabase,
} from '@mcf/embedded-services';
import type { ResolvedServices } from '../config/app-config.js';
import type { ConfigValues } from '../config/config.schema.js';

export interface ServiceResolution {
  /** All but the queue prefix, which needs the migrated database (main.ts derives it). */
  services: Omit<ResolvedServices, 'queuePrefix'>;
  /** What this process started itself and must stop, in start order. */
  started: StartedService[];
}

/**
 * Uses each service that is configured and starts an embedded one for each that is not:
 * PostgreSQL (DATABASE_URL), Meilisearch (MEILI_URL), Redis (REDIS_URL, 127.0.0.1:6379, redis-server).
 */
export async function resolveServices(config: ConfigValues, dataDir: string, log: ServiceLog): Promise<ServiceResolution> {
  const started: StartedService[] = [];
  try {
    let databaseUrl = config.DATABASE_URL;
    if (!databaseUrl) {
      const postgres = await startEmbeddedPostgres({ dir: join(dataDir, 'postgres'), log });
      started.push(postgres);
      await ensureDatabase(postgres.url, config.EMBEDDED_DATABASE_NAME);
      databaseUrl = withDatabase(postgres.url, config.EMBEDDED_DATABASE_NAME);
    }

    let meilisearch: ResolvedServices['meilisearch'];
    if (config.MEILI_URL) {
      meilisearch = { url: config.MEILI_URL, masterKey: config.MEILI_MASTER_KEY, apiKey: config.MEILI_API_KEY };
    } else {
      const embedded = await startEmbeddedMeilisearch({ dir: join(dataDir, 'meilisearch'), log, maxIndexingMemory: config.MEILI_MAX_INDEXING_MEMORY });
      started.push(embedded);
      meilisearch = { url: embedded.url, masterKey: embedded.masterKey };
    }

    const redis = await locateRedis({ configuredUrl: config.REDIS_URL, dir: join(dataDir, 'redis'), log });
    if (redis.started) started.push(redis.started);

    return {
      services: {
        databaseUrl,
        redisUrl: redis.url,
        meilisearch,
        embedded: { database: !config.DATABASE_URL, meilisearch: !config.MEILI_URL, redis: Boolean(redis.started) },
        jwtSecret: config.JWT_SECRET ?? localSecret(dataDir, 'jwt-secret', log),
      },
      started,
    };
  } catch (error) {
    await stopServices(started);
    throw error;
  }
}

/** Stops started services in reverse order of start. */
export async function stopServices(started: StartedService[]): Promise<void> {
  for (const service of [...started].reverse()) {
    await service.stop().catch(() => undefined);
  }
}

/** A secret generated on first use and kept (mode 0600) in DATA_DIR, so that restarts keep sessions valid. */
function localSecret(dataDir: string, name: string, log: ServiceLog): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
    log.info(`generated ${name} in ${dataDir}; set JWT_SECRET when running more than one API replica`);
  }
  return readFileSync(file, 'utf8').trim();
}
