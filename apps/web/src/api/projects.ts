import {
  API_PREFIX,
  type OverdueProjectList,
  type ProjectContentInput,
  type ProjectListQuery,
  type ProjectPage,
  type ProjectReportInput,
  type ProjectReportList,
  type ProjectReportPage,
  type ProjectReportReviewInput,
  type ProjectReportStatus,
  type ProjectReportView,
  type ProjectView,
} from '@mcf/contracts';
import { http } from './http';

const PROJECTS = `${API_PREFIX}/projects`;
const ADMIN = `${API_PREFIX}/admin`;

export type ProjectListParams = Partial<ProjectListQuery>;

/** `GET /projects`: the project library, public. */
export function listProjects(query: ProjectListParams, signal?: AbortSignal): Promise<ProjectPage> {
  return http.get<ProjectPage>(PROJECTS, { query: { ...query }, signal });
}

/** `GET /me/projects`: the projects the caller's organisation reports on. */
export function listMyProjects(query: ProjectListParams, signal?: AbortSignal): Promise<ProjectPage> {
  return http.get<ProjectPage>(`${API_PREFIX}/me/projects`, { query: { ...query }, signal });
}

export function getProject(id: string, signal?: AbortSignal): Promise<ProjectView> {
  return http.get<ProjectView>(`${PROJECTS}/${encodeURIComponent(id)}`, { signal });
}

/** `GET /projects/{id}/reports`: every report, for the owner and administrators. */
export function listProjectReports(id: string, signal?: AbortSignal): Promise<ProjectReportList> {
  return http.get<ProjectReportList>(`${PROJECTS}/${encodeURIComponent(id)}/reports`, { signal });
}

/** `POST /projects/{id}/reports`: the owner's quarterly progress report. */
export function fileProjectReport(id: string, report: ProjectReportInput): Promise<ProjectReportView> {
  return http.post<ProjectReportView>(`${PROJECTS}/${encodeURIComponent(id)}/reports`, report);
}

export interface ProjectReportQueueParams {
  status?: ProjectReportStatus;
  page?: number;
  pageSize?: number;
}

/** `GET /admin/project-reports`: waiting reports first. */
export function listProjectReportQueue(query: ProjectReportQueueParams, signal?: AbortSignal): Promise<ProjectReportPage> {
  return http.get<ProjectReportPage>(`${ADMIN}/project-reports`, { query: { ...query }, signal });
}

/** `POST /admin/project-reports/{id}/review`: 中期考核 / 后评估. */
export function reviewProjectReport(id: string, review: ProjectReportReviewInput): Promise<ProjectReportView> {
  return http.post<ProjectReportView>(`${ADMIN}/project-reports/${encodeURIComponent(id)}/review`, review);
}

/** `GET /admin/projects/overdue` */
export function listOverdueProjects(signal?: AbortSignal): Promise<OverdueProjectList> {
  return http.get<OverdueProjectList>(`${ADMIN}/projects/overdue`, { signal });
}

/** `POST /admin/projects/{id}/stage` */
export function changeProjectStage(id: string, stage: ProjectView['stage']): Promise<ProjectView> {
  return http.post<ProjectView>(`${ADMIN}/projects/${encodeURIComponent(id)}/stage`, { stage });
}

/** `POST /admin/projects`: an administrator records a project in the library. */
export function createProject(content: ProjectContentInput): Promise<ProjectView> {
  return http.post<ProjectView>(`${ADMIN}/projects`, content);
}
