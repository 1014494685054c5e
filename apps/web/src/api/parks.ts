import {
  API_PREFIX,
  type ParkChanges,
  type ParkDetail,
  type ParkFieldsInput,
  type ParkPage,
  type ParkQuery,
} from '@mcf/contracts';
import { http } from './http';

const PARKS = `${API_PREFIX}/parks`;
const ADMIN_PARKS = `${API_PREFIX}/admin/parks`;

export type ParkFilters = Partial<ParkQuery>;

/** The query string of a park search: empty filters left out. */
export function parkQueryString(filters: ParkFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** `GET /parks`: the bases-and-parks registry (public). */
export function listParks(filters: ParkFilters = {}, signal?: AbortSignal): Promise<ParkPage> {
  return http.get<ParkPage>(`${PARKS}${parkQueryString(filters)}`, { signal });
}

/** `GET /parks/{id}`: one entry with the firms that name it. */
export function getPark(id: string, signal?: AbortSignal): Promise<ParkDetail> {
  return http.get<ParkDetail>(`${PARKS}/${encodeURIComponent(id)}`, { signal });
}

/** `POST /admin/parks` (audited). */
export function createPark(body: ParkFieldsInput): Promise<ParkDetail> {
  return http.post<ParkDetail>(ADMIN_PARKS, body);
}

/** `PATCH /admin/parks/{id}` (audited). */
export function updatePark(id: string, changes: ParkChanges): Promise<ParkDetail> {
  return http.patch<ParkDetail>(`${ADMIN_PARKS}/${encodeURIComponent(id)}`, changes);
}
