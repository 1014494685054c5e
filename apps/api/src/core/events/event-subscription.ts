import type { Provider } from '@nestjs/common';
import type { JobName } from '../queue/queue.constants.js';
import type { DomainEvents, EventName } from './domain-events.js';
import { EventRouter } from './event-router.js';

/**
 * A consumer's declaration that some events trigger one of its jobs: `data` gives the job's payload from
 * the event's, and `key` the job's key (its id is the job name, this key and the outbox id; the event's
 * key when left out).
 */
export interface EventSubscription {
  readonly events: readonly EventName[];
  readonly job: JobName;
  readonly data: (payload: never) => Record<string, unknown>;
  readonly key?: (payload: never) => string;
}

/** A subscription, typed by its events: `data` and `key` see the payload the events have in common. */
export function subscribe<E extends EventName>(
  events: E | readonly E[],
  job: JobName,
  options: {
    data: (payload: DomainEvents[E]) => Record<string, unknown>;
    key?: (payload: DomainEvents[E]) => string;
  },
): EventSubscription {
  return { events: typeof events === 'string' ? [events] : [...events], job, data: options.data, key: options.key };
}

/**
 * The provider a consuming module lists to register its subscriptions with the router at start, in every
 * process role (whichever process relays the outbox routes every event).
 */
export function eventSubscriptions(owner: string, subscriptions: readonly EventSubscription[]): Provider {
  return {
    provide: Symbol(`event subscriptions of ${owner}`),
    inject: [EventRouter],
    useFactory: (router: EventRouter) => {
      router.subscribe(subscriptions);
      return subscriptions;
    },
  };
}
