import {
  API_PREFIX,
  type OrganizationAdminPage,
  type OrganizationAdminQuery,
  type OrganizationAdminView,
  type PasswordResetTicket,
  type StatusReasonRequest,
} from '@mcf/contracts';
import type { OrganizationStatusAction } from '@mcf/domain';
import { http } from './http';

const ADMIN = `${API_PREFIX}/admin`;

/** The query as the web app sends it: paging as numbers (the schema's input type accepts anything it can coerce). */
export type OrganizationListQuery = OrganizationAdminQuery & { page?: number; pageSize?: number };

/** `GET /admin/organizations` with filters, search, sort and paging. */
export function listOrganizations(
  query: OrganizationListQuery,
  signal?: AbortSignal,
): Promise<OrganizationAdminPage> {
  return http.get<OrganizationAdminPage>(`${ADMIN}/organizations`, { query: { ...query }, signal });
}

/**
 * `POST /admin/organizations/{id}/{verify|reject|suspend|reinstate}`. Verify takes no body; the others
 * need a reason, which the organisation gets to see. 409 `INVALID_STATUS_TRANSITION` when not allowed.
 */
export function changeOrganizationStatus(
  organizationId: string,
  action: OrganizationStatusAction,
  body?: StatusReasonRequest,
): Promise<OrganizationAdminView> {
  return http.post<OrganizationAdminView>(
    `${ADMIN}/organizations/${encodeURIComponent(organizationId)}/${action}`,
    action === 'verify' ? undefined : body,
  );
}

/** `POST /admin/users/{id}/password-reset`: a one-time code the administrator hands to the user. */
export function issuePasswordReset(userId: string): Promise<PasswordResetTicket> {
  return http.post<PasswordResetTicket>(`${ADMIN}/users/${encodeURIComponent(userId)}/password-reset`);
}

/** `POST /admin/users/{id}/disable` with a reason: the user can no longer sign in. */
export function disableUser(userId: string, body: StatusReasonRequest): Promise<void> {
  return http.post<void>(`${ADMIN}/users/${encodeURIComponent(userId)}/disable`, body);
}

/** `POST /admin/users/{id}/enable`. */
export function enableUser(userId: string): Promise<void> {
  return http.post<void>(`${ADMIN}/users/${encodeURIComponent(userId)}/enable`);
}
