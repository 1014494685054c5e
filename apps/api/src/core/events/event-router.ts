import { Injectable } from '@nestjs/common';
import { JobName } from '../queue/queue.constants.js';
import { DOMAIN_EVENTS, EVENT_NAMES, type EventName, isEventName } from './domain-events.js';
import type { EventSubscription } from './event-subscription.js';

/** One job an outbox row turns into. */
export interface RoutedJob {
  job: JobName;
  data: Record<string, unknown>;
  key: string;
}

const JOB_NAMES = new Set<string>(Object.values(JobName));

/**
 * Which jobs each domain event triggers, as the consuming modules subscribed: the outbox relay asks it
 * what to enqueue for a recorded event. It knows no module; the modules tell it.
 */
@Injectable()
export class EventRouter {
  private readonly subscriptions = new Map<EventName, EventSubscription[]>();

  subscribe(subscriptions: readonly EventSubscription[]): void {
    for (const subscription of subscriptions) {
      for (const event of subscription.events) {
        if (!isEventName(event)) throw new Error(`subscription to unknown event ${event}`);
        const list = this.subscriptions.get(event) ?? [];
        // The outbox id makes a job's id unique per event: one event can trigger a job once only.
        if (list.some((s) => s.job === subscription.job)) throw new Error(`event ${event} triggers job ${subscription.job} twice`);
        list.push(subscription);
        this.subscriptions.set(event, list);
      }
    }
  }

  /** Events that no module consumes and that are not published for outside use. */
  unconsumedEvents(): EventName[] {
    return EVENT_NAMES.filter((event) => !DOMAIN_EVENTS[event].publishedForOutsideUse && !this.subscriptions.has(event));
  }

  /** Throws at start-up when an event has no consumer (and is not published for outside use). */
  assertEveryEventConsumed(): void {
    const missing = this.unconsumedEvents();
    if (missing.length > 0) throw new Error(`no consumer for event(s): ${missing.join(', ')}`);
  }

  /** Events that trigger `job`. */
  eventsTriggering(job: JobName): EventName[] {
    return EVENT_NAMES.filter((event) => this.subscriptions.get(event)?.some((s) => s.job === job));
  }

  /**
   * The jobs one outbox row turns into. A row written before the outbox held events names a job: it is
   * relayed as that job, as it was recorded.
   */
  route(name: string, payload: Record<string, unknown>, key: string): RoutedJob[] {
    if (isEventName(name))
      return (this.subscriptions.get(name) ?? []).map((subscription) => ({
        job: subscription.job,
        data: subscription.data(payload as never),
        key: subscription.key ? subscription.key(payload as never) : key,
      }));
    if (JOB_NAMES.has(name)) return [{ job: name as JobName, data: payload, key }];
    throw new Error(`outbox row names neither an event nor a job: ${name}`);
  }
}
