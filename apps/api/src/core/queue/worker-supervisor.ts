import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { setPriority } from 'node:os';
import { Injectable, Logger } from '@nestjs/common';
import type { MetricObjectWithValues, MetricValue } from 'prom-client';
import { AppConfig } from '../config/app-config.js';

/** Nice value of the worker processes: on a busy machine the scheduler gives the HTTP process the CPU first. */
export const WORKER_NICENESS = 10;

/**
 * V8 flags of a worker process. Matching allocates short-lived objects for each of thousands of candidates
 * per demand beside a heap of every firm's features (about 1 GB at 10⁵ firms); with V8's default young
 * generation (16 MB semi-spaces) many of them survived into the old generation and the collector took 13–16 %
 * of a burst's matching time, with 64 MB 9 % (bench:matching:scale, 10⁵ firms, CPU profiles of the worker:
 * 2.9–3.2 s against 1.2 s for the same 50 demands).
 * A worker started on its own (ROLE=worker in infra/) is given the same flags by its command.
 */
export const WORKER_NODE_FLAGS = ['--max-semi-space-size=64'];

/** A worker process that stays up this long is healthy again: its next crash restarts it after 1 s. */
const STABLE_AFTER_MS = 60_000;
const METRICS_TIMEOUT_MS = 2000;

export type WorkerMetrics = MetricObjectWithValues<MetricValue<string>>[];

/** Messages on the IPC channel between the API process and its worker processes. */
export type ToWorker = { type: 'metrics'; id: number };
export type FromWorker =
  { type: 'ready'; pid: number } | { type: 'metrics'; id: number; metrics: WorkerMetrics };

/** 1 s, 2 s, 4 s … at most 30 s between restarts of a worker process that keeps exiting. */
export function restartDelay(consecutiveFailures: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, consecutiveFailures - 1));
}

interface Slot {
  index: number;
  child: ChildProcess | null;
  ready: boolean;
  startedAt: number;
  failures: number;
  restarts: number;
  lastExit: string | null;
  timer: NodeJS.Timeout | null;
}

export interface WorkerProcessesStatus {
  wanted: number;
  ready: number;
  restarts: number;
  lastExit: string | null;
}

/**
 * With ROLE=all the API process runs no job itself: it starts WORKER_PROCESSES children of the same
 * entry point with ROLE=worker and the services it resolved (so embedded ones are shared, not started
 * twice), at a lower CPU priority; restarts a child that exits unexpectedly, with a back-off; and stops
 * them on shutdown. A child whose parent disappears stops itself (main.ts).
 */
@Injectable()
export class WorkerSupervisor {
  private readonly logger = new Logger('Workers');
  private readonly slots: Slot[] = [];
  private stopping = false;
  private nextRequest = 0;
  private readonly pending = new Map<number, (metrics: WorkerMetrics) => void>();
  private launch: { entryPoint: string; execArgv: string[]; env: NodeJS.ProcessEnv } | null = null;

  constructor(private readonly config: AppConfig) {}

  get supervises(): boolean {
    return this.slots.length > 0;
  }

  /** Starts the worker processes; `env` is this process's environment, passed on with ROLE=worker. */
  start(entryPoint: string, env: NodeJS.ProcessEnv, execArgv: string[] = process.execArgv): void {
    const wanted = this.config.workerProcesses;
    if (wanted === 0 || this.slots.length > 0) return;
    const { databaseUrl, redisUrl, meilisearch } = this.config.services;
    this.launch = {
      entryPoint,
      execArgv: [...execArgv, ...WORKER_NODE_FLAGS.filter((flag) => !execArgv.some((given) => given.startsWith(flag.split('=')[0]!)))],
      env: {
        ...env,
        ROLE: 'worker',
        WORKER_PROCESSES: '0',
        // The services this process resolved, so that the children use the embedded ones it started.
        DATABASE_URL: databaseUrl,
        REDIS_URL: redisUrl,
        MEILI_URL: meilisearch.url,
        MEILI_MASTER_KEY: meilisearch.masterKey ?? '',
        MEILI_API_KEY: meilisearch.apiKey ?? '',
        // The secret this process uses (generated into DATA_DIR unless set): ROLE=worker outside development needs it.
        JWT_SECRET: this.config.services.jwtSecret,
        // The prefix this process settled (derived from the database unless set): the children's is the same.
        QUEUE_PREFIX: this.config.queuePrefix,
        // What only one process must do at start, this one has done.
        DEMO_DATA: 'off',
        BOOTSTRAP_ADMIN_EMAIL: '',
        BOOTSTRAP_ADMIN_PASSWORD: '',
      },
    };
    for (let index = 0; index < wanted; index++) {
      const slot: Slot = {
        index,
        child: null,
        ready: false,
        startedAt: 0,
        failures: 0,
        restarts: 0,
        lastExit: null,
        timer: null,
      };
      this.slots.push(slot);
      this.spawn(slot);
    }
  }

  /** Resolves once every worker process has said it is ready, or after `timeoutMs` (whichever is first). */
  async whenReady(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.slots.every((slot) => slot.ready)) {
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return true;
  }

  status(): WorkerProcessesStatus {
    return {
      wanted: this.slots.length,
      ready: this.slots.filter((slot) => slot.ready).length,
      restarts: this.slots.reduce((sum, slot) => sum + slot.restarts, 0),
      lastExit: this.slots.map((slot) => slot.lastExit).find((exit) => exit !== null) ?? null,
    };
  }

  /** The Prometheus metrics of every running worker process (those that answer within 2 s). */
  async collectMetrics(): Promise<WorkerMetrics[]> {
    const running = this.slots.flatMap((slot) => (slot.child?.connected && slot.ready ? [slot.child] : []));
    const answers = await Promise.all(running.map((child) => this.requestMetrics(child)));
    return answers.filter((metrics): metrics is WorkerMetrics => metrics !== null);
  }

  /** SIGTERM to every worker process (they finish their active jobs), SIGKILL to those still there after `timeoutMs`. */
  async stop(timeoutMs: number): Promise<void> {
    this.stopping = true;
    const running: ChildProcess[] = [];
    for (const slot of this.slots) {
      if (slot.timer) clearTimeout(slot.timer);
      if (slot.child && slot.child.exitCode === null && slot.child.signalCode === null)
        running.push(slot.child);
    }
    await Promise.all(
      running.map(
        (child) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => {
              this.logger.warn(`worker process ${child.pid} did not stop within ${timeoutMs} ms: killing it`);
              child.kill('SIGKILL');
            }, timeoutMs);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }

  /** Last resort when this process exits without a graceful stop: no worker process outlives it. */
  killNow(): void {
    this.stopping = true;
    for (const slot of this.slots) {
      if (slot.child && slot.child.exitCode === null && slot.child.signalCode === null)
        slot.child.kill('SIGKILL');
    }
  }

  private spawn(slot: Slot): void {
    const launch = this.launch!;
    const child = spawn(process.execPath, [...launch.execArgv, launch.entryPoint], {
      env: launch.env,
      // Logs go where ours go; the IPC channel carries readiness and metrics, and tells the child when we are gone.
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    slot.child = child;
    slot.ready = false;
    slot.startedAt = Date.now();
    if (child.pid !== undefined) lowerPriority(child.pid, this.logger);
    child.on('message', (message: FromWorker) => {
      if (message.type === 'ready') {
        slot.ready = true;
        // Threads the runtime started before our first renice keep the old priority: renice them all now.
        if (child.pid !== undefined) lowerPriority(child.pid, this.logger);
        this.logger.log(`worker process ${child.pid} ready (nice ${WORKER_NICENESS})`);
      } else if (message.type === 'metrics') {
        this.pending.get(message.id)?.(message.metrics);
      }
    });
    child.on('error', (error) => this.logger.error(`worker process could not be started: ${error.message}`));
    child.on('exit', (code, signal) => {
      slot.child = null;
      slot.ready = false;
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      if (this.stopping) return;
      slot.lastExit = `${how} at ${new Date().toISOString()}`;
      if (Date.now() - slot.startedAt > STABLE_AFTER_MS) slot.failures = 0;
      slot.failures += 1;
      const delay = restartDelay(slot.failures);
      this.logger.error(
        `worker process ${child.pid} exited unexpectedly (${how}): restarting it in ${delay / 1000} s`,
      );
      slot.timer = setTimeout(() => {
        slot.timer = null;
        if (this.stopping) return;
        slot.restarts += 1;
        this.spawn(slot);
      }, delay);
    });
  }

  private requestMetrics(child: ChildProcess): Promise<WorkerMetrics | null> {
    const id = ++this.nextRequest;
    return new Promise((resolve) => {
      const done = (metrics: WorkerMetrics | null) => {
        clearTimeout(timer);
        this.pending.delete(id);
        resolve(metrics);
      };
      const timer = setTimeout(() => done(null), METRICS_TIMEOUT_MS);
      this.pending.set(id, done);
      const request: ToWorker = { type: 'metrics', id };
      child.send(request, (error) => {
        if (error) done(null);
      });
    });
  }
}

/** Renices a process; on Linux every thread of it, since a nice value belongs to a thread there. */
function lowerPriority(pid: number, logger: Logger): void {
  let threads = [pid];
  try {
    threads = readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    // not Linux, or the process is gone: the pid alone
  }
  for (const thread of threads) {
    try {
      setPriority(thread, WORKER_NICENESS);
    } catch (error) {
      if ((error as Error).message.includes('ESRCH')) continue; // a thread that has just ended
      logger.warn(`could not lower the priority of worker process ${pid}: ${(error as Error).message}`);
      return;
    }
  }
}

/**
 * The worker process's side of the IPC channel (when an API process started it): says when it is ready
 * and answers metric requests. (main.ts stops the process when the channel closes.)
 */
export function serveParent(collect: () => Promise<WorkerMetrics>): void {
  if (!process.send) return;
  process.on('message', (message: ToWorker) => {
    if (message?.type !== 'metrics') return;
    void collect().then(
      (metrics) => process.send?.({ type: 'metrics', id: message.id, metrics } satisfies FromWorker),
      () => process.send?.({ type: 'metrics', id: message.id, metrics: [] } satisfies FromWorker),
    );
  });
  process.send({ type: 'ready', pid: process.pid } satisfies FromWorker);
}
