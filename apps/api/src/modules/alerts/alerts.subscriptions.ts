import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

/** Saved searches are checked against each newly published demand version and firm profile. */
export const ALERTS_SUBSCRIPTIONS = [
  subscribe('demand.published', JobName.CHECK_DEMAND_ALERTS, {
    data: (e) => ({ demandId: e.demandId }),
    key: (e) => `${e.demandId}.v${e.version}`,
  }),
  subscribe('enterprise.profile-published', JobName.CHECK_ENTERPRISE_ALERTS, { data: (e) => ({ organizationId: e.organizationId }) }),
];
