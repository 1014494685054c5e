import { type ChildProcess, spawn, type SpawnOptions } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/**
 * Spawns a service in its own process group, so that a Ctrl-C in the terminal reaches only our
 * process, which then drains requests before it stops the services in order. If this process dies
 * without that, the `exit` hook still kills what it started.
 */
export function spawnService(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  child.once('exit', () => running.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const proc of running) {
        try {
          if (proc.pid !== undefined) process.kill(-proc.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    });
  }
  return child;
}

/** Sends `signal`, waits for the process to exit, and kills it after `timeoutMs`. */
export function stopChild(child: ChildProcess, signal: NodeJS.Signals, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        child.kill('SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads the pid a previous run left behind; stops that process if it still runs (e.g. after a kill -9). */
export async function stopLeftoverProcess(pidFile: string, signal: NodeJS.Signals, log: (m: string) => void) {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  log(`stopping a process left over from an earlier run (pid ${pid})`);
  process.kill(pid, signal);
  for (let i = 0; i < 100 && isProcessAlive(pid); i++) await delay(100);
  if (isProcessAlive(pid)) process.kill(pid, 'SIGKILL');
}

export function writePidFile(pidFile: string, pid: number | undefined) {
  if (pid !== undefined) writeFileSync(pidFile, `${pid}\n`);
}

export function removeFile(file: string) {
  rmSync(file, { force: true });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
