import type { OfferStatus } from '@mcf/contracts';

/** The Element Plus tag colour of an offer's status. */
export function offerStatusType(status: OfferStatus): 'success' | 'warning' | 'danger' | 'info' | 'primary' {
  switch (status) {
    case 'PUBLISHED':
      return 'success';
    case 'PENDING_REVIEW':
      return 'warning';
    case 'REJECTED':
      return 'danger';
    case 'WITHDRAWN':
      return 'info';
    default:
      return 'primary';
  }
}
