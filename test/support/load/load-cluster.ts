/**
 * The processes of a multi-process load run: API processes (ROLE=api) and worker processes
 * (ROLE=worker) of the built app on one database, Redis and Meilisearch, one JWT secret, each with a
 * port and data folder of its own, behind a round-robin proxy; any of them can be killed with SIGKILL.
 */
import type { ChildProcess } from 'node:child_process';
import { type RunningApp, spawnApp, startApp } from '../app-process.js';
import { type RoundRobinProxy, startRoundRobinProxy } from './round-robin-proxy.js';

export interface LoadWorker {
  child: ChildProcess;
  output(): string;
}

export interface LoadCluster {
  apis: RunningApp[];
  workers: LoadWorker[];
  proxy: RoundRobinProxy;
  /** SIGKILL, as an out-of-memory kill or a lost node would: no drain, no clean-up. */
  kill(process: ChildProcess): Promise<void>;
  stop(): Promise<void>;
}

export const LOAD_JWT_SECRET = 'load-test-replicas-share-this-secret-0123456789';

/**
 * Starts the first API alone (it migrates and makes the administrator), then the other APIs and the
 * workers; `env(name)` gives each process its environment (its own DATA_DIR).
 */
export async function startLoadCluster(
  env: (name: string) => Record<string, string>,
  counts: { apis: number; workers: number },
  proxyPort = 0,
): Promise<LoadCluster> {
  const apis: RunningApp[] = [];
  const workers: LoadWorker[] = [];
  let proxy: RoundRobinProxy | undefined;
  const stop = async () => {
    await proxy?.close();
    for (const worker of workers) if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGTERM');
    await Promise.all(apis.map((api) => api.stop()));
    await Promise.all(workers.map((w) => (w.child.exitCode === null && w.child.signalCode === null ? new Promise((r) => w.child.once('exit', r)) : undefined)));
  };
  try {
    const apiEnv = (i: number) => ({ ...env(`api${i + 1}`), ROLE: 'api', JWT_SECRET: LOAD_JWT_SECRET });
    apis.push(await startApp(apiEnv(0), 180_000));
    for (let i = 0; i < counts.workers; i++) {
      const { child, output } = spawnApp({ ...env(`worker${i + 1}`), ROLE: 'worker', JWT_SECRET: LOAD_JWT_SECRET });
      workers.push({ child, output });
    }
    apis.push(...(await Promise.all(Array.from({ length: counts.apis - 1 }, (_, i) => startApp(apiEnv(i + 1), 180_000)))));
    proxy = await startRoundRobinProxy(
      apis.map((api) => api.baseUrl),
      proxyPort,
    );
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
  return {
    apis,
    workers,
    proxy,
    kill: async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    stop,
  };
}
