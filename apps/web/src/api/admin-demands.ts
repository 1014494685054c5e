import { API_PREFIX, type AdminDemandPage, type DemandStatus, type DemandView } from '@mcf/contracts';
import { http } from './http';

const ADMIN_DEMANDS = `${API_PREFIX}/admin/demands`;

export interface AdminDemandListQuery {
  status?: DemandStatus;
  organization?: string;
  page?: number;
  pageSize?: number;
}

/** `GET /admin/demands?status=&organization=&page=&pageSize=`: every demand, newest first. */
export function listAdminDemands(query: AdminDemandListQuery, signal?: AbortSignal): Promise<AdminDemandPage> {
  return http.get<AdminDemandPage>(ADMIN_DEMANDS, { query: { ...query }, signal });
}

export type DemandModeration = 'close' | 'cancel';

/** `POST /admin/demands/{id}/{close|cancel} {reason}`: audited, told to the owner and the firms that responded. */
export function moderateDemand(id: string, action: DemandModeration, reason: string): Promise<DemandView> {
  return http.post<DemandView>(`${ADMIN_DEMANDS}/${encodeURIComponent(id)}/${action}`, { reason });
}
