import {
  API_PREFIX,
  type EnterprisePublicView,
  type ProfileContentInput,
  type ProfileDraftView,
  type QualificationEdit,
  type QualificationList,
  type QualificationUploadFields,
  type QualificationView,
} from '@mcf/contracts';
import { getActivePinia } from 'pinia';
import { useSessionStore } from '../stores/session';
import { ApiProblem, http, NetworkError, toProblemDetails } from './http';

const ENTERPRISES = `${API_PREFIX}/enterprises`;
const QUALIFICATIONS = `${API_PREFIX}/qualifications`;
const org = (orgId: string) => `${ENTERPRISES}/${encodeURIComponent(orgId)}`;

/** `GET /enterprises/{orgId}/profile`: the draft, its completeness and what is published. */
export function getProfileDraft(orgId: string, signal?: AbortSignal): Promise<ProfileDraftView> {
  return http.get<ProfileDraftView>(`${org(orgId)}/profile`, { signal });
}

/** `PUT /enterprises/{orgId}/profile`: saves the draft (autosave); unknown keys are refused. */
export function saveProfileDraft(orgId: string, content: ProfileContentInput): Promise<ProfileDraftView> {
  return http.put<ProfileDraftView>(`${org(orgId)}/profile`, content);
}

/** `POST /enterprises/{orgId}/profile/publish`; 422 `PROFILE_INCOMPLETE` naming the missing fields. */
export function publishProfile(orgId: string): Promise<ProfileDraftView> {
  return http.post<ProfileDraftView>(`${org(orgId)}/profile/publish`);
}

/** `POST /enterprises/{orgId}/profile/reconfirm`: the published profile is still accurate; restarts the staleness clock. */
export function reconfirmProfile(orgId: string): Promise<ProfileDraftView> {
  return http.post<ProfileDraftView>(`${org(orgId)}/profile/reconfirm`);
}

/** `GET /enterprises/{orgId}` (public): the published profile with vetted certificates; 404 when unpublished. */
export function getPublicEnterprise(orgId: string, signal?: AbortSignal): Promise<EnterprisePublicView> {
  return http.get<EnterprisePublicView>(org(orgId), { signal });
}

/** `GET /enterprises/{orgId}/qualifications`: every certificate for the firm itself. */
export function listQualifications(orgId: string, signal?: AbortSignal): Promise<QualificationList> {
  return http.get<QualificationList>(`${org(orgId)}/qualifications`, { signal });
}

/** `PATCH /qualifications/{id}`: an edit returns an approved certificate to PENDING. */
export function editQualification(id: string, edit: QualificationEdit): Promise<QualificationView> {
  return http.patch<QualificationView>(`${QUALIFICATIONS}/${encodeURIComponent(id)}`, edit);
}

function accessToken(): string | null {
  return getActivePinia() ? useSessionStore().accessToken : null;
}

function language(): string | null {
  return typeof document === 'undefined' ? null : document.documentElement.lang || null;
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  return new ApiProblem(toProblemDetails(response.status, response.statusText, body));
}

/** `GET /qualifications/{id}/file`: the scan as a blob. */
export function fetchQualificationFile(id: string, signal?: AbortSignal): Promise<Blob> {
  return fetchProtectedFile(`${QUALIFICATIONS}/${encodeURIComponent(id)}/file`, signal);
}

/**
 * A file the API serves only with the bearer header (a scan), as a blob: no plain link can carry the
 * header. Refreshes the session once on a 401, like `http.ts`.
 */
export async function fetchProtectedFile(path: string, signal?: AbortSignal): Promise<Blob> {
  const url = `${import.meta.env.VITE_API_BASE_URL ?? ''}${path}`;
  const send = () => {
    const headers = new Headers();
    const token = accessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const lang = language();
    if (lang) headers.set('Accept-Language', lang);
    return fetch(url, { headers, credentials: 'include', signal });
  };
  let response: Response;
  try {
    response = await send();
    if (response.status === 401 && getActivePinia() && (await useSessionStore().refresh())) response = await send();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(`GET ${url} failed: no answer`, false, { cause });
  }
  if (!response.ok) throw await problemOf(response);
  return response.blob();
}

export interface UploadOptions {
  /** Told the fraction sent so far, 0–1. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

/** The request an upload sends, without the network: exported for tests. */
export function qualificationFormData(fields: QualificationUploadFields, file: Blob, fileName: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined || value === null || value === '') continue;
    form.append(name, String(value));
  }
  form.append('file', file, fileName);
  return form;
}

/**
 * `POST /enterprises/{orgId}/qualifications` (multipart) through XMLHttpRequest, so that the page can
 * show how much is sent. 413 / 415 and field errors come back as an ApiProblem, like every other call.
 */
export function uploadQualification(
  orgId: string,
  fields: QualificationUploadFields,
  file: File,
  options: UploadOptions = {},
): Promise<QualificationView> {
  const url = `${import.meta.env.VITE_API_BASE_URL ?? ''}${org(orgId)}/qualifications`;
  const body = qualificationFormData(fields, file, file.name);
  const attempt = () =>
    new Promise<QualificationView>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      const token = accessToken();
      if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      const lang = language();
      if (lang) xhr.setRequestHeader('Accept-Language', lang);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
      };
      xhr.onload = () => {
        let payload: unknown;
        try {
          payload = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
        } catch {
          payload = undefined;
        }
        if (xhr.status >= 200 && xhr.status < 300 && payload !== undefined) {
          options.onProgress?.(1);
          resolve(payload as QualificationView);
        } else {
          reject(new ApiProblem(toProblemDetails(xhr.status, xhr.statusText, payload)));
        }
      };
      xhr.onerror = () => reject(new NetworkError(`POST ${url} failed: no answer`));
      xhr.ontimeout = () => reject(new NetworkError(`POST ${url} timed out`, true));
      options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
      xhr.send(body);
    });
  return attempt().catch(async (error: unknown) => {
    if (error instanceof ApiProblem && error.status === 401 && getActivePinia()) {
      if (await useSessionStore().refresh()) return attempt();
    }
    throw error;
  });
}
