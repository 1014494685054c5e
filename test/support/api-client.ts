import { randomBytes } from 'node:crypto';
import type { OrganizationKind, RegisterResponse, SessionResponse } from '@mcf/contracts';
import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import { samplePdf } from './sample-files.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid 统一社会信用代码 for a company registered in 咸安区 (421202). */
export function newCreditCode(): string {
  const body = Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join('');
  const first17 = `91421202MA4${body}`;
  return `${first17}${computeCreditCodeCheckCharacter(first17)}`;
}

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString('hex')}@example.cn`;
}

export const DEMO_ADMIN = { email: 'admin@demo.mcf.local', password: 'Demo-Admin-2026' };
export const TEST_PASSWORD = 'Xianning-Test-Pass-2026';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small JSON client for black-box tests: bearer token, cookies and a client IP of the caller's choice. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async call<T = unknown>(
    method: string,
    path: string,
    options: { token?: string; body?: unknown; cookie?: string; ip?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
    if (options.token) headers.Authorization = `Bearer ${options.token}`;
    if (options.cookie) headers.Cookie = options.cookie;
    if (options.ip) headers['X-Forwarded-For'] = options.ip;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  /** A multipart upload of a scanned certificate with its fields. */
  async uploadQualification(
    organizationId: string,
    token: string | undefined,
    fields: Record<string, string>,
    file?: { content: Uint8Array; name: string; type?: string },
  ): Promise<ApiResponse<{ id: string; status: string; vetted: boolean }>> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file) form.append('file', new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.type ?? 'application/pdf' }), file.name);
    const response = await fetch(`${this.baseUrl}/api/v1/enterprises/${organizationId}/qualifications`, {
      method: 'POST',
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      body: form,
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: body as { id: string; status: string; vetted: boolean }, headers: response.headers };
  }

  /** Posts a file as multipart `file` to `path`. */
  async postFile<T = unknown>(path: string, token: string | undefined, content: Uint8Array, name: string, type = 'text/csv'): Promise<ApiResponse<T>> {
    const form = new FormData();
    form.append('file', new Blob([content as Uint8Array<ArrayBuffer>], { type }), name);
    const response = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: token ? { Authorization: `Bearer ${token}` } : {}, body: form });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }

  async login(email: string, password: string): Promise<{ token: string; cookie: string; session: SessionResponse }> {
    const response = await this.call<SessionResponse>('POST', '/api/v1/auth/login', { body: { email, password } });
    if (response.status !== 200) throw new Error(`login ${email}: ${response.status} ${JSON.stringify(response.body)}`);
    return { token: response.body.accessToken, cookie: refreshCookieOf(response.headers), session: response.body };
  }

  /** Registers a user with a new organisation and signs in as that user. */
  async registerOrganization(kind: OrganizationKind, label = kind.toLowerCase()) {
    const email = uniqueEmail(label);
    const creditCode = newCreditCode();
    const response = await this.call<RegisterResponse>('POST', '/api/v1/auth/register', {
      body: { email, password: TEST_PASSWORD, name: `${label} 负责人`, organization: { kind, name: `${label} 测试单位 ${creditCode.slice(-6)}`, creditCode, region: '421202' } },
    });
    if (response.status !== 201) throw new Error(`register: ${response.status} ${JSON.stringify(response.body)}`);
    const { token, cookie } = await this.login(email, TEST_PASSWORD);
    return { email, password: TEST_PASSWORD, creditCode, token, cookie, userId: response.body.user.id, organizationId: response.body.organization.id };
  }

  async adminToken(): Promise<string> {
    return (await this.login(DEMO_ADMIN.email, DEMO_ADMIN.password)).token;
  }

  async setOrganizationStatus(adminToken: string, organizationId: string, action: 'verify' | 'reject' | 'suspend' | 'reinstate') {
    const response = await this.call('POST', `/api/v1/admin/organizations/${organizationId}/${action}`, {
      token: adminToken,
      body: action === 'verify' ? undefined : { reason: `测试：${action}` },
    });
    if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

/** `name=value` of the refresh cookie in a Set-Cookie header, ready to send back. */
export function refreshCookieOf(headers: Headers): string {
  const setCookie = headers.getSetCookie().find((c) => c.startsWith('mcf_refresh='));
  return setCookie ? setCookie.split(';')[0]! : '';
}

/** A tiny but whole PDF: the platform checks its structure (header, cross-reference table, %%EOF). */
export const SAMPLE_PDF = samplePdf();

export const CERTIFICATE_FIELDS = {
  type: 'GJB9001C',
  certificateNo: 'GJB-2026-0001',
  issuer: '中国新时代认证中心',
  issuedAt: '2025-01-10',
  expiresAt: '2028-01-09',
};
