import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

/**
 * Vocabulary suggestions are mined from the pairs of names a published demand or profile writes, and from
 * procurers' choices (a firm invited, shortlisted or awarded that matching ranked low may reveal a missing term).
 */
export const VOCABULARY_SUGGESTIONS_SUBSCRIPTIONS = [
  subscribe('demand.published', JobName.MINE_VOCABULARY_TEXT, {
    data: (e) => ({ sourceKind: 'DEMAND', sourceId: e.demandId }),
    key: (e) => `${e.demandId}.v${e.version}`,
  }),
  subscribe('enterprise.profile-published', JobName.MINE_VOCABULARY_TEXT, {
    data: (e) => ({ sourceKind: 'PROFILE', sourceId: e.organizationId }),
    key: (e) => `${e.organizationId}.v${e.publishedVersion}`,
  }),
  subscribe('demand.firm-invited', JobName.MINE_PROCURER_CHOICE, {
    data: (e) => ({ kind: 'INVITATION', demandId: e.demandId, organizationId: e.organizationId }),
    key: (e) => `${e.demandId}.${e.organizationId}.invited`,
  }),
  subscribe('demand.response-shortlisted', JobName.MINE_PROCURER_CHOICE, {
    data: (e) => ({ kind: 'SHORTLIST', demandId: e.demandId, organizationId: e.organizationId }),
    key: (e) => `${e.demandId}.${e.organizationId}.shortlisted`,
  }),
  subscribe('demand.awarded', JobName.MINE_PROCURER_CHOICE, {
    data: (e) => ({ kind: 'AWARD', demandId: e.demandId, organizationId: e.organizationId }),
    key: (e) => `${e.demandId}.${e.organizationId}.awarded`,
  }),
];
