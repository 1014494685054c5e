import {
  API_PREFIX,
  type PlanTargetKey,
  type PlanTargetList,
  type PlanTargetProgress,
  type PlanTargetUpdate,
  type PlatformStatistics,
  type StatisticsDataset,
  type StatisticsDownloadFormat,
} from '@mcf/contracts';
import { getActivePinia } from 'pinia';
import { useSessionStore } from '../stores/session';
import { ApiProblem, http, NetworkError, toProblemDetails } from './http';

const STATISTICS = `${API_PREFIX}/admin/statistics`;

/** `GET /admin/statistics`: every figure of the dashboard. */
export function getStatistics(signal?: AbortSignal): Promise<PlatformStatistics> {
  return http.get<PlatformStatistics>(STATISTICS, { signal });
}

/** `GET /admin/statistics/targets`: each target with its progress. */
export function listTargets(signal?: AbortSignal): Promise<PlanTargetList> {
  return http.get<PlanTargetList>(`${STATISTICS}/targets`, { signal });
}

/** `PUT /admin/statistics/targets/{key}`: sets a target (audited); answers it with its progress. */
export function setTarget(key: PlanTargetKey, body: PlanTargetUpdate): Promise<PlanTargetProgress> {
  return http.put<PlanTargetProgress>(`${STATISTICS}/targets/${encodeURIComponent(key)}`, body);
}

export interface DownloadedFile {
  blob: Blob;
  /** The name the API gave it (Chinese, `filename*`), else `{dataset}.{format}`. */
  fileName: string;
}

/** The `filename*=UTF-8''…` of a Content-Disposition header, else its plain `filename="…"`. */
export function attachmentName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1]!.trim());
    } catch {
      // malformed: fall back to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}

/**
 * `GET /admin/statistics/{dataset}.{format}`: a chart's numbers as CSV or XLSX.
 */
export function downloadDataset(
  dataset: StatisticsDataset,
  format: StatisticsDownloadFormat,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  return downloadFile(`${STATISTICS}/${dataset}.${format}`, `${dataset}.${format}`, signal);
}

/**
 * A file the API serves as an attachment (CSV, XLSX). A file is not JSON, so this is a plain fetch with
 * the same bearer token, language and one session refresh on a 401 as `http.ts`.
 */
export async function downloadFile(path: string, fallbackName: string, signal?: AbortSignal): Promise<DownloadedFile> {
  const attempt = () => {
    const headers = new Headers({ Accept: 'text/csv, application/octet-stream, application/problem+json' });
    const token = getActivePinia() ? useSessionStore().accessToken : null;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
    if (language) headers.set('Accept-Language', language);
    return fetch(`${import.meta.env.VITE_API_BASE_URL ?? ''}${path}`, {
      headers,
      credentials: 'include',
      signal,
    });
  };
  let response: Response;
  try {
    response = await attempt();
    if (response.status === 401 && getActivePinia() && (await useSessionStore().refresh()))
      response = await attempt();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(`GET ${path} failed: no answer`, false, { cause });
  }
  if (!response.ok) {
    const text = await response.text();
    let payload: unknown;
    try {
      payload = text ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      payload = undefined;
    }
    throw new ApiProblem(toProblemDetails(response.status, response.statusText, payload));
  }
  return {
    blob: await response.blob(),
    fileName: attachmentName(response.headers.get('content-disposition')) ?? fallbackName,
  };
}
