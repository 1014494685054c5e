import {
  API_PREFIX,
  type DemandAttachmentView,
  type DemandContentInput,
  type DemandPage,
  type DemandStatus,
  type DemandView,
} from '@mcf/contracts';
import { downloadFile, uploadFile } from './file-transfer';
import { http } from './http';

const DEMANDS = `${API_PREFIX}/demands`;
const demand = (id: string) => `${DEMANDS}/${encodeURIComponent(id)}`;

export interface MyDemandsParams {
  status?: DemandStatus;
  page?: number;
  pageSize?: number;
}

/** `POST /demands`: a new draft of the caller's (procurer) organisation. */
export function createDemand(content: DemandContentInput): Promise<DemandView> {
  return http.post<DemandView>(DEMANDS, content);
}

/** `PUT /demands/{id}`: a draft is overwritten; a published demand gets a new version and is matched again. */
export function updateDemand(id: string, content: DemandContentInput): Promise<DemandView> {
  return http.put<DemandView>(demand(id), content);
}

/** `POST /demands/{id}/publish`: verified procurers only; 422 `DEMAND_INCOMPLETE` names the missing fields. */
export function publishDemand(id: string): Promise<DemandView> {
  return http.post<DemandView>(`${demand(id)}/publish`);
}

/** `POST /demands/{id}/close {reason?}`: no further responses; open responses end with the reason. */
export function closeDemand(id: string, reason?: string): Promise<DemandView> {
  return http.post<DemandView>(`${demand(id)}/close`, reason ? { reason } : {});
}

/** `POST /demands/{id}/cancel {reason}`. */
export function cancelDemand(id: string, reason: string): Promise<DemandView> {
  return http.post<DemandView>(`${demand(id)}/cancel`, { reason });
}

/** `GET /demands/{id}`: as far as the caller may see it (`detailsHidden`, `matching` for the owner). */
export function getDemand(id: string, signal?: AbortSignal): Promise<DemandView> {
  return http.get<DemandView>(demand(id), { signal });
}

/** `GET /me/demands`: the caller organisation's demands, newest first. */
export function listMyDemands(params: MyDemandsParams, signal?: AbortSignal): Promise<DemandPage> {
  return http.get<DemandPage>(`${API_PREFIX}/me/demands`, { query: { ...params }, signal });
}

/** `POST /demands/{id}/attachments` (multipart `file`): a draft or published demand of the caller's organisation. */
export function uploadDemandAttachment(id: string, file: File): Promise<DemandAttachmentView> {
  return uploadFile<DemandAttachmentView>(`${demand(id)}/attachments`, file);
}

/** `DELETE /demands/{id}/attachments/{attachmentId}` → 204. */
export async function deleteDemandAttachment(id: string, attachmentId: string): Promise<void> {
  await http.delete(`${demand(id)}/attachments/${encodeURIComponent(attachmentId)}`);
}

/** `GET /demands/{id}/attachments/{attachmentId}`: for whoever may read the demand's details. */
export function fetchDemandAttachment(id: string, attachmentId: string): Promise<Blob> {
  return downloadFile(`${demand(id)}/attachments/${encodeURIComponent(attachmentId)}`);
}
