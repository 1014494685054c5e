import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EventRouter } from '../events/event-router.js';
import { jobIdFor, QUEUE_OF_JOB, PERSISTENT_RETRY } from '../queue/queue.constants.js';
import { Queues } from '../queue/queues.js';
import { OutboxService } from './outbox.service.js';

const BATCH = 200;
const POLL_MS = 500;
const ENQUEUE_TIMEOUT_MS = 5000;
const KEEP_DISPATCHED_MS = 7 * 24 * 3600 * 1000;

interface PendingRow {
  id: string;
  event_name: string;
  payload: Record<string, unknown>;
  key: string;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Redis did not accept the job within ${ms} ms`)), ms);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/**
 * Turns committed outbox rows (domain events) into their subscribers' jobs, in outbox order. Rows are
 * locked with SKIP LOCKED, so several processes can relay at once; a row is marked dispatched only in the
 * transaction whose enqueues all succeeded, and each job's id (job name, key, outbox id) makes a repeated
 * enqueue after a crash a no-op. While Redis is down the rows simply wait.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private failing = false;
  private lastCleanup = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: Queues,
    private readonly router: EventRouter,
    outbox: OutboxService,
  ) {
    outbox.onKick(() => this.trigger());
  }

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => this.trigger(), POLL_MS);
    this.timer.unref();
  }

  /** Runs a relay pass now, or right after the current one. */
  trigger(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.trigger();
      } else {
        this.schedule();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (!this.stopped && (await this.relayBatch()) === BATCH) {
        // a full batch: there may be more
      }
      if (this.failing) this.logger.log('outbox relay recovered: jobs are being enqueued again');
      this.failing = false;
      await this.cleanup();
    } catch (error) {
      if (!this.failing) this.logger.warn(`outbox relay paused, will retry: ${(error as Error).message}`);
      this.failing = true;
    }
  }

  /** Enqueues one batch of committed rows; returns how many. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT "id", "event_name", "payload", "key" FROM "outbox_events" WHERE "dispatched_at" IS NULL ORDER BY "id" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      );
      if (rows.length === 0) return 0;
      for (const row of rows) {
        for (const { job, data, key } of this.router.route(row.event_name, row.payload, row.key)) {
          await withTimeout(
            this.queues.of(QUEUE_OF_JOB[job]).add(
              job,
              { ...data, outboxId: row.id },
              { jobId: jobIdFor(job, `${key}.${row.id}`), ...PERSISTENT_RETRY },
            ),
            ENQUEUE_TIMEOUT_MS,
          );
        }
      }
      await manager.query(
        `UPDATE "outbox_events" SET "dispatched_at" = now() WHERE "id" = ANY($1::bigint[])`,
        [rows.map((r) => r.id)],
      );
      return rows.length;
    });
  }

  private async cleanup(): Promise<void> {
    if (Date.now() - this.lastCleanup < 3600_000) return;
    this.lastCleanup = Date.now();
    await this.dataSource.query(`DELETE FROM "outbox_events" WHERE "dispatched_at" < $1`, [
      new Date(Date.now() - KEEP_DISPATCHED_MS),
    ]);
  }
}
