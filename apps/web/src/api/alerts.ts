import {
  API_PREFIX,
  type AlertItemView,
  type AlertPage,
  type SavedSearchCreateInput,
  type SavedSearchList,
  type SavedSearchView,
} from '@mcf/contracts';
import { http } from './http';

const SAVED_SEARCHES = `${API_PREFIX}/me/saved-searches`;

/** `GET /me/saved-searches`: the signed-in user's saved searches, newest first, and how many one may keep. */
export function listSavedSearches(signal?: AbortSignal): Promise<SavedSearchList> {
  return http.get<SavedSearchList>(SAVED_SEARCHES, { signal });
}

/** `POST /me/saved-searches` → 201 (409 `SAVED_SEARCH_LIMIT_REACHED` at the limit). */
export function createSavedSearch(body: SavedSearchCreateInput): Promise<SavedSearchView> {
  return http.post<SavedSearchView>(SAVED_SEARCHES, body);
}

/** `DELETE /me/saved-searches/{id}` → 204: the saved search and its alerts are gone. */
export function deleteSavedSearch(id: string): Promise<void> {
  return http.delete<void>(`${SAVED_SEARCHES}/${encodeURIComponent(id)}`);
}

/** `GET /me/alerts`: what matched the user's saved searches, most relevant first. */
export function listAlerts(
  params: { page?: number; pageSize?: number } = {},
  signal?: AbortSignal,
): Promise<AlertPage> {
  return http.get<AlertPage>(`${API_PREFIX}/me/alerts`, { query: { ...params }, signal });
}

/** `POST /alerts/{id}/feedback`: "不相关" (`relevant: false`), or relevant after all. */
export function sendAlertFeedback(id: string, relevant: boolean): Promise<AlertItemView> {
  return http.post<AlertItemView>(`${API_PREFIX}/alerts/${encodeURIComponent(id)}/feedback`, { relevant });
}
