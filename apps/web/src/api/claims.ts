import {
  API_PREFIX,
  type ClaimAdminPage,
  type ClaimAdminView,
  type ClaimFiled,
  type ClaimStatus,
} from '@mcf/contracts';
import { fetchProtectedFile } from './enterprises';
import { ApiProblem, http, NetworkError, parseRetryAfter, toProblemDetails } from './http';

const CLAIMS = `${API_PREFIX}/auth/claims`;
const ADMIN_CLAIMS = `${API_PREFIX}/admin/claims`;

/** What the claim form sends besides the licence (the same fields as registration's account part). */
export interface ClaimRequest {
  creditCode: string;
  name: string;
  email: string;
  password: string;
}

/** The multipart body of a claim: exported for tests. */
export function claimFormData(fields: ClaimRequest, licence: Blob, fileName: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('licence', licence, fileName);
  return form;
}

/** `POST /auth/claims` (multipart, no session needed): 202 with the pending claim, or an ApiProblem. */
export async function fileClaim(
  fields: ClaimRequest,
  licence: File,
  fetcher: typeof fetch = globalThis.fetch,
): Promise<ClaimFiled> {
  const url = `${import.meta.env.VITE_API_BASE_URL ?? ''}${CLAIMS}`;
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  const lang = typeof document === 'undefined' ? null : document.documentElement.lang;
  if (lang) headers.set('Accept-Language', lang);
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'POST',
      headers,
      body: claimFormData(fields, licence, licence.name),
      credentials: 'include',
    });
  } catch (cause) {
    throw new NetworkError(`POST ${url} failed: no answer`, false, { cause });
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    body = undefined;
  }
  if (response.ok && body !== undefined) return body as ClaimFiled;
  throw new ApiProblem(toProblemDetails(response.status, response.statusText, body), {
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  });
}

export interface ClaimQueueParams {
  status?: ClaimStatus;
  page?: number;
  pageSize?: number;
}

/** `GET /admin/claims`: pending claims first, oldest first, then decided ones. */
export function listClaims(query: ClaimQueueParams, signal?: AbortSignal): Promise<ClaimAdminPage> {
  return http.get<ClaimAdminPage>(ADMIN_CLAIMS, { query: { ...query }, signal });
}

/** `POST /admin/claims/{id}/approve`: the claimant becomes the organisation's owner. */
export function approveClaim(id: string): Promise<ClaimAdminView> {
  return http.post<ClaimAdminView>(`${ADMIN_CLAIMS}/${encodeURIComponent(id)}/approve`);
}

/** `POST /admin/claims/{id}/reject` with the reason the claimant is told. */
export function rejectClaim(id: string, reason: string): Promise<ClaimAdminView> {
  return http.post<ClaimAdminView>(`${ADMIN_CLAIMS}/${encodeURIComponent(id)}/reject`, { reason });
}

/** `GET /admin/claims/{id}/licence`: the business-licence scan as a blob. */
export function fetchClaimLicence(id: string, signal?: AbortSignal): Promise<Blob> {
  return fetchProtectedFile(`${ADMIN_CLAIMS}/${encodeURIComponent(id)}/licence`, signal);
}
