import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changePassword, getMe, login } from '../api/auth';
import { ApiProblem } from '../api/http';
import { listMembers } from '../api/organizations';
import { enterpriseUser, jsonResponse, problem, sessionFor } from '../testing/fixtures';
import { SESSION_HINT_KEY, useSessionStore } from './session';

type Handler = (init: RequestInit) => Response | Promise<Response>;

/** A stand-in API: answers by `METHOD path`, records every call with the token it carried. */
function fakeApi(routes: Record<string, Handler | Handler[]>) {
  const calls: Array<{ route: string; authorization: string | null }> = [];
  const fetch = vi.fn(async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://app.test');
    const route = `${init.method ?? 'GET'} ${url.pathname}`;
    calls.push({ route, authorization: new Headers(init.headers).get('Authorization') });
    const handler = routes[route];
    const next = Array.isArray(handler) ? handler.shift() : handler;
    if (!next) return jsonResponse(404, problem(404, 'NOT_FOUND'));
    return next(init);
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, routes: () => calls.map((call) => call.route) };
}

const refreshed = sessionFor(enterpriseUser, 'fresh-token');
const unauthenticated = () => jsonResponse(401, problem(401, 'UNAUTHENTICATED'));

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
  });
  afterEach(() => localStorage.clear());

  it('is anonymous until someone signs in', () => {
    const session = useSessionStore();
    expect(session.viewerKind).toBe('ANONYMOUS');
    expect(session.isSignedIn).toBe(false);
    expect(session.accessToken).toBeNull();
  });

  it('signs in: keeps the token in memory only, the user, and the kind of viewer from the user', async () => {
    fakeApi({ 'POST /api/v1/auth/login': () => jsonResponse(200, sessionFor(enterpriseUser, 'access-1')) });
    const session = useSessionStore();

    await session.signIn({ email: 'li.wei@example.cn', password: 'Xianning-Composite-2026' });

    expect(session.accessToken).toBe('access-1');
    expect(session.user?.name).toBe('李伟');
    expect(session.viewerKind).toBe('ENTERPRISE');
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-1');
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBe('1');
  });

  it('restores the session at start through the refresh cookie when this browser had signed in', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const api = fakeApi({ 'POST /api/v1/auth/refresh': () => jsonResponse(200, refreshed) });
    const session = useSessionStore();

    const restoring = session.restore();
    expect(session.restoreState).toBe('restoring');
    await expect(restoring).resolves.toBe(true);

    expect(session.restoreState).toBe('done');
    expect(session.accessToken).toBe('fresh-token');
    expect(session.viewerKind).toBe('ENTERPRISE');
    // Restoring twice (every navigation asks) costs one request.
    await session.restore();
    expect(api.routes()).toEqual(['POST /api/v1/auth/refresh']);
  });

  it('does not ask the API at start when this browser never signed in (no 401 for every visitor)', async () => {
    const api = fakeApi({});
    const session = useSessionStore();

    await expect(session.restore()).resolves.toBe(false);
    expect(session.restoreState).toBe('done');
    expect(api.calls).toEqual([]);
  });

  it('starts signed out when the refresh cookie is refused, and forgets the hint', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    fakeApi({
      'POST /api/v1/auth/refresh': () => jsonResponse(401, problem(401, 'INVALID_REFRESH_TOKEN')),
    });
    const session = useSessionStore();

    await expect(session.restore()).resolves.toBe(false);
    expect(session.isSignedIn).toBe(false);
    expect(session.expired).toBe(false);
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();
  });

  it('refreshes once on a 401 and repeats the call with the new token', async () => {
    const api = fakeApi({
      'GET /api/v1/me': [unauthenticated, () => jsonResponse(200, enterpriseUser)],
      'POST /api/v1/auth/refresh': () => jsonResponse(200, refreshed),
    });
    const session = useSessionStore();
    session.startSession(sessionFor(enterpriseUser, 'expired-token'));

    await expect(getMe()).resolves.toEqual(enterpriseUser);

    expect(api.calls).toEqual([
      { route: 'GET /api/v1/me', authorization: 'Bearer expired-token' },
      { route: 'POST /api/v1/auth/refresh', authorization: 'Bearer expired-token' },
      { route: 'GET /api/v1/me', authorization: 'Bearer fresh-token' },
    ]);
    expect(session.accessToken).toBe('fresh-token');
  });

  it('gives up after one retry: a second 401 is the answer', async () => {
    const api = fakeApi({
      'GET /api/v1/me': [unauthenticated, unauthenticated, unauthenticated],
      'POST /api/v1/auth/refresh': () => jsonResponse(200, refreshed),
    });
    useSessionStore().startSession(sessionFor(enterpriseUser, 'expired-token'));

    await expect(getMe()).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(api.routes()).toEqual(['GET /api/v1/me', 'POST /api/v1/auth/refresh', 'GET /api/v1/me']);
  });

  it('ends the session, marked as expired, when the refresh is refused after a 401', async () => {
    const api = fakeApi({
      'GET /api/v1/me': unauthenticated,
      'POST /api/v1/auth/refresh': () => jsonResponse(401, problem(401, 'INVALID_REFRESH_TOKEN')),
    });
    const session = useSessionStore();
    session.startSession(sessionFor(enterpriseUser, 'expired-token'));

    await expect(getMe()).rejects.toBeInstanceOf(ApiProblem);
    expect(api.routes()).toEqual(['GET /api/v1/me', 'POST /api/v1/auth/refresh']);
    expect(session.isSignedIn).toBe(false);
    expect(session.viewerKind).toBe('ANONYMOUS');
    expect(session.expired).toBe(true);
  });

  it('never refreshes for a 401 of the /auth calls themselves (no loop)', async () => {
    const api = fakeApi({
      'POST /api/v1/auth/login': () => jsonResponse(401, problem(401, 'INVALID_CREDENTIALS')),
      'POST /api/v1/auth/refresh': () => jsonResponse(401, problem(401, 'INVALID_REFRESH_TOKEN')),
    });
    const session = useSessionStore();

    await expect(login({ email: 'a@example.cn', password: 'wrong-password' })).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await expect(session.refresh()).resolves.toBe(false);

    expect(api.routes()).toEqual(['POST /api/v1/auth/login', 'POST /api/v1/auth/refresh']);
  });

  it('does not take a wrong current password for an expired token', async () => {
    const api = fakeApi({
      'POST /api/v1/me/password': () => jsonResponse(401, problem(401, 'INVALID_CREDENTIALS')),
    });
    useSessionStore().startSession(sessionFor(enterpriseUser));

    await expect(
      changePassword({ currentPassword: 'not-it', newPassword: 'Another-Secret-2026' }),
    ).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(api.routes()).toEqual(['POST /api/v1/me/password']);
  });

  it('shares one refresh between calls that fail at the same time (the cookie rotates on each use)', async () => {
    const api = fakeApi({
      'GET /api/v1/me': [unauthenticated, () => jsonResponse(200, enterpriseUser)],
      'GET /api/v1/organizations/org-1/members': [unauthenticated, () => jsonResponse(200, { items: [] })],
      'POST /api/v1/auth/refresh': () => jsonResponse(200, refreshed),
    });
    useSessionStore().startSession(sessionFor(enterpriseUser, 'expired-token'));

    await Promise.all([getMe(), listMembers('org-1')]);

    expect(api.routes().filter((route) => route === 'POST /api/v1/auth/refresh')).toHaveLength(1);
  });

  it('signs out on the server and here, and here even when the server cannot be reached', async () => {
    const api = fakeApi({ 'POST /api/v1/auth/logout': () => new Response(null, { status: 204 }) });
    const session = useSessionStore();
    session.startSession(sessionFor(enterpriseUser, 'access-1'));

    await session.signOut();

    expect(api.calls).toEqual([{ route: 'POST /api/v1/auth/logout', authorization: 'Bearer access-1' }]);
    expect(session.isSignedIn).toBe(false);
    expect(session.user).toBeNull();
    expect(localStorage.getItem(SESSION_HINT_KEY)).toBeNull();

    session.startSession(sessionFor(enterpriseUser));
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('fetch failed'))),
    );
    await session.signOut();
    expect(session.isSignedIn).toBe(false);
  });
});
