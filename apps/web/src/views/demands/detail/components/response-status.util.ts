import type { ResponseStatus, ResponseView } from '@mcf/contracts';

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

/** Firms that answered without an invitation and have not withdrawn, with their status (for the match list). */
export function uninvitedAnswers(responses: readonly Pick<ResponseView, 'invited' | 'status' | 'enterprise'>[]): Map<string, ResponseStatus> {
  return new Map(responses.filter((r) => !r.invited && r.status !== 'WITHDRAWN').map((r) => [r.enterprise.id, r.status]));
}
