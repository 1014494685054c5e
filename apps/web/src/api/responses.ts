import {
  API_PREFIX,
  type AwardView,
  type DemandInvitationView,
  type InvitationCreate,
  type ResponseDecision,
  type ResponseList,
  type ResponseView,
} from '@mcf/contracts';
import { http } from './http';

const demand = (id: string) => `${API_PREFIX}/demands/${encodeURIComponent(id)}`;

/** `POST /demands/{id}/invitations` (the demand's procurer, PUBLISHED only): 409 `ALREADY_INVITED` / `DEMAND_NOT_OPEN`. */
export function inviteEnterprise(demandId: string, body: InvitationCreate): Promise<DemandInvitationView> {
  return http.post<DemandInvitationView>(`${demand(demandId)}/invitations`, body);
}

/** `GET /demands/{id}/invitations` (its procurer and admins): the invited firms and their answers. */
export function listInvitations(demandId: string, signal?: AbortSignal): Promise<{ items: DemandInvitationView[] }> {
  return http.get<{ items: DemandInvitationView[] }>(`${demand(demandId)}/invitations`, { signal });
}

/** `GET /demands/{id}/responses`: every response for its procurer and admins, its own for a firm. */
export function listDemandResponses(demandId: string, signal?: AbortSignal): Promise<ResponseList> {
  return http.get<ResponseList>(`${demand(demandId)}/responses`, { signal });
}

/** `PATCH /responses/{id}`: shortlist, or reject with a reason the firm is shown. */
export function decideResponse(responseId: string, decision: ResponseDecision): Promise<ResponseView> {
  return http.patch<ResponseView>(`${API_PREFIX}/responses/${encodeURIComponent(responseId)}`, decision);
}

/** `POST /demands/{id}/award` {responseId}: the demand becomes AWARDED; 409 `ALREADY_AWARDED` after that. */
export function awardDemand(demandId: string, responseId: string): Promise<AwardView> {
  return http.post<AwardView>(`${demand(demandId)}/award`, { responseId });
}
