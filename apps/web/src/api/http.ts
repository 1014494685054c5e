import { API_PREFIX, PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@mcf/contracts';

/** The API answered with an error: the RFC 9457 problem details it sent (or ones made up for a non-problem answer). */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';

  /** Seconds the API asked us to wait (`Retry-After` of a 429), when it said so. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly problem: ProblemDetails,
    init: { retryAfterSeconds?: number } = {},
  ) {
    super(problem.detail ?? problem.title);
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  get status(): number {
    return this.problem.status;
  }

  get code(): string {
    return this.problem.code;
  }
}

/** No HTTP answer at all: the API is down or unreachable, the network is gone, or the request timed out. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';

  constructor(
    message: string,
    readonly timedOut = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: HttpMethod;
  query?: Record<string, QueryValue | readonly QueryValue[]>;
  /** Sent as JSON. */
  body?: unknown;
  /** Non-2xx statuses whose JSON body is the answer rather than an error (the health check's 503). */
  acceptStatuses?: readonly number[];
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Do not try to refresh the session on a 401 (set on the retry itself). */
  skipSessionRefresh?: boolean;
}

export interface HttpClientOptions {
  /** Prefix for every path, e.g. `https://api.example.org`; empty means the app's own origin. */
  baseUrl?: string;
  getAccessToken?: () => string | null | undefined;
  getLanguage?: () => string | null | undefined;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /**
   * Called once when a call answers 401: resolves true when a fresh access token is in place, and the
   * call is then repeated once with it. Never called for the auth endpoints themselves (see below).
   */
  refreshSession?: () => Promise<boolean>;
}

export interface HttpClient {
  request<T>(path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
  delete<T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>): Promise<T>;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Calls under /auth/ never trigger a session refresh: a 401 there is the answer itself (wrong password,
 * no refresh cookie), and refreshing on a failed refresh would loop.
 */
const AUTH_PATH_PREFIX = `${API_PREFIX}/auth/`;

/** 401 codes that mean "you typed the wrong password", not "your access token has expired". */
const CREDENTIAL_CODES: ReadonlySet<string> = new Set(['INVALID_CREDENTIALS']);

function mayRefreshSessionFor(path: string): boolean {
  return !path.startsWith(AUTH_PATH_PREFIX);
}

/** `Retry-After` as seconds: either a number of seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Statuses whose success carries no body by design (202 Accepted may come without one). */
const EMPTY_SUCCESS_STATUSES: ReadonlySet<number> = new Set([202, 204, 205]);

function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values: readonly QueryValue[] = Array.isArray(value) ? value : [value as QueryValue];
    for (const item of values) if (item !== undefined && item !== null) params.append(key, String(item));
  }
  const search = params.toString();
  return search ? `${url}${url.includes('?') ? '&' : '?'}${search}` : url;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an error answer as problem details. The API always sends problem+json; anything else (a proxy's
 * 502 page, an empty 500) still becomes a ProblemDetails, with `code` `HTTP_<status>`, so callers handle one shape.
 */
export function toProblemDetails(status: number, statusText: string, body: unknown): ProblemDetails {
  const fallbackTitle = statusText || `HTTP ${status}`;
  if (!isRecord(body)) {
    return { type: 'about:blank', title: fallbackTitle, status, code: `HTTP_${status}` };
  }
  const text = (key: string): string | undefined =>
    typeof body[key] === 'string' ? (body[key] as string) : undefined;
  const problem: ProblemDetails = {
    type: text('type') ?? 'about:blank',
    title: text('title') ?? fallbackTitle,
    status: typeof body.status === 'number' ? body.status : status,
    code: text('code') ?? `HTTP_${status}`,
  };
  const detail = text('detail');
  const instance = text('instance');
  const requestId = text('requestId');
  if (detail !== undefined) problem.detail = detail;
  if (instance !== undefined) problem.instance = instance;
  if (requestId !== undefined) problem.requestId = requestId;
  if (Array.isArray(body.errors)) problem.errors = body.errors as ProblemDetails['errors'];
  if (typeof body.claimable === 'boolean') problem.claimable = body.claimable;
  return problem;
}

function isJson(contentType: string | null): boolean {
  return contentType !== null && /[/+]json\b/i.test(contentType);
}

async function readBody(response: Response): Promise<unknown> {
  const contentType = response.headers.get('content-type');
  const text = await response.text();
  if (!text || !isJson(contentType)) return text || undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const baseUrl = options.baseUrl ?? '';
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request<T>(path: string, requestOptions: RequestOptions = {}): Promise<T> {
    try {
      return await send<T>(path, requestOptions);
    } catch (error) {
      const { refreshSession } = options;
      const retry =
        refreshSession !== undefined &&
        error instanceof ApiProblem &&
        error.status === 401 &&
        !CREDENTIAL_CODES.has(error.code) &&
        !requestOptions.skipSessionRefresh &&
        !requestOptions.signal?.aborted &&
        mayRefreshSessionFor(path);
      if (!retry || !(await refreshSession())) throw error;
      return send<T>(path, { ...requestOptions, skipSessionRefresh: true });
    }
  }

  async function send<T>(path: string, requestOptions: RequestOptions): Promise<T> {
    const {
      method = 'GET',
      query,
      body,
      acceptStatuses = [],
      signal,
      timeoutMs = defaultTimeoutMs,
    } = requestOptions;

    const headers = new Headers({ Accept: `application/json, ${PROBLEM_CONTENT_TYPE}` });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    const token = options.getAccessToken?.();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const language = options.getLanguage?.();
    if (language) headers.set('Accept-Language', language);

    // One controller for both the caller's cancellation and our timeout (AbortSignal.any is too new to rely on).
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const forwardAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) forwardAbort();
    else signal?.addEventListener('abort', forwardAbort, { once: true });

    let response: Response;
    try {
      response = await (options.fetch ?? globalThis.fetch)(buildUrl(baseUrl, path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'include',
        signal: controller.signal,
      });
    } catch (cause) {
      if (signal?.aborted) throw cause;
      throw new NetworkError(
        timedOut
          ? `${method} ${path} timed out after ${timeoutMs} ms`
          : `${method} ${path} failed: no answer`,
        timedOut,
        { cause },
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    }

    if (response.status === 204) return undefined as T;
    const payload = await readBody(response);
    if (payload === undefined && EMPTY_SUCCESS_STATUSES.has(response.status)) return undefined as T;
    if (response.ok || acceptStatuses.includes(response.status)) {
      if (payload !== undefined && typeof payload !== 'string') return payload as T;
      // A success without JSON is not an answer of our API (e.g. an HTML fallback page): report it as a problem.
      throw new ApiProblem({
        type: 'about:blank',
        title: 'Unexpected response',
        status: response.status,
        detail: `${method} ${path} answered without a JSON body`,
        code: 'UNEXPECTED_RESPONSE',
      });
    }
    throw new ApiProblem(toProblemDetails(response.status, response.statusText, payload), {
      retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    });
  }

  return {
    request,
    get: (path, opts) => request(path, { ...opts, method: 'GET' }),
    post: (path, body, opts) => request(path, { ...opts, method: 'POST', body }),
    put: (path, body, opts) => request(path, { ...opts, method: 'PUT', body }),
    patch: (path, body, opts) => request(path, { ...opts, method: 'PATCH', body }),
    delete: (path, opts) => request(path, { ...opts, method: 'DELETE' }),
  };
}

/** How the app's client reaches the session: its token, and one refresh on a 401. */
export type SessionHooks = Required<Pick<HttpClientOptions, 'getAccessToken' | 'refreshSession'>>;

let sessionHooks: SessionHooks | null = null;

/**
 * Connects the app's client to the session, once at start (`main.ts`; the unit tests' setup does the
 * same). The client imports no store, so `http` ↔ `stores/session` ↔ `api/auth` form no import cycle.
 * Until then requests go without a token and a 401 is final.
 */
export function configureHttp(hooks: SessionHooks): void {
  sessionHooks = hooks;
}

/**
 * The app's client: same-origin by default, bearer token from the session (see `configureHttp`), language
 * from `<html lang>` (the UI language: the API answers problem titles in it), and one session refresh on a
 * 401.
 */
export const http = createHttpClient({
  baseUrl: import.meta.env.VITE_API_BASE_URL ?? '',
  getAccessToken: () => sessionHooks?.getAccessToken() ?? null,
  getLanguage: () => (typeof document === 'undefined' ? null : document.documentElement.lang),
  refreshSession: () => sessionHooks?.refreshSession() ?? Promise.resolve(false),
});
