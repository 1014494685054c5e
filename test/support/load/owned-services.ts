/**
 * PostgreSQL, Redis and Meilisearch servers that a test owns, so that it can stop and restart each one
 * mid-run on the same port and data (the clients reconnect where they expect the server).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  canReachRedis,
  type EmbeddedMeilisearch,
  type EmbeddedPostgres,
  findFreePort,
  startEmbeddedMeilisearch,
  startEmbeddedPostgres,
} from '@mcf/embedded-services';

const quiet = { info: () => undefined, warn: (message: string) => console.warn(message) };

export interface OwnedService {
  readonly name: 'postgres' | 'redis' | 'meilisearch';
  readonly url: string;
  readonly running: boolean;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function ownedPostgres(dir: string): Promise<OwnedService & { adminUrl: string }> {
  const port = await findFreePort();
  let server: EmbeddedPostgres | null = await startEmbeddedPostgres({ dir, log: quiet, port });
  const adminUrl = server.url;
  return {
    name: 'postgres',
    url: adminUrl,
    adminUrl,
    get running() {
      return server !== null;
    },
    // SIGINT: PostgreSQL's fast shutdown, open transactions rolled back, clients cut off.
    stop: async () => {
      await server?.stop();
      server = null;
    },
    start: async () => {
      server ??= await startEmbeddedPostgres({ dir, log: quiet, port });
    },
  };
}

export async function ownedRedis(dir: string): Promise<OwnedService> {
  mkdirSync(dir, { recursive: true });
  const port = await findFreePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    if (child) return;
    // Append-only file: the queues survive a restart, as a production Redis for BullMQ must.
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--appendonly', 'yes', '--save', '', '--maxmemory-policy', 'noeviction'],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 100 && !(await canReachRedis(url, 300)); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await canReachRedis(url, 1000))) throw new Error(`redis-server did not start on ${url}`);
  };
  await start();
  return {
    name: 'redis',
    url,
    get running() {
      return child !== null;
    },
    // SIGTERM: Redis's shutdown, the append-only file flushed.
    stop: async () => {
      const stopping = child;
      child = null;
      if (!stopping || stopping.exitCode !== null) return;
      const exited = new Promise((resolve) => stopping.once('exit', resolve));
      stopping.kill('SIGTERM');
      await exited;
    },
    start,
  };
}

export async function ownedMeilisearch(dir: string): Promise<OwnedService & { masterKey: string }> {
  let server: EmbeddedMeilisearch | null = await startEmbeddedMeilisearch({ dir: join(dir), log: quiet, maxIndexingMemory: '256 MiB' });
  const port = Number(new URL(server.url).port);
  const { url, masterKey } = server;
  return {
    name: 'meilisearch',
    url,
    masterKey,
    get running() {
      return server !== null;
    },
    stop: async () => {
      await server?.stop();
      server = null;
    },
    start: async () => {
      server ??= await startEmbeddedMeilisearch({ dir, log: quiet, port, maxIndexingMemory: '256 MiB' });
    },
  };
}
