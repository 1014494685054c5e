import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DOMAIN_EVENTS, type DomainEvents, type EventName } from '../events/domain-events.js';
import { OutboxEvent } from './outbox-event.entity.js';

/** Records domain events inside the caller's transaction (see OutboxEvent). */
@Injectable()
export class OutboxService {
  private readonly listeners = new Set<() => void>();

  /** Records that `event` happened, in the transaction `manager` belongs to. */
  async record<E extends EventName>(manager: EntityManager, event: E, payload: DomainEvents[E]): Promise<void> {
    const key = DOMAIN_EVENTS[event].key(payload);
    await manager.getRepository(OutboxEvent).insert({ eventName: event, payload: payload as never, key });
  }

  /** Records many events of one kind in one statement (e.g. an email due per notification of a matched demand). */
  async recordMany<E extends EventName>(manager: EntityManager, event: E, payloads: ReadonlyArray<DomainEvents[E]>): Promise<void> {
    if (payloads.length === 0) return;
    const { key } = DOMAIN_EVENTS[event];
    await manager.query(
      `INSERT INTO "outbox_events" ("event_name", "payload", "key")
       SELECT $1, p, k FROM unnest($2::jsonb[], $3::varchar[]) AS j(p, k)`,
      [event, payloads.map((payload) => JSON.stringify(payload)), payloads.map((payload) => key(payload))],
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
