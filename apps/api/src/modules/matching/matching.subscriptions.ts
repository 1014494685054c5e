import { FIRM_CHANGED_EVENTS } from '../../core/events/domain-events.js';
import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

/** Matches follow a demand's published version, a firm's profile, certificates and status, and the vocabulary. */
export const MATCHING_SUBSCRIPTIONS = [
  subscribe('demand.published', JobName.MATCH_DEMAND, {
    data: (e) => ({ demandId: e.demandId, version: e.version }),
    key: (e) => `${e.demandId}.v${e.version}`,
  }),
  subscribe('demand.matches-outdated', JobName.MATCH_DEMAND, {
    data: (e) => ({ demandId: e.demandId, version: e.version }),
    key: (e) => `${e.demandId}.v${e.version}.vocabulary-${e.vocabularyVersion}`,
  }),
  subscribe(FIRM_CHANGED_EVENTS, JobName.MATCH_ENTERPRISE, {
    data: (e) => ({ organizationId: e.organizationId }),
  }),
  subscribe('vocabulary.changed', JobName.VOCABULARY_CHANGED, { data: (e) => ({ terms: e.terms }) }),
];
