import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from '@mcf/embedded-services';
import type { TestServices } from './test-services.js';

export const API_MAIN = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningApp {
  baseUrl: string;
  process: ChildProcess;
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** A fresh folder under the run's temp folder that the postgres user can reach (see test-services). */
export function makeDataDir(services: TestServices, name: string): string {
  const dir = mkdtempSync(join(services.tempDir, `${name}-`));
  chmodSync(dir, 0o755);
  return dir;
}

/** The environment that points the built app at this run's services. */
export function appEnvironment(services: TestServices, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    MEILI_URL: services.meiliUrl,
    MEILI_MASTER_KEY: services.meiliMasterKey,
    SEARCH_INDEX_PREFIX: services.indexPrefix,
    QUEUE_PREFIX: services.queuePrefix,
    DATA_DIR: makeDataDir(services, 'app'),
    DEMO_DATA: 'on',
    LOG_LEVEL: 'warn',
    // Black-box suites sign in far more often than a person; the rate-limit test sets its own limit.
    AUTH_RATE_LIMIT: '100000',
    ...extra,
  };
}

/** Runs `node apps/api/dist/main.js` with exactly `env` (plus PATH/HOME) and collects its output. */
export function spawnApp(env: Record<string, string>): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/**
 * Runs a command of the built API (`apps/api/dist/cli/<name>.js`) and waits for it without blocking
 * the event loop: a blocking spawnSync longer than the app's keep-alive timeout leaves the test's
 * fetch a socket the app has already closed, and the next request fails with "other side closed".
 */
export function runApiCli(
  name: string,
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [API_MAIN.replace(/main\.js$/, `cli/${name}.js`), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    }),
  );
}

/** Starts the built app on a free port and waits until /api/health answers 200. */
export async function startApp(env: Record<string, string>, timeoutMs = 90_000): Promise<RunningApp> {
  const port = await findFreePort();
  const { child, output, exited } = spawnApp({ PORT: String(port), HOST: '127.0.0.1', ...env });
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  for (;;) {
    if (exitCode !== undefined) throw new Error(`the app exited with code ${exitCode} during start:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the app did not become healthy within ${timeoutMs} ms:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    baseUrl,
    process: child,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
