import { HEALTH_PATH, type HealthReport, PROBLEM_CONTENT_TYPE, type ProblemDetails } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem, createHttpClient, NetworkError, parseRetryAfter } from './http';

function jsonResponse(status: number, body: unknown, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

function clientWith(response: Response | Error, options: Parameters<typeof createHttpClient>[0] = {}) {
  const fetch = vi.fn<typeof globalThis.fetch>(() =>
    response instanceof Error ? Promise.reject(response) : Promise.resolve(response),
  );
  return { client: createHttpClient({ ...options, fetch }), fetch };
}

const conflict: ProblemDetails = {
  type: 'https://mcf.example/problems/organization-exists',
  title: '该统一社会信用代码已注册',
  status: 409,
  code: 'ORGANIZATION_EXISTS',
  detail: 'An organization with credit code 91421200MA4K0000X is already registered',
  requestId: 'req-1',
  errors: [
    {
      field: 'organization.creditCode',
      code: 'DUPLICATE',
      message: 'already registered',
      messageZh: '已注册',
    },
  ],
};

describe('http client', () => {
  it('turns a problem+json answer into an ApiProblem carrying the problem details', async () => {
    const { client } = clientWith(jsonResponse(409, conflict, PROBLEM_CONTENT_TYPE));

    const error = await client
      .post('/api/v1/organizations', { name: 'x' })
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiProblem);
    const problem = error as ApiProblem;
    expect(problem.problem).toEqual(conflict);
    expect(problem.status).toBe(409);
    expect(problem.code).toBe('ORGANIZATION_EXISTS');
    expect(problem.message).toBe(conflict.detail);
  });

  it('still gives an ApiProblem for an error that is not problem+json (a proxy page)', async () => {
    const { client } = clientWith(
      new Response('<html>Bad Gateway</html>', {
        status: 502,
        statusText: 'Bad Gateway',
        headers: { 'Content-Type': 'text/html' },
      }),
    );

    await expect(client.get('/api/v1/system/info')).rejects.toMatchObject({
      name: 'ApiProblem',
      problem: { status: 502, title: 'Bad Gateway', code: 'HTTP_502', type: 'about:blank' },
    });
  });

  it('reports no answer at all as a NetworkError', async () => {
    const { client } = clientWith(new TypeError('fetch failed'));
    await expect(client.get(HEALTH_PATH)).rejects.toBeInstanceOf(NetworkError);
  });

  it('accepts the statuses a caller declares as answers (the health check 503)', async () => {
    const report: HealthReport = { status: 'error', details: { database: { status: 'down' } } };
    const { client } = clientWith(jsonResponse(503, report));

    await expect(client.get<HealthReport>(HEALTH_PATH, { acceptStatuses: [503] })).resolves.toEqual(report);
  });

  it('sends JSON with cookies, the bearer token and the UI language', async () => {
    const { client, fetch } = clientWith(jsonResponse(201, { id: '1' }), {
      baseUrl: 'https://api.example.org/',
      getAccessToken: () => 'token-123',
      getLanguage: () => 'zh-CN',
    });

    await expect(
      client.post('/api/v1/demands', { title: '应急舟桥' }, { query: { draft: true } }),
    ).resolves.toEqual({
      id: '1',
    });

    const [url, init] = fetch.mock.calls[0]!;
    const headers = new Headers(init?.headers);
    expect(url).toBe('https://api.example.org/api/v1/demands?draft=true');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('include');
    expect(init?.body).toBe(JSON.stringify({ title: '应急舟桥' }));
    expect(headers.get('Authorization')).toBe('Bearer token-123');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Accept-Language')).toBe('zh-CN');
  });

  it('sends no Authorization header without a token', async () => {
    const { client, fetch } = clientWith(jsonResponse(200, {}), { getAccessToken: () => null });
    await client.get('/api/v1/system/info');
    expect(new Headers(fetch.mock.calls[0]![1]?.headers).has('Authorization')).toBe(false);
  });

  it('rejects a success that is not JSON (an HTML fallback page)', async () => {
    const { client } = clientWith(
      new Response('<!doctype html>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
    );
    await expect(client.get('/api/v1/system/info')).rejects.toMatchObject({ code: 'UNEXPECTED_RESPONSE' });
  });

  it('carries the seconds of Retry-After on a 429', async () => {
    const { client } = clientWith(
      new Response(
        JSON.stringify({ type: 'about:blank', title: '尝试次数过多', status: 429, code: 'RATE_LIMITED' }),
        {
          status: 429,
          headers: { 'Content-Type': PROBLEM_CONTENT_TYPE, 'Retry-After': '42' },
        },
      ),
    );
    await expect(client.post('/api/v1/auth/login', {})).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 42,
    });
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-03-01T08:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Sun, 01 Mar 2026 08:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });

  it('accepts a 202 without a body', async () => {
    const { client } = clientWith(new Response(null, { status: 202 }));
    await expect(
      client.post('/api/v1/auth/forgot-password', { email: 'a@example.cn' }),
    ).resolves.toBeUndefined();
  });

  it('refreshes the session once on a 401 and repeats the call, never for /auth calls', async () => {
    const fetch = vi
      .fn<typeof globalThis.fetch>()
      .mockResolvedValueOnce(
        jsonResponse(
          401,
          { title: 'Unauthorized', status: 401, code: 'UNAUTHENTICATED' },
          PROBLEM_CONTENT_TYPE,
        ),
      )
      .mockResolvedValueOnce(jsonResponse(200, { ok: true }))
      .mockResolvedValueOnce(
        jsonResponse(
          401,
          { title: 'Unauthorized', status: 401, code: 'INVALID_REFRESH_TOKEN' },
          PROBLEM_CONTENT_TYPE,
        ),
      );
    const refreshSession = vi.fn(() => Promise.resolve(true));
    const client = createHttpClient({ fetch, refreshSession });

    await expect(client.get('/api/v1/me')).resolves.toEqual({ ok: true });
    expect(refreshSession).toHaveBeenCalledOnce();

    await expect(client.post('/api/v1/auth/refresh')).rejects.toMatchObject({ status: 401 });
    expect(refreshSession).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledTimes(3);
  });
});
