import { API_PREFIX, type JobPage, type JobQuery, type JobScheduleList } from '@mcf/contracts';
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

/** `GET /admin/jobs/schedules`: the scheduled (repeatable) jobs with their rule and next run. */
export function listJobSchedules(signal?: AbortSignal): Promise<JobScheduleList> {
  return http.get<JobScheduleList>(`${JOBS}/schedules`, { signal });
}

/** `DELETE /admin/jobs/{queue}/{id}` → 204: a failed job is removed and will not run again. */
export function removeJob(queue: string, id: string): Promise<void> {
  return http.delete<void>(`${JOBS}/${encodeURIComponent(queue)}/${encodeURIComponent(id)}`);
}
