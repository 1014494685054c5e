import {
  API_PREFIX,
  type VocabularySuggestionApprove,
  type VocabularySuggestionPage,
  type VocabularySuggestionQuery,
  type VocabularySuggestionReject,
  type VocabularySuggestionView,
} from '@mcf/contracts';
import { http } from './http';

const SUGGESTIONS = `${API_PREFIX}/admin/vocabulary/suggestions`;

/** The query as the web app sends it: paging as numbers. */
export type SuggestionListQuery = VocabularySuggestionQuery & { page?: number; pageSize?: number };

/** `GET /admin/vocabulary/suggestions?status=&page=`: mined pairs with their evidence. */
export function listVocabularySuggestions(
  query: SuggestionListQuery,
  signal?: AbortSignal,
): Promise<VocabularySuggestionPage> {
  return http.get<VocabularySuggestionPage>(SUGGESTIONS, { query: { ...query }, signal });
}

/** `POST /admin/vocabulary/suggestions/{id}/approve`: the pair joins the vocabulary (relation/terms may be corrected). */
export function approveVocabularySuggestion(
  id: string,
  body: VocabularySuggestionApprove,
): Promise<VocabularySuggestionView> {
  return http.post<VocabularySuggestionView>(`${SUGGESTIONS}/${encodeURIComponent(id)}/approve`, body);
}

/** `POST /admin/vocabulary/suggestions/{id}/reject`: with the reason. */
export function rejectVocabularySuggestion(
  id: string,
  body: VocabularySuggestionReject,
): Promise<VocabularySuggestionView> {
  return http.post<VocabularySuggestionView>(`${SUGGESTIONS}/${encodeURIComponent(id)}/reject`, body);
}
