import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';

/** A public offer is indexed (a withdrawn one leaves the index) and each published version matched to firms. */
export const OFFERS_SUBSCRIPTIONS = [
  subscribe(['offer.published', 'offer.withdrawn'], JobName.INDEX_OFFER, {
    data: (e) => ({ offerId: e.offerId }),
    key: (e) => `offer:${e.offerId}`,
  }),
  subscribe('offer.published', JobName.MATCH_OFFER, {
    data: (e) => ({ offerId: e.offerId, version: e.version }),
    key: (e) => `offer:${e.offerId}.v${e.version}`,
  }),
];
