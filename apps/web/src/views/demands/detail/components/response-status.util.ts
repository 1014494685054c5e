import type { ResponseStatus } from '@mcf/contracts';

type TagType = 'primary' | 'success' | 'info' | 'warning' | 'danger';

/** The tag colour of a response's status (PENDING / UNANSWERED: an invitation not answered, while open / after). */
export function responseStatusTagType(status: ResponseStatus | 'PENDING' | 'UNANSWERED'): TagType {
  switch (status) {
    case 'SHORTLISTED':
    case 'AWARDED':
      return 'success';
    case 'REJECTED':
      return 'danger';
    case 'PENDING':
      return 'warning';
    case 'SUBMITTED':
      return 'primary';
    default:
      return 'info';
  }
}
