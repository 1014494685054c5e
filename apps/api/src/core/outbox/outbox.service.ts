import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobName } from '../queue/queue.constants.js';
import { OutboxEvent } from './outbox-event.entity.js';

/** Records follow-up jobs inside the caller's transaction (see OutboxEvent). */
@Injectable()
export class OutboxService {
  private readonly listeners = new Set<() => void>();

  /** Adds a job to the outbox of the transaction `manager` belongs to. */
  async add(
    manager: EntityManager,
    jobName: JobName,
    payload: Record<string, unknown>,
    dedupKey: string,
  ): Promise<void> {
    await manager.getRepository(OutboxEvent).insert({ jobName, payload: payload as never, dedupKey });
  }

  /** Adds many jobs of one kind in one statement (e.g. an email per notification of a matched demand). */
  async addMany(
    manager: EntityManager,
    jobName: JobName,
    jobs: ReadonlyArray<{ payload: Record<string, unknown>; dedupKey: string }>,
  ): Promise<void> {
    if (jobs.length === 0) return;
    await manager.query(
      `INSERT INTO "outbox_events" ("job_name", "payload", "dedup_key")
       SELECT $1, p, k FROM unnest($2::jsonb[], $3::varchar[]) AS j(p, k)`,
      [jobName, jobs.map((job) => JSON.stringify(job.payload)), jobs.map((job) => job.dedupKey)],
    );
  }

  /** Tells the relay that rows may be waiting (after a commit), so it need not wait for its next poll. */
  kick(): void {
    for (const listener of this.listeners) listener();
  }

  onKick(listener: () => void): void {
    this.listeners.add(listener);
  }
}
