import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

export const TALENTS_SUBSCRIPTIONS = [
  subscribe('talent.profile-changed', JobName.INDEX_TALENT, { data: (e) => ({ profileId: e.profileId }) }),
  subscribe('talent.need-posted', JobName.MATCH_TALENT_NEED, { data: (e) => ({ needId: e.needId }) }),
];
