import {
  API_PREFIX,
  type ExpiringQualificationPage,
  type ExpiringQualificationQuery,
  type ExpiryReminderResult,
  type QualificationBulkResult,
  type QualificationQueuePage,
  type QualificationView,
} from '@mcf/contracts';
import type { QualificationStatus } from '@mcf/domain';
import { http } from './http';

const QUEUE = `${API_PREFIX}/admin/qualifications`;

export interface QualificationQueueParams {
  status?: QualificationStatus;
  page?: number;
  pageSize?: number;
}

/** `GET /admin/qualifications`: certificates awaiting vetting, oldest first. */
export function listQualificationQueue(
  query: QualificationQueueParams,
  signal?: AbortSignal,
): Promise<QualificationQueuePage> {
  return http.get<QualificationQueuePage>(QUEUE, { query: { ...query }, signal });
}

/** `POST /admin/qualifications/{id}/approve`. */
export function approveQualification(id: string): Promise<QualificationView> {
  return http.post<QualificationView>(`${QUEUE}/${encodeURIComponent(id)}/approve`);
}

/** `POST /admin/qualifications/{id}/reject` with the reason the firm gets to see. */
export function rejectQualification(id: string, reason: string): Promise<QualificationView> {
  return http.post<QualificationView>(`${QUEUE}/${encodeURIComponent(id)}/reject`, { reason });
}

/** `POST /admin/qualifications/approve {ids}`: what was approved and what was skipped, and why. */
export function bulkApproveQualifications(ids: readonly string[]): Promise<QualificationBulkResult> {
  return http.post<QualificationBulkResult>(`${QUEUE}/approve`, { ids: [...ids] });
}

/** The query as the web app sends it: paging as numbers (the schema's input type accepts anything it can coerce). */
export type ExpiringListQuery = Omit<ExpiringQualificationQuery, 'page' | 'pageSize'> & { page?: number; pageSize?: number };

/** `GET /admin/qualifications/expiring` (到期预警): approved certificates expiring within 30/60/90 days. */
export function listExpiringQualifications(
  query: ExpiringListQuery,
  signal?: AbortSignal,
): Promise<ExpiringQualificationPage> {
  return http.get<ExpiringQualificationPage>(`${QUEUE}/expiring`, { query: { ...query }, signal });
}

/** `POST /admin/qualifications/expiry-reminders`: remind the owners, once per certificate and window. */
export function remindExpiringOwners(ids: string[]): Promise<ExpiryReminderResult> {
  return http.post<ExpiryReminderResult>(`${QUEUE}/expiry-reminders`, { ids });
}
