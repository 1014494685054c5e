import { FIRM_CHANGED_EVENTS } from '../../core/events/domain-events.js';
import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

/** What search shows of a demand or a firm follows every change to it (the job reads the current state). */
export const INDEXING_SUBSCRIPTIONS = [
  subscribe(
    ['demand.published', 'demand.ended', 'demand.firm-invited', 'demand.awarded'],
    JobName.INDEX_DEMAND,
    {
      data: (e) => ({ demandId: e.demandId }),
    },
  ),
  subscribe(FIRM_CHANGED_EVENTS, JobName.INDEX_ENTERPRISE, {
    data: (e) => ({ organizationId: e.organizationId }),
  }),
];
