import {
  API_PREFIX,
  type ImportReport,
  type ImportRun,
  type ImportRunPage,
  type ImportTemplateFormat,
  type PageQuery,
} from '@mcf/contracts';
import { getActivePinia } from 'pinia';
import { useSessionStore } from '../stores/session';
import { ApiProblem, http, NetworkError, toProblemDetails } from './http';

const IMPORTS = `${API_PREFIX}/admin/imports`;

function baseUrl(): string {
  return import.meta.env.VITE_API_BASE_URL ?? '';
}

/**
 * A call the JSON client cannot make (a multipart upload, a file download): the same bearer token,
 * language and one session refresh on a 401 as `http.ts`, and errors as ApiProblem / NetworkError.
 */
async function send(method: 'GET' | 'POST', path: string, body?: FormData, signal?: AbortSignal): Promise<Response> {
  const attempt = () => {
    const headers = new Headers({ Accept: 'application/json, application/problem+json' });
    const token = getActivePinia() ? useSessionStore().accessToken : null;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
    if (language) headers.set('Accept-Language', language);
    return fetch(`${baseUrl()}${path}`, { method, headers, body, credentials: 'include', signal });
  };
  let response: Response;
  try {
    response = await attempt();
    if (response.status === 401 && getActivePinia() && (await useSessionStore().refresh())) response = await attempt();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(`${method} ${path} failed: no answer`, false, { cause });
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
  return response;
}

function fileForm(file: Blob, name: string): FormData {
  const form = new FormData();
  form.append('file', file, name);
  return form;
}

/** `GET /admin/imports/template?format=`: the template file (CSV with a BOM, or XLSX). */
export async function downloadImportTemplate(format: ImportTemplateFormat, signal?: AbortSignal): Promise<Blob> {
  return (await send('GET', `${IMPORTS}/template?format=${format}`, undefined, signal)).blob();
}

/** `POST /admin/imports` (dry run, the default): every bad row, nothing written. */
export async function dryRunImport(file: File, signal?: AbortSignal): Promise<ImportReport> {
  return (await send('POST', `${IMPORTS}?dryRun=true`, fileForm(file, file.name), signal)).json() as Promise<ImportReport>;
}

/** `POST /admin/imports?dryRun=false`: 202 with the run, which a background job imports row by row. */
export async function startImport(file: File): Promise<ImportRun> {
  return (await send('POST', `${IMPORTS}?dryRun=false`, fileForm(file, file.name))).json() as Promise<ImportRun>;
}

/** `GET /admin/imports/{id}`: the run's progress. */
export function getImportRun(id: string, signal?: AbortSignal): Promise<ImportRun> {
  return http.get<ImportRun>(`${IMPORTS}/${encodeURIComponent(id)}`, { signal });
}

/** `GET /admin/imports`: the runs, newest first. */
export function listImportRuns(query: Partial<PageQuery>, signal?: AbortSignal): Promise<ImportRunPage> {
  return http.get<ImportRunPage>(IMPORTS, { query: { ...query }, signal });
}

/** `POST /admin/imports/{id}/resume`: carries a stopped run on from its next row; 409 when it has finished. */
export function resumeImportRun(id: string): Promise<ImportRun> {
  return http.post<ImportRun>(`${IMPORTS}/${encodeURIComponent(id)}/resume`);
}
