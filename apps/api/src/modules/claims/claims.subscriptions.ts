import { subscribe } from '../../core/events/event-subscription.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { SendClaimEmailPayload } from './jobs/claim-email.job.js';

export const CLAIMS_SUBSCRIPTIONS = [
  subscribe('claim.email-due', JobName.SEND_CLAIM_EMAIL, {
    data: (e) => ({ claimId: e.claimId, event: e.step }) satisfies SendClaimEmailPayload,
    key: (e) => `claim-email-${e.claimId}-${e.step}`,
  }),
];
