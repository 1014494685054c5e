import { describe, expect, it } from 'vitest';
import { JobName } from '../queue/queue.constants.js';
import { EVENT_NAMES } from './domain-events.js';
import { EventRouter } from './event-router.js';
import { subscribe } from './event-subscription.js';

const everyEventToOneJob = () =>
  // A subscription to every event, so that only the one under test is missing.
  EVENT_NAMES.map((event) => subscribe(event, JobName.WORKER_HEARTBEAT, { data: () => ({}) }));

describe('EventRouter', () => {
  it('turns an event into each subscriber job, with its payload and key (the event key unless the subscription keys it)', () => {
    const router = new EventRouter();
    router.subscribe([
      subscribe('demand.published', JobName.INDEX_DEMAND, { data: (e) => ({ demandId: e.demandId }) }),
      subscribe('demand.published', JobName.MATCH_DEMAND, {
        data: (e) => ({ demandId: e.demandId, version: e.version }),
        key: (e) => `${e.demandId}.v${e.version}`,
      }),
    ]);
    expect(router.route('demand.published', { demandId: 'd1', version: 3 }, 'd1')).toEqual([
      { job: JobName.INDEX_DEMAND, data: { demandId: 'd1' }, key: 'd1' },
      { job: JobName.MATCH_DEMAND, data: { demandId: 'd1', version: 3 }, key: 'd1.v3' },
    ]);
    expect(router.eventsTriggering(JobName.MATCH_DEMAND)).toEqual(['demand.published']);
    expect(router.route('demand.ended', { demandId: 'd1' }, 'd1')).toEqual([]);
  });

  it('relays a row recorded before the outbox held events as the job it names', () => {
    const router = new EventRouter();
    expect(router.route(JobName.INDEX_DEMAND, { demandId: 'd1' }, 'd1')).toEqual([
      { job: JobName.INDEX_DEMAND, data: { demandId: 'd1' }, key: 'd1' },
    ]);
  });

  it('refuses a row that names neither an event nor a job', () => {
    expect(() => new EventRouter().route('demand.vanished', {}, 'x')).toThrow(/neither an event nor a job: demand\.vanished/);
  });

  it('refuses a subscription to an unknown event, and one event triggering the same job twice', () => {
    const router = new EventRouter();
    expect(() => router.subscribe([{ events: ['demand.vanished' as never], job: JobName.INDEX_DEMAND, data: () => ({}) }])).toThrow(
      /unknown event demand\.vanished/,
    );
    router.subscribe([subscribe('offer.published', JobName.INDEX_OFFER, { data: (e) => ({ offerId: e.offerId }) })]);
    expect(() => router.subscribe([subscribe('offer.published', JobName.INDEX_OFFER, { data: (e) => ({ offerId: e.offerId }) })])).toThrow(
      /offer\.published triggers job index-offer twice/,
    );
  });

  it('fails the start-up check when an event has no consumer, naming it', () => {
    const router = new EventRouter();
    router.subscribe(everyEventToOneJob().filter((s) => !s.events.includes('talent.need-posted')));
    expect(router.unconsumedEvents()).toEqual(['talent.need-posted']);
    expect(() => router.assertEveryEventConsumed()).toThrow('no consumer for event(s): talent.need-posted');
    router.subscribe([subscribe('talent.need-posted', JobName.MATCH_TALENT_NEED, { data: (e) => ({ needId: e.needId }) })]);
    expect(() => router.assertEveryEventConsumed()).not.toThrow();
  });
});
