import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { delay, spawnService, stopChild } from './child-process.util.js';
import { findFreePort } from './free-port.util.js';
import { type ServiceLog, ServiceUnavailableError, type StartedService } from './service-log.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const REDIS_INSTALL_HINT =
  'Redis 7 is needed and none was found: set REDIS_URL, start Redis on 127.0.0.1:6379, or install it ' +
  '(Debian/Ubuntu: `apt-get install redis-server`; macOS: `brew install redis`) so that `redis-server` is on PATH.';

export interface RedisLocation {
  url: string;
  /** Set when this process started its own redis-server. */
  started?: StartedService;
}

export async function canReachRedis(url: string, timeoutMs = 1500): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
    return true;
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/**
 * REDIS_URL when given (it must answer); else 127.0.0.1:6379 when something answers there; else a
 * redis-server from PATH on a free port with its data in `dir`; else an error saying what to install.
 */
export async function locateRedis(options: { configuredUrl?: string; dir: string; log: ServiceLog }): Promise<RedisLocation> {
  if (options.configuredUrl) {
    if (!(await canReachRedis(options.configuredUrl))) {
      throw new ServiceUnavailableError('redis', `Redis at REDIS_URL (${redact(options.configuredUrl)}) does not answer.`);
    }
    return { url: options.configuredUrl };
  }
  if (await canReachRedis(DEFAULT_REDIS_URL)) {
    options.log.info(`Redis found on ${DEFAULT_REDIS_URL}`);
    return { url: DEFAULT_REDIS_URL };
  }
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) throw new ServiceUnavailableError('redis', REDIS_INSTALL_HINT);

  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true });
  const port = await findFreePort();
  const url = `redis://127.0.0.1:${port}`;
  const logStream = createWriteStream(join(dir, 'redis.log'), { flags: 'a' });
  const child = spawnService(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--maxmemory-policy', 'noeviction', '--save', ''],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(logStream);
  child.stderr?.pipe(logStream);
  for (let i = 0; i < 100; i++) {
    if (await canReachRedis(url, 500)) {
      options.log.info(`Redis (redis-server from PATH) listening on ${url}, data in ${dir}`);
      return {
        url,
        started: {
          name: 'redis',
          url,
          stop: async () => {
            await stopChild(child, 'SIGTERM', 10_000);
            logStream.end();
          },
        },
      };
    }
    if (child.exitCode !== null) break;
    await delay(100);
  }
  await stopChild(child, 'SIGKILL', 1000);
  throw new ServiceUnavailableError('redis', `redis-server did not start; see ${join(dir, 'redis.log')}. ${REDIS_INSTALL_HINT}`);
}

function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
