import {
  type OfferAttachmentView,
  API_PREFIX,
  type OfferContentInput,
  type OfferCreated,
  type OfferInterest,
  type OfferMatchList,
  type OfferPage,
  type OfferSearchResult,
  type OfferStatus,
  type OfferView,
} from '@mcf/contracts';
import { downloadFile, uploadFile } from './file-transfer';
import { http } from './http';

const OFFERS = `${API_PREFIX}/offers`;
const ADMIN_OFFERS = `${API_PREFIX}/admin/offers`;
const offer = (id: string) => `${OFFERS}/${encodeURIComponent(id)}`;

export interface OfferListParams {
  status?: OfferStatus;
  page?: number;
  pageSize?: number;
}

export interface OfferSearchParams {
  q?: string;
  sector?: string;
  transferMode?: string;
  direction?: string;
  minReadiness?: number;
  page?: number;
  pageSize?: number;
}

/** `POST /offers`: a new draft. */
export function createOffer(content: OfferContentInput): Promise<OfferCreated> {
  return http.post<OfferCreated>(OFFERS, content);
}

/** `PATCH /offers/{id}`: the whole content of a draft or rejected offer. */
export function updateOffer(id: string, content: OfferContentInput): Promise<OfferView> {
  return http.patch<OfferView>(offer(id), content);
}

export function getOffer(id: string, signal?: AbortSignal): Promise<OfferView> {
  return http.get<OfferView>(offer(id), { signal });
}

export function submitOffer(id: string): Promise<OfferView> {
  return http.post<OfferView>(`${offer(id)}/submit`);
}

export function withdrawOffer(id: string): Promise<OfferView> {
  return http.post<OfferView>(`${offer(id)}/withdraw`);
}

export function listMyOffers(query: OfferListParams, signal?: AbortSignal): Promise<OfferPage> {
  return http.get<OfferPage>(`${OFFERS}/mine`, { query: { ...query }, signal });
}

export function getOfferMatches(id: string, signal?: AbortSignal): Promise<OfferMatchList> {
  return http.get<OfferMatchList>(`${offer(id)}/matches`, { signal });
}

/** `POST /offers/{id}/interest`: the conversation with the owner, opened or found. */
export function expressInterest(id: string): Promise<OfferInterest> {
  return http.post<OfferInterest>(`${offer(id)}/interest`);
}

export function searchOffers(query: OfferSearchParams, signal?: AbortSignal): Promise<OfferSearchResult> {
  return http.get<OfferSearchResult>(`${API_PREFIX}/search/offers`, { query: { ...query }, signal });
}

/** `GET /admin/offers?status=`: the review queue. */
export function listOffersForReview(query: OfferListParams, signal?: AbortSignal): Promise<OfferPage> {
  return http.get<OfferPage>(ADMIN_OFFERS, { query: { ...query }, signal });
}

export function approveOffer(id: string): Promise<OfferView> {
  return http.post<OfferView>(`${ADMIN_OFFERS}/${encodeURIComponent(id)}/approve`);
}

export function rejectOffer(id: string, reason: string): Promise<OfferView> {
  return http.post<OfferView>(`${ADMIN_OFFERS}/${encodeURIComponent(id)}/reject`, { reason });
}

/** `POST /offers/{id}/attachments` (multipart `file`): a draft or rejected offer of the caller's organisation. */
export function uploadOfferAttachment(id: string, file: File): Promise<OfferAttachmentView> {
  return uploadFile<OfferAttachmentView>(`${API_PREFIX}/offers/${encodeURIComponent(id)}/attachments`, file);
}

/** `DELETE /offers/{id}/attachments/{attachmentId}` → 204. */
export async function deleteOfferAttachment(id: string, attachmentId: string): Promise<void> {
  await http.delete(`${API_PREFIX}/offers/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`);
}

/** `GET /offers/{id}/attachments/{attachmentId}`: for whoever may read the offer. */
export function fetchOfferAttachment(id: string, attachmentId: string): Promise<Blob> {
  return downloadFile(`${API_PREFIX}/offers/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachmentId)}`);
}
