import { API_PREFIX, type DemandMatches, type EnterpriseMatches } from '@mcf/contracts';
import { http } from './http';

/** `GET /demands/{id}/matches` (owner, admins): `PENDING` while matching runs, then the ranked firms. */
export function getDemandMatches(demandId: string, signal?: AbortSignal): Promise<DemandMatches> {
  return http.get<DemandMatches>(`${API_PREFIX}/demands/${encodeURIComponent(demandId)}/matches`, { signal });
}

/** `GET /enterprises/{orgId}/matches` (that firm only): demands it matches and those it nearly matches. */
export function getEnterpriseMatches(orgId: string, signal?: AbortSignal): Promise<EnterpriseMatches> {
  return http.get<EnterpriseMatches>(`${API_PREFIX}/enterprises/${encodeURIComponent(orgId)}/matches`, {
    signal,
  });
}
