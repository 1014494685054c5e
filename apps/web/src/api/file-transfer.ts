import { getActivePinia } from 'pinia';
import { useSessionStore } from '../stores/session';
import { ApiProblem, NetworkError, toProblemDetails } from './http';

/** Multipart uploads and binary downloads, which the JSON client (`http.ts`) does not make. */

function accessToken(): string | null {
  return getActivePinia() ? useSessionStore().accessToken : null;
}

function language(): string | null {
  return typeof document === 'undefined' ? null : document.documentElement.lang || null;
}

export async function problemOf(response: Response): Promise<ApiProblem> {
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  return new ApiProblem(toProblemDetails(response.status, response.statusText, body));
}

/** A call with the bearer header that `http.ts` cannot make (multipart, binary); refreshes the session once on a 401. */
export async function authorisedFetch(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
  const send = () => {
    const headers = new Headers(init.headers);
    const token = accessToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const lang = language();
    if (lang) headers.set('Accept-Language', lang);
    return fetch(url, { ...init, headers, credentials: 'include', signal });
  };
  try {
    let response = await send();
    if (response.status === 401 && getActivePinia() && (await useSessionStore().refresh())) response = await send();
    return response;
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new NetworkError(`${init.method ?? 'GET'} ${url} failed: no answer`, false, { cause });
  }
}

const apiUrl = (path: string) => `${import.meta.env.VITE_API_BASE_URL ?? ''}${path}`;

/** Posts one file as the multipart field `file` (413 / 415 come back as an ApiProblem like every other error). */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await authorisedFetch(apiUrl(path), {
    method: 'POST',
    headers: { Accept: 'application/json, application/problem+json' },
    body: form,
  });
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as T;
}

/** A stored file as a blob (it needs the bearer header, so no plain link). */
export async function downloadFile(path: string, signal?: AbortSignal): Promise<Blob> {
  const response = await authorisedFetch(apiUrl(path), {}, signal);
  if (!response.ok) throw await problemOf(response);
  return response.blob();
}
