import {
  type AcceptInvitationRequest,
  API_PREFIX,
  type CreateInvitationRequest,
  type InvitationList,
  type InvitationView,
  type MemberList,
  type UserView,
} from '@mcf/contracts';
import { http } from './http';

const organization = (id: string) => `${API_PREFIX}/organizations/${encodeURIComponent(id)}`;

/** `GET /organizations/{id}/members`: the caller's own organisation, or any one for an administrator. */
export function listMembers(organizationId: string, signal?: AbortSignal): Promise<MemberList> {
  return http.get<MemberList>(`${organization(organizationId)}/members`, { signal });
}

/** `GET /organizations/{id}/invitations` (owner only). */
export function listInvitations(organizationId: string, signal?: AbortSignal): Promise<InvitationList> {
  return http.get<InvitationList>(`${organization(organizationId)}/invitations`, { signal });
}

/** `POST /organizations/{id}/invitations`: the answer carries the invitation `token`, this once. */
export function createInvitation(
  organizationId: string,
  body: CreateInvitationRequest,
): Promise<InvitationView> {
  return http.post<InvitationView>(`${organization(organizationId)}/invitations`, body);
}

/** `DELETE /organizations/{id}/invitations/{invitationId}`. */
export function revokeInvitation(organizationId: string, invitationId: string): Promise<void> {
  return http.delete<void>(`${organization(organizationId)}/invitations/${encodeURIComponent(invitationId)}`);
}

/** `POST /invitations/accept`: creates the invited user (not signed in yet). */
export function acceptInvitation(body: AcceptInvitationRequest): Promise<UserView> {
  return http.post<UserView>(`${API_PREFIX}/invitations/accept`, body);
}
