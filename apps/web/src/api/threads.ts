import {
  API_PREFIX,
  type InboxPage,
  type MessagePage,
  type MessageView,
  type ThreadReadResult,
  type ThreadView,
} from '@mcf/contracts';
import { authorisedFetch, downloadFile, problemOf } from './file-transfer';
import { http } from './http';

const thread = (threadId: string) => `${API_PREFIX}/threads/${encodeURIComponent(threadId)}`;

/**
 * `POST /demands/{id}/threads`: opens (or returns) the conversation about the demand — a firm its own
 * (no body needed), the procurer the one with `enterpriseId`.
 */
export function openDemandThread(demandId: string, enterpriseId?: string): Promise<ThreadView> {
  return http.post<ThreadView>(`${API_PREFIX}/demands/${encodeURIComponent(demandId)}/threads`, enterpriseId ? { enterpriseId } : {});
}

/** `GET /me/threads`: the signed-in organisation's conversations across demands, latest activity first. */
export function getInbox(query: { page?: number; pageSize?: number } = {}, signal?: AbortSignal): Promise<InboxPage> {
  return http.get<InboxPage>(`${API_PREFIX}/me/threads`, { query: { ...query }, signal });
}

/** `GET /threads/{id}/messages`: the latest messages (or those before `before`), oldest first, with the thread. */
export function getThreadMessages(
  threadId: string,
  query: { before?: string; limit?: number } = {},
  signal?: AbortSignal,
): Promise<MessagePage> {
  return http.get<MessagePage>(`${thread(threadId)}/messages`, { query: { ...query }, signal });
}

/** `POST /threads/{id}/read`: the other side's messages are marked read (their read receipts). */
export function markThreadRead(threadId: string): Promise<ThreadReadResult> {
  return http.post<ThreadReadResult>(`${thread(threadId)}/read`);
}

/** The multipart body of a message with an attachment: exported for tests. */
export function messageFormData(body: string, file: Blob, fileName: string): FormData {
  const form = new FormData();
  if (body) form.append('body', body);
  form.append('attachment', file, fileName);
  return form;
}

/**
 * `POST /threads/{id}/messages`: JSON for text alone, multipart with the file `attachment` (PDF, PNG or
 * JPEG by content, at most 10 MB; 413 / 415 come back as an ApiProblem like every other error).
 */
export async function sendMessage(threadId: string, body: string, file?: File | null): Promise<MessageView> {
  if (!file) return http.post<MessageView>(`${thread(threadId)}/messages`, { body });
  const url = `${import.meta.env.VITE_API_BASE_URL ?? ''}${thread(threadId)}/messages`;
  const response = await authorisedFetch(url, {
    method: 'POST',
    headers: { Accept: 'application/json, application/problem+json' },
    body: messageFormData(body, file, file.name),
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as MessageView;
}

/** `GET /messages/{id}/attachment`: the file as a blob (it needs the bearer header, so no plain link). */
export function fetchMessageAttachment(messageId: string, signal?: AbortSignal): Promise<Blob> {
  return downloadFile(`${API_PREFIX}/messages/${encodeURIComponent(messageId)}/attachment`, signal);
}
