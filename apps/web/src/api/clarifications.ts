import { API_PREFIX, type ClarificationList, type ClarificationView } from '@mcf/contracts';
import { http } from './http';

const demandClarifications = (demandId: string) =>
  `${API_PREFIX}/demands/${encodeURIComponent(demandId)}/clarifications`;

/**
 * `GET /demands/{id}/clarifications`, oldest first: answered ones for everyone who can read the demand,
 * plus a firm's own open questions; all of them for the procurer (who asked: only for the procurer and the asker).
 */
export function listClarifications(demandId: string, signal?: AbortSignal): Promise<ClarificationList> {
  return http.get<ClarificationList>(demandClarifications(demandId), { signal });
}

/** `POST /demands/{id}/clarifications {question}` → 201, unanswered (verified firms, while the demand is open). */
export function askClarification(demandId: string, question: string): Promise<ClarificationView> {
  return http.post<ClarificationView>(demandClarifications(demandId), { question });
}

/** `POST /clarifications/{id}/answer {answer}`: the procurer answers once (409 `ALREADY_ANSWERED`); the answer is published. */
export function answerClarification(id: string, answer: string): Promise<ClarificationView> {
  return http.post<ClarificationView>(`${API_PREFIX}/clarifications/${encodeURIComponent(id)}/answer`, {
    answer,
  });
}
