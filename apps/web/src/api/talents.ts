import {
  API_PREFIX,
  type IndividualRegisterRequest,
  type MatchedNeedList,
  type TalentContactList,
  type TalentCreated,
  type TalentMatchList,
  type TalentMessageCreated,
  type TalentMessageList,
  type TalentNeedList,
  type TalentNeedRequest,
  type TalentNeedView,
  type TalentProfileRequest,
  type TalentProfileView,
  type TalentSearchResult,
  type UserView,
} from '@mcf/contracts';
import { http } from './http';

const TALENTS = `${API_PREFIX}/talents`;
const id = (value: string) => encodeURIComponent(value);

/** `POST /auth/register/individual`: a person without an organisation (not signed in yet). */
export function registerIndividual(body: IndividualRegisterRequest): Promise<UserView> {
  return http.post<UserView>(`${API_PREFIX}/auth/register/individual`, body);
}

/** `GET /talents/me`: 404 (ApiProblem) while the person has none. */
export function myTalentProfile(signal?: AbortSignal): Promise<TalentProfileView> {
  return http.get<TalentProfileView>(`${TALENTS}/me`, { signal });
}

/** `POST /talents`: refused naming `consent` without `consent: true`. */
export function publishTalentProfile(body: TalentProfileRequest): Promise<TalentCreated> {
  return http.post<TalentCreated>(TALENTS, body);
}

export function updateTalentProfile(body: TalentProfileRequest): Promise<TalentProfileView> {
  return http.put<TalentProfileView>(`${TALENTS}/me`, body);
}

/** `DELETE /talents/{id}`: withdraws and deletes the profile. */
export function withdrawTalentProfile(talentId: string): Promise<void> {
  return http.delete<void>(`${TALENTS}/${id(talentId)}`);
}

export function myMatchedNeeds(signal?: AbortSignal): Promise<MatchedNeedList> {
  return http.get<MatchedNeedList>(`${TALENTS}/me/needs`, { signal });
}

/** `GET /search/talents` (verified organisations only). */
export function searchTalents(
  params: { q: string; sectors?: string[]; availability?: string[]; page?: number; pageSize?: number },
  signal?: AbortSignal,
): Promise<TalentSearchResult> {
  const query: Record<string, string> = { q: params.q };
  if (params.page) query.page = String(params.page);
  if (params.pageSize) query.pageSize = String(params.pageSize);
  if (params.sectors?.length) query.sectors = params.sectors.join(',');
  if (params.availability?.length) query.availability = params.availability.join(',');
  return http.get<TalentSearchResult>(`${API_PREFIX}/search/talents`, { query, signal });
}

/** `POST /talents/{id}/contacts`: writes to the person through the platform. */
export function contactTalent(talentId: string, body: string): Promise<TalentMessageCreated> {
  return http.post<TalentMessageCreated>(`${TALENTS}/${id(talentId)}/contacts`, { body });
}

export function listTalentContacts(signal?: AbortSignal): Promise<TalentContactList> {
  return http.get<TalentContactList>(`${API_PREFIX}/talent-contacts`, { signal });
}

export function talentMessages(contactId: string, signal?: AbortSignal): Promise<TalentMessageList> {
  return http.get<TalentMessageList>(`${API_PREFIX}/talent-contacts/${id(contactId)}/messages`, { signal });
}

export function replyToTalentContact(contactId: string, body: string): Promise<TalentMessageCreated> {
  return http.post<TalentMessageCreated>(`${API_PREFIX}/talent-contacts/${id(contactId)}/messages`, { body });
}

export function postTalentNeed(body: TalentNeedRequest): Promise<TalentNeedView> {
  return http.post<TalentNeedView>(`${API_PREFIX}/talent-needs`, body);
}

export function listTalentNeeds(signal?: AbortSignal): Promise<TalentNeedList> {
  return http.get<TalentNeedList>(`${API_PREFIX}/talent-needs`, { signal });
}

export function talentNeedMatches(needId: string, signal?: AbortSignal): Promise<TalentMatchList> {
  return http.get<TalentMatchList>(`${API_PREFIX}/talent-needs/${id(needId)}/matches`, { signal });
}
