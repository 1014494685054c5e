import {
  API_PREFIX,
  type FinancialReportBody,
  type FinancialReportList,
  type FinancialReportView,
  type HiddenChampionBody,
  type HiddenChampionList,
  type PlanFigureBody,
  type PlanProgress,
} from '@mcf/contracts';
import type { ActionPlanTargetKey } from '@mcf/domain';
import { http } from './http';
import { type DownloadedFile, downloadFile } from './statistics';

const PROGRESS = `${API_PREFIX}/admin/plan-progress`;

/** `GET /admin/plan-progress`: every target of the plan, by year. */
export function getPlanProgress(signal?: AbortSignal): Promise<PlanProgress> {
  return http.get<PlanProgress>(PROGRESS, { signal });
}

/** `PUT /admin/plan-progress/figures/{key}/{year}` (audited): answers the whole dashboard again. */
export function recordPlanFigure(key: ActionPlanTargetKey, year: number, body: PlanFigureBody): Promise<PlanProgress> {
  return http.put<PlanProgress>(`${PROGRESS}/figures/${encodeURIComponent(key)}/${year}`, body);
}

/** `DELETE /admin/plan-progress/figures/{key}/{year}` (audited). */
export function clearPlanFigure(key: ActionPlanTargetKey, year: number): Promise<void> {
  return http.delete<void>(`${PROGRESS}/figures/${encodeURIComponent(key)}/${year}`);
}

/** `GET /admin/plan-progress/export/{format}`: the dashboard as CSV or XLSX. */
export function downloadPlanProgress(format: 'csv' | 'xlsx', signal?: AbortSignal): Promise<DownloadedFile> {
  return downloadFile(`${PROGRESS}/export/${format}`, `plan-targets.${format}`, signal);
}

/** `GET /admin/hidden-champions`. */
export function listHiddenChampions(signal?: AbortSignal): Promise<HiddenChampionList> {
  return http.get<HiddenChampionList>(`${API_PREFIX}/admin/hidden-champions`, { signal });
}

/** `PUT /admin/hidden-champions/{orgId}` (audited). */
export function setHiddenChampion(orgId: string, body: HiddenChampionBody): Promise<HiddenChampionList> {
  return http.put<HiddenChampionList>(`${API_PREFIX}/admin/hidden-champions/${encodeURIComponent(orgId)}`, body);
}

/** `DELETE /admin/hidden-champions/{orgId}` (audited). */
export function removeHiddenChampion(orgId: string): Promise<void> {
  return http.delete<void>(`${API_PREFIX}/admin/hidden-champions/${encodeURIComponent(orgId)}`);
}

/** `GET /enterprises/{orgId}/financial-reports`: the firm's own yearly figures. */
export function listFinancialReports(orgId: string, signal?: AbortSignal): Promise<FinancialReportList> {
  return http.get<FinancialReportList>(`${API_PREFIX}/enterprises/${encodeURIComponent(orgId)}/financial-reports`, { signal });
}

/** `PUT /enterprises/{orgId}/financial-reports/{year}`: private to the firm. */
export function saveFinancialReport(orgId: string, year: number, body: FinancialReportBody): Promise<FinancialReportView> {
  return http.put<FinancialReportView>(`${API_PREFIX}/enterprises/${encodeURIComponent(orgId)}/financial-reports/${year}`, body);
}
