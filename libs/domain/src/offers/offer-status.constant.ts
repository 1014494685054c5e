/**
 * A technology offer (成果转化) goes DRAFT → PENDING_REVIEW (submitted) → PUBLISHED (vetted by an
 * administrator) or REJECTED (with a reason; edited back to DRAFT and submitted again). The owner may
 * withdraw it at any point before or after publication (WITHDRAWN, final).
 */
export const OFFER_STATUSES = ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** Ways to transfer: 许可 (licence), 转让 (assignment), 作价入股 (equity), 合作开发 (joint development). */
export const OFFER_TRANSFER_MODES = ['LICENSE', 'ASSIGNMENT', 'EQUITY', 'JOINT_DEVELOPMENT'] as const;
export type OfferTransferMode = (typeof OFFER_TRANSFER_MODES)[number];

/**
 * Which way the technology goes: 军转民 (from a military unit or defence firm to civilian industry) or
 * 民参军 (from a civilian firm or institute into defence). One listing type serves both.
 */
export const OFFER_DIRECTIONS = ['MILITARY_TO_CIVIL', 'CIVIL_TO_MILITARY'] as const;
export type OfferDirection = (typeof OFFER_DIRECTIONS)[number];

/** The state of the offer's intellectual property. */
export const OFFER_IP_STATUSES = ['PATENT_GRANTED', 'PATENT_PENDING', 'SOFTWARE_COPYRIGHT', 'KNOW_HOW', 'NONE'] as const;
export type OfferIpStatus = (typeof OFFER_IP_STATUSES)[number];

/** Technology readiness levels (GB/T 22900): 1 principle observed … 9 proven in operation. */
export const OFFER_READINESS_MIN = 1;
export const OFFER_READINESS_MAX = 9;

/** What may happen to an offer in each status. */
export const OFFER_STATUS_ACTIONS = ['edit', 'submit', 'approve', 'reject', 'withdraw'] as const;
export type OfferStatusAction = (typeof OFFER_STATUS_ACTIONS)[number];

const ALLOWED: Readonly<Record<OfferStatusAction, readonly OfferStatus[]>> = {
  // A rejected offer is edited back into a draft; a published one is withdrawn and listed anew, so that
  // nothing public ever changes without an administrator seeing it.
  edit: ['DRAFT', 'REJECTED'],
  submit: ['DRAFT', 'REJECTED'],
  approve: ['PENDING_REVIEW'],
  reject: ['PENDING_REVIEW'],
  withdraw: ['DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED'],
};

const RESULT: Readonly<Record<OfferStatusAction, OfferStatus | null>> = {
  edit: 'DRAFT',
  submit: 'PENDING_REVIEW',
  approve: 'PUBLISHED',
  reject: 'REJECTED',
  withdraw: 'WITHDRAWN',
};

/** The status an action leads to, or null when the action is not open in `status`. */
export function offerStatusAfter(status: OfferStatus, action: OfferStatusAction): OfferStatus | null {
  return ALLOWED[action].includes(status) ? RESULT[action] : null;
}

/** Only published offers are read by others than their owner and administrators (search, detail, matches). */
export function isOfferPublic(status: OfferStatus): boolean {
  return status === 'PUBLISHED';
}
