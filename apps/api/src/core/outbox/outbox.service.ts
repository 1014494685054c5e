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

  /** Tells the relay that rows may be waiting (after a commit), so it need not wait for its next poll. */
  kick(): void {
    for (const listener of this.listeners) listener();
  }

  onKick(listener: () => void): void {
    this.listeners.add(listener);
  }
}
