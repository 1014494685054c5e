import { REFRESH_COOKIE_NAME } from '@mcf/contracts';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { Request, Response } from 'express';

const COOKIE_PATH = '/api/v1/auth';
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Secure everywhere but on localhost, where browsers refuse Secure cookies over plain http. */
function isSecure(request: Request): boolean {
  return request.secure || !LOCAL_HOSTS.has(request.hostname);
}

export function readRefreshCookie(request: Request): string | undefined {
  const header = request.headers.cookie;
  return header ? parseCookie(header)[REFRESH_COOKIE_NAME] : undefined;
}

export function setRefreshCookie(request: Request, response: Response, token: string, expiresAt: Date): void {
  response.append(
    'Set-Cookie',
    stringifySetCookie({ name: REFRESH_COOKIE_NAME, value: token, httpOnly: true, secure: isSecure(request), sameSite: 'strict', path: COOKIE_PATH, expires: expiresAt }),
  );
}

export function clearRefreshCookie(request: Request, response: Response): void {
  response.append(
    'Set-Cookie',
    stringifySetCookie({ name: REFRESH_COOKIE_NAME, value: '', httpOnly: true, secure: isSecure(request), sameSite: 'strict', path: COOKIE_PATH, expires: new Date(0) }),
  );
}
