import { API_PREFIX, type JobPage, type JobQuery } from '@mcf/contracts';
import { http } from './http';

const JOBS = `${API_PREFIX}/admin/jobs`;

export type JobState = JobQuery['state'];

export interface JobListParams {
  state?: JobState;
  page?: number;
  pageSize?: number;
}

/** `GET /admin/jobs?state=`: background jobs in one state (failed by default), for administrators. */
export function listJobs(params: JobListParams, signal?: AbortSignal): Promise<JobPage> {
  return http.get<JobPage>(JOBS, { query: { ...params }, signal });
}

/** `POST /admin/jobs/{queue}/{id}/retry` → 204: the failed job runs again. */
export function retryJob(queue: string, id: string): Promise<void> {
  return http.post<void>(`${JOBS}/${encodeURIComponent(queue)}/${encodeURIComponent(id)}/retry`);
}
