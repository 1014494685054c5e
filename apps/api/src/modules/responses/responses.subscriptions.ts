import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

/** Every firm that responded to an awarded demand is told the outcome. */
export const RESPONSES_SUBSCRIPTIONS = [subscribe('demand.awarded', JobName.NOTIFY_AWARD, { data: (e) => ({ demandId: e.demandId }) })];
