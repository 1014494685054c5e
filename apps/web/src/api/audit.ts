import { API_PREFIX, type AuditEventPage, type AuditQuery } from '@mcf/contracts';
import { http } from './http';

/** The query as the web app sends it: paging as numbers (the schema's input type accepts anything it can coerce). */
export type AuditListQuery = AuditQuery & { page?: number; pageSize?: number };

/** `GET /admin/audit-events`: the audit trail, newest first. */
export function listAuditEvents(query: AuditListQuery, signal?: AbortSignal): Promise<AuditEventPage> {
  return http.get<AuditEventPage>(`${API_PREFIX}/admin/audit-events`, { query: { ...query }, signal });
}
