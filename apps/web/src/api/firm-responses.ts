import {
  API_PREFIX,
  type MyInvitationList,
  type ResponseAttachmentView,
  type ResponseList,
  type ResponseView,
} from '@mcf/contracts';
import { downloadFile, uploadFile } from './file-transfer';
import { http } from './http';

const demand = (id: string) => `${API_PREFIX}/demands/${encodeURIComponent(id)}`;

/** What a firm sends to `POST /demands/{id}/responses` (ResponseCreateSchema's input). */
export interface ResponseCreateBody {
  kind: 'INTEREST' | 'DECLINE';
  proposal?: string | null;
  price?: number | null;
  deliveryDays?: number | null;
  reason?: string | null;
}

/** `GET /demands/{id}/responses`: for a firm, its own responses to the demand (withdrawn ones too), oldest first. */
export function listOwnResponses(demandId: string, signal?: AbortSignal): Promise<ResponseList> {
  return http.get<ResponseList>(`${demand(demandId)}/responses`, { signal });
}

/** `GET /me/responses`: every response of the firm, newest first. */
export function listMyResponses(signal?: AbortSignal): Promise<ResponseList> {
  return http.get<ResponseList>(`${API_PREFIX}/me/responses`, { signal });
}

/** `GET /me/invitations`: the invitations the firm received, newest first, with its live answer. */
export function listMyInvitations(signal?: AbortSignal): Promise<MyInvitationList> {
  return http.get<MyInvitationList>(`${API_PREFIX}/me/invitations`, { signal });
}

/** `POST /demands/{id}/responses` → 201: INTEREST with a proposal, or DECLINE with a reason (409 `ALREADY_RESPONDED`). */
export function createResponse(demandId: string, body: ResponseCreateBody): Promise<ResponseView> {
  return http.post<ResponseView>(`${demand(demandId)}/responses`, body);
}

/** `POST /responses/{id}/withdraw`: until the award (409 once awarded). */
export function withdrawResponse(id: string, reason: string | null = null): Promise<ResponseView> {
  return http.post<ResponseView>(`${API_PREFIX}/responses/${encodeURIComponent(id)}/withdraw`, {
    reason,
  });
}

const response = (id: string) => `${API_PREFIX}/responses/${encodeURIComponent(id)}`;

/** `POST /responses/{id}/attachments` (multipart `file`): while the response is under review on an open demand. */
export function uploadResponseAttachment(responseId: string, file: File): Promise<ResponseAttachmentView> {
  return uploadFile<ResponseAttachmentView>(`${response(responseId)}/attachments`, file);
}

/** `DELETE /responses/{id}/attachments/{attachmentId}` → 204. */
export async function deleteResponseAttachment(responseId: string, attachmentId: string): Promise<void> {
  await http.delete(`${response(responseId)}/attachments/${encodeURIComponent(attachmentId)}`);
}

/** `GET /responses/{id}/attachments/{attachmentId}`: for the firm, the demand's procurer and administrators. */
export function fetchResponseAttachment(responseId: string, attachmentId: string): Promise<Blob> {
  return downloadFile(`${response(responseId)}/attachments/${encodeURIComponent(attachmentId)}`);
}
