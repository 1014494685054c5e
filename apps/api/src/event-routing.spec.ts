import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DOMAIN_EVENTS, type DomainEvents, EVENT_NAMES, type EventName } from './core/events/domain-events.js';
import { EventRouter } from './core/events/event-router.js';
import type { EventSubscription } from './core/events/event-subscription.js';

const MODULES = join(dirname(fileURLToPath(import.meta.url)), 'modules');

/** Every `<module>.subscriptions.ts` under modules/, with the subscription lists it exports. */
async function subscriptionFiles(): Promise<Array<{ folder: string; name: string; subscriptions: EventSubscription[] }>> {
  const found: Array<{ folder: string; name: string; subscriptions: EventSubscription[] }> = [];
  for (const folder of readdirSync(MODULES)) {
    for (const file of readdirSync(join(MODULES, folder)).filter((f) => f.endsWith('.subscriptions.ts'))) {
      const exports = (await import(join(MODULES, folder, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(exports))
        if (name.endsWith('_SUBSCRIPTIONS')) found.push({ folder, name, subscriptions: value as EventSubscription[] });
    }
  }
  return found;
}

async function routerOfAllModules(): Promise<EventRouter> {
  const router = new EventRouter();
  for (const { subscriptions } of await subscriptionFiles()) router.subscribe(subscriptions);
  return router;
}

/** One payload of each event, to route. */
const SAMPLES: { [E in EventName]: DomainEvents[E] } = {
  'demand.published': { demandId: 'd1', version: 2 },
  'demand.ended': { demandId: 'd1' },
  'demand.firm-invited': { demandId: 'd1', organizationId: 'o1' },
  'demand.response-shortlisted': { demandId: 'd1', organizationId: 'o1' },
  'demand.awarded': { demandId: 'd1', organizationId: 'o1' },
  'demand.matches-outdated': { demandId: 'd1', version: 2, vocabularyVersion: 'v9' },
  'enterprise.profile-published': { organizationId: 'o1', publishedVersion: 4 },
  'enterprise.profile-reconfirmed': { organizationId: 'o1' },
  'enterprise.profile-published-by-platform': { organizationId: 'o1' },
  'enterprise.status-changed': { organizationId: 'o1' },
  'certificate.approved': { organizationId: 'o1', qualificationId: 'q1' },
  'certificate.reopened': { organizationId: 'o1', qualificationId: 'q1' },
  'certificate.expired': { organizationId: 'o1', qualificationId: 'q1' },
  'notification.email-due': { notificationId: 'n1' },
  'claim.email-due': { claimId: 'c1', step: 'APPROVED' },
  'vocabulary.changed': { suggestionId: 's1', terms: ['制氧机'] },
  'offer.published': { offerId: 'f1', version: 3 },
  'offer.withdrawn': { offerId: 'f1' },
  'talent.profile-changed': { profileId: 'p1' },
  'talent.need-posted': { needId: 'n1' },
};

const firmChanged = [
  { job: 'index-enterprise', data: { organizationId: 'o1' }, key: 'o1' },
  { job: 'match-enterprise', data: { organizationId: 'o1' }, key: 'o1' },
];

/**
 * The jobs each event triggers, with their payloads and keys: the jobs (and job ids) the producers named
 * themselves before events, so that behaviour is unchanged.
 */
const EXPECTED: { [E in EventName]: Array<{ job: string; data: Record<string, unknown>; key: string }> } = {
  'demand.published': [
    { job: 'index-demand', data: { demandId: 'd1' }, key: 'd1' },
    { job: 'match-demand', data: { demandId: 'd1', version: 2 }, key: 'd1.v2' },
    { job: 'check-demand-alerts', data: { demandId: 'd1' }, key: 'd1.v2' },
    { job: 'mine-vocabulary-text', data: { sourceKind: 'DEMAND', sourceId: 'd1' }, key: 'd1.v2' },
  ],
  'demand.ended': [{ job: 'index-demand', data: { demandId: 'd1' }, key: 'd1' }],
  'demand.firm-invited': [
    { job: 'index-demand', data: { demandId: 'd1' }, key: 'd1' },
    { job: 'mine-procurer-choice', data: { kind: 'INVITATION', demandId: 'd1', organizationId: 'o1' }, key: 'd1.o1.invited' },
  ],
  'demand.response-shortlisted': [
    { job: 'mine-procurer-choice', data: { kind: 'SHORTLIST', demandId: 'd1', organizationId: 'o1' }, key: 'd1.o1.shortlisted' },
  ],
  'demand.awarded': [
    { job: 'notify-award', data: { demandId: 'd1' }, key: 'd1' },
    { job: 'mine-procurer-choice', data: { kind: 'AWARD', demandId: 'd1', organizationId: 'o1' }, key: 'd1.o1.awarded' },
    { job: 'index-demand', data: { demandId: 'd1' }, key: 'd1' },
  ],
  'demand.matches-outdated': [{ job: 'match-demand', data: { demandId: 'd1', version: 2 }, key: 'd1.v2.vocabulary-v9' }],
  'enterprise.profile-published': [
    ...firmChanged,
    { job: 'check-enterprise-alerts', data: { organizationId: 'o1' }, key: 'o1' },
    { job: 'mine-vocabulary-text', data: { sourceKind: 'PROFILE', sourceId: 'o1' }, key: 'o1.v4' },
  ],
  'enterprise.profile-reconfirmed': firmChanged,
  'enterprise.profile-published-by-platform': firmChanged,
  'enterprise.status-changed': firmChanged,
  'certificate.approved': firmChanged,
  'certificate.reopened': firmChanged,
  'certificate.expired': firmChanged,
  'notification.email-due': [{ job: 'send-notification-email', data: { notificationId: 'n1' }, key: 'notification-email-n1' }],
  'claim.email-due': [{ job: 'send-claim-email', data: { claimId: 'c1', event: 'APPROVED' }, key: 'claim-email-c1-APPROVED' }],
  'vocabulary.changed': [{ job: 'vocabulary-changed', data: { terms: ['制氧机'] }, key: 's1' }],
  'offer.published': [
    { job: 'index-offer', data: { offerId: 'f1' }, key: 'offer:f1' },
    { job: 'match-offer', data: { offerId: 'f1', version: 3 }, key: 'offer:f1.v3' },
  ],
  'offer.withdrawn': [{ job: 'index-offer', data: { offerId: 'f1' }, key: 'offer:f1' }],
  'talent.profile-changed': [{ job: 'index-talent', data: { profileId: 'p1' }, key: 'p1' }],
  'talent.need-posted': [{ job: 'match-talent-need', data: { needId: 'n1' }, key: 'n1' }],
};

describe('event routing of the feature modules', () => {
  it('has a consumer for every event (or the event is published for outside use)', async () => {
    const router = await routerOfAllModules();
    expect(router.unconsumedEvents()).toEqual([]);
  });

  it('registers each module subscription list with the router, in its own module', async () => {
    const files = await subscriptionFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const { folder, name } of files) {
      const modules = readdirSync(join(MODULES, folder))
        .filter((f) => f.endsWith('.module.ts'))
        .map((f) => readFileSync(join(MODULES, folder, f), 'utf8'));
      expect(modules.some((source) => new RegExp(`eventSubscriptions\\([^)]*\\b${name}\\b`).test(source)), `${folder}: ${name}`).toBe(true);
    }
  });

  it.each(EVENT_NAMES)('routes %s to the jobs its producer used to name', async (event) => {
    const router = await routerOfAllModules();
    const payload = SAMPLES[event] as Record<string, unknown>;
    const key = DOMAIN_EVENTS[event].key(SAMPLES[event] as never);
    const routed = router.route(event, payload, key);
    const order = (a: { job: string }, b: { job: string }) => a.job.localeCompare(b.job);
    expect([...routed].sort(order)).toEqual([...EXPECTED[event]].sort(order));
  });
});
