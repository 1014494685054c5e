import { SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ProblemDetailsSchema, type SessionResponse, type UserView } from '@mcf/contracts';
import { ApiClient, newCreditCode, refreshCookieOf, TEST_PASSWORD, uniqueEmail } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
const JWT_SECRET = 'test-secret-for-forging-checks-0123456789abcdef';
let app: RunningApp;
let api: ApiClient;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { JWT_SECRET }));
  api = new ApiClient(app.baseUrl);
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

function registration(overrides: Record<string, unknown> = {}, organization: Record<string, unknown> = {}) {
  return {
    email: uniqueEmail('reg'),
    password: TEST_PASSWORD,
    name: '王工',
    ...overrides,
    organization: { kind: 'ENTERPRISE', name: '咸宁测试复合材料有限公司', creditCode: newCreditCode(), region: '421202', ...organization },
  };
}

describe('registration', () => {
  it('creates a user and a pending organisation, and never shows a password hash', async () => {
    const body = registration();
    const response = await api.call<{ user: UserView; organization: { status: string } }>('POST', '/api/v1/auth/register', { body });
    expect(response.status).toBe(201);
    expect(response.body.organization.status).toBe('PENDING_VERIFICATION');
    expect(response.body.user).toMatchObject({ email: body.email, viewerKind: 'ENTERPRISE', organization: { membershipRole: 'OWNER' } });
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|passwordHash|password_hash/);
  });

  it('refuses a second organisation with the same credit code (409, field named)', async () => {
    const creditCode = newCreditCode();
    expect((await api.call('POST', '/api/v1/auth/register', { body: registration({}, { creditCode }) })).status).toBe(201);
    const again = await api.call('POST', '/api/v1/auth/register', { body: registration({}, { creditCode }) });
    expect(again.status).toBe(409);
    const problem = ProblemDetailsSchema.parse(again.body);
    expect(problem.code).toBe('CREDIT_CODE_TAKEN');
    expect(problem.errors?.[0]?.field).toBe('organization.creditCode');
  });

  it('refuses a taken email (409)', async () => {
    const email = uniqueEmail('dup');
    expect((await api.call('POST', '/api/v1/auth/register', { body: registration({ email }) })).status).toBe(201);
    const again = await api.call('POST', '/api/v1/auth/register', { body: registration({ email: email.toUpperCase() }) });
    expect(again.status).toBe(409);
    expect((again.body as { code: string }).code).toBe('EMAIL_TAKEN');
  });

  it('names each invalid field and writes nothing', async () => {
    const body = registration({ password: 'short' }, { creditCode: '91421202MA4XXXXXX0', region: '42' });
    const response = await api.call('POST', '/api/v1/auth/register', { body });
    expect(response.status).toBe(400);
    const fields = ProblemDetailsSchema.parse(response.body).errors?.map((e) => e.field).sort();
    expect(fields).toEqual(['organization.creditCode', 'organization.region', 'password']);
    expect((await api.call('POST', '/api/v1/auth/login', { body: { email: body.email, password: 'short' } })).status).toBe(401);
  });

  it('refuses fields the caller may not set (mass assignment)', async () => {
    const response = await api.call('POST', '/api/v1/auth/register', { body: { ...registration(), platformRole: 'ADMIN' } });
    expect(response.status).toBe(400);
    expect(ProblemDetailsSchema.parse(response.body).errors?.[0]).toMatchObject({ field: 'platformRole', code: 'UNKNOWN_FIELD' });
  });

  it('refuses NUL characters with the field named (PostgreSQL cannot store them), and writes nothing', async () => {
    const body = registration({ name: '张\u0000三' }, { name: '咸宁\u0000机电' });
    const response = await api.call('POST', '/api/v1/auth/register', { body });
    expect(response.status).toBe(400);
    const errors = ProblemDetailsSchema.parse(response.body).errors ?? [];
    expect(errors.map((e) => [e.field, e.code]).sort()).toEqual([
      ['name', 'INVALID_CHARACTER'],
      ['organization.name', 'INVALID_CHARACTER'],
    ]);
    expect(errors[0]?.messageZh).toBe('不能包含空字符（NUL）');
    const clean = registration({ email: body.email }, { creditCode: body.organization.creditCode });
    expect((await api.call('POST', '/api/v1/auth/register', { body: clean })).status).toBe(201);
  });

  it('ignores a status smuggled into the organisation', async () => {
    const body = registration({}, { status: 'VERIFIED' });
    const response = await api.call<{ organization: { status: string } }>('POST', '/api/v1/auth/register', { body });
    expect(response.status).toBe(201);
    expect(response.body.organization.status).toBe('PENDING_VERIFICATION');
  });
});

describe('sign-in', () => {
  it('answers a wrong email and a wrong password alike', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const wrongPassword = await api.call('POST', '/api/v1/auth/login', { body: { email: firm.email, password: 'Not-The-Password-1' } });
    const wrongEmail = await api.call('POST', '/api/v1/auth/login', { body: { email: uniqueEmail('nobody'), password: 'Not-The-Password-1' } });
    expect(wrongPassword.status).toBe(401);
    expect(wrongEmail.status).toBe(401);
    const strip = (body: unknown) => ({ ...(body as object), instance: undefined, requestId: undefined });
    expect(strip(wrongPassword.body)).toEqual(strip(wrongEmail.body));
  });

  it('returns an access token and sets an httpOnly SameSite=Strict refresh cookie scoped to /api/v1/auth', async () => {
    const firm = await api.registerOrganization('PROCURER');
    const response = await api.call<SessionResponse>('POST', '/api/v1/auth/login', { body: { email: firm.email, password: firm.password } });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('mcf_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    expect(response.body.expiresIn).toBe(900);
    expect(JSON.stringify(response.body)).not.toMatch(/argon2|passwordHash/);
    const me = await api.call<UserView>('GET', '/api/v1/me', { token: response.body.accessToken });
    expect(me.body).toMatchObject({ email: firm.email, viewerKind: 'PROCURER', organization: { status: 'PENDING_VERIFICATION' } });
  });
});

describe('access tokens', () => {
  it('refuses a forged, an expired, an unsigned and a malformed token with 401', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const key = new TextEncoder().encode(JWT_SECRET);
    const claims = { sv: 0 };
    const expired = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(firm.userId).setIssuer('mcf-platform').setAudience('mcf-api').setIssuedAt(Math.floor(Date.now() / 1000) - 3600).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key);
    const forged = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject(firm.userId).setIssuer('mcf-platform').setAudience('mcf-api').setIssuedAt().setExpirationTime('10m').sign(new TextEncoder().encode('another-secret-another-secret-another-secret'));
    const [header, payload] = firm.token.split('.');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ sv: 0, sub: '00000000-0000-4000-8000-000000000000', iss: 'mcf-platform', aud: 'mcf-api', exp: 9999999999 })).toString('base64url')}.${firm.token.split('.')[2]}`;
    for (const token of [expired, forged, unsigned, tampered, 'not-a-jwt']) {
      const response = await api.call('GET', '/api/v1/me', { token });
      expect(response.status, token.slice(0, 20)).toBe(401);
      expect((response.body as { code: string }).code).toBe('UNAUTHENTICATED');
    }
    expect((await api.call('GET', '/api/v1/me', { token: firm.token })).status).toBe(200);
  });
});

/** Moves a refresh token's rotation back in time, as if the grace window had passed. */
async function ageRotation(cookie: string, seconds: number): Promise<void> {
  const token = decodeURIComponent(cookie.slice(cookie.indexOf('=') + 1));
  const client = new pg.Client({ connectionString: services.databaseUrl });
  await client.connect();
  try {
    const result = await client.query(
      `UPDATE refresh_tokens SET rotated_at = rotated_at - make_interval(secs => $2) WHERE token_hash = encode(sha256($1::bytea), 'hex') AND rotated_at IS NOT NULL`,
      [token, seconds],
    );
    expect(result.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

describe('refresh tokens', () => {
  it('rotate on every use; a reuse within the grace window gets the same successor, once', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const first = await api.call<SessionResponse>('POST', '/api/v1/auth/refresh', { cookie: firm.cookie });
    expect(first.status).toBe(200);
    const rotated = refreshCookieOf(first.headers);
    expect(rotated).not.toBe(firm.cookie);

    // A second tab that refreshed with the same cookie a moment later: the same session, not a thief.
    const again = await api.call<SessionResponse>('POST', '/api/v1/auth/refresh', { cookie: firm.cookie });
    expect(again.status).toBe(200);
    expect(refreshCookieOf(again.headers)).toBe(rotated);
    expect((await api.call('GET', '/api/v1/me', { token: again.body.accessToken })).status).toBe(200);

    // The one reuse is spent: a third presentation is theft, and the whole family dies with it.
    const third = await api.call('POST', '/api/v1/auth/refresh', { cookie: firm.cookie });
    expect(third.status).toBe(401);
    expect((third.body as { code: string }).code).toBe('INVALID_REFRESH_TOKEN');
    expect((await api.call('POST', '/api/v1/auth/refresh', { cookie: rotated })).status).toBe(401);
  });

  it('a reuse after the grace window revokes the whole family, and is audited', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const first = await api.call<SessionResponse>('POST', '/api/v1/auth/refresh', { cookie: firm.cookie });
    expect(first.status).toBe(200);
    const rotated = refreshCookieOf(first.headers);
    await ageRotation(firm.cookie, 31);

    const reuse = await api.call('POST', '/api/v1/auth/refresh', { cookie: firm.cookie });
    expect(reuse.status).toBe(401);
    expect((reuse.body as { code: string }).code).toBe('INVALID_REFRESH_TOKEN');
    // The legitimate holder's newer token died with the family.
    expect((await api.call('POST', '/api/v1/auth/refresh', { cookie: rotated })).status).toBe(401);

    const admin = await api.adminToken();
    const audit = await api.call<{ items: Array<{ action: string }> }>('GET', `/api/v1/admin/audit-events?targetType=user&targetId=${firm.userId}`, { token: admin });
    expect(audit.body.items.map((e) => e.action)).toContain('session.refresh_token_reused');
  });

  it('two refreshes with the same cookie at once both succeed, with one successor that keeps working', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const [a, b] = await Promise.all([
      api.call<SessionResponse>('POST', '/api/v1/auth/refresh', { cookie: firm.cookie }),
      api.call<SessionResponse>('POST', '/api/v1/auth/refresh', { cookie: firm.cookie }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const successor = refreshCookieOf(a.headers);
    expect(refreshCookieOf(b.headers)).toBe(successor);
    for (const session of [a.body, b.body]) expect((await api.call('GET', '/api/v1/me', { token: session.accessToken })).status).toBe(200);
    const next = await api.call('POST', '/api/v1/auth/refresh', { cookie: successor });
    expect(next.status).toBe(200);
  });

  it('without a cookie answer 401', async () => {
    expect((await api.call('POST', '/api/v1/auth/refresh')).status).toBe(401);
  });
});

describe('revoking every session', () => {
  it('logout ends the access token and every refresh token', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const second = await api.login(firm.email, firm.password);
    expect((await api.call('POST', '/api/v1/auth/logout', { token: firm.token, cookie: firm.cookie })).status).toBe(204);
    expect((await api.call('GET', '/api/v1/me', { token: firm.token })).status).toBe(401);
    expect((await api.call('GET', '/api/v1/me', { token: second.token })).status).toBe(401);
    expect((await api.call('POST', '/api/v1/auth/refresh', { cookie: second.cookie })).status).toBe(401);
  });

  it('a password change does too, and needs the current password', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const wrong = await api.call('POST', '/api/v1/me/password', { token: firm.token, body: { currentPassword: 'wrong-password-1', newPassword: 'A-New-Password-2026' } });
    expect(wrong.status).toBe(401);
    const weak = await api.call('POST', '/api/v1/me/password', { token: firm.token, body: { currentPassword: firm.password, newPassword: 'password123' } });
    expect(weak.status).toBe(400);
    expect(ProblemDetailsSchema.parse(weak.body).errors?.[0]).toMatchObject({ field: 'newPassword', code: 'COMMON_PASSWORD' });
    const changed = await api.call('POST', '/api/v1/me/password', { token: firm.token, body: { currentPassword: firm.password, newPassword: 'A-New-Password-2026' } });
    expect(changed.status).toBe(204);
    expect((await api.call('GET', '/api/v1/me', { token: firm.token })).status).toBe(401);
    expect((await api.call('POST', '/api/v1/auth/refresh', { cookie: firm.cookie })).status).toBe(401);
    await api.login(firm.email, 'A-New-Password-2026');
  });

  it('an administrator disabling a user does too, and sign-in then answers 403', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const admin = await api.adminToken();
    expect((await api.call('POST', `/api/v1/admin/users/${firm.userId}/disable`, { token: admin, body: { reason: '测试停用' } })).status).toBe(204);
    expect((await api.call('GET', '/api/v1/me', { token: firm.token })).status).toBe(401);
    expect((await api.call('POST', '/api/v1/auth/refresh', { cookie: firm.cookie })).status).toBe(401);
    const login = await api.call('POST', '/api/v1/auth/login', { body: { email: firm.email, password: firm.password } });
    expect(login.status).toBe(403);
    expect((login.body as { code: string }).code).toBe('ACCOUNT_DISABLED');
    expect((await api.call('POST', `/api/v1/admin/users/${firm.userId}/enable`, { token: admin })).status).toBe(204);
    await api.login(firm.email, firm.password);
  });
});

describe('password reset without email', () => {
  it('an administrator issues a one-time code; the user sets a new password with it once', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    expect((await api.call('POST', '/api/v1/auth/forgot-password', { body: { email: firm.email } })).status).toBe(202);
    expect((await api.call('POST', '/api/v1/auth/forgot-password', { body: { email: uniqueEmail('unknown') } })).status).toBe(202);
    const admin = await api.adminToken();
    const ticket = await api.call<{ token: string }>('POST', `/api/v1/admin/users/${firm.userId}/password-reset`, { token: admin });
    expect(ticket.status).toBe(201);
    const reset = await api.call('POST', '/api/v1/auth/reset-password', { body: { token: ticket.body.token, newPassword: 'Reset-By-Admin-2026' } });
    expect(reset.status).toBe(204);
    expect((await api.call('GET', '/api/v1/me', { token: firm.token })).status).toBe(401);
    await api.login(firm.email, 'Reset-By-Admin-2026');
    const again = await api.call('POST', '/api/v1/auth/reset-password', { body: { token: ticket.body.token, newPassword: 'Reset-Again-2026x' } });
    expect(again.status).toBe(400);
    expect((again.body as { code: string }).code).toBe('INVALID_RESET_TOKEN');
  });
});

describe('audit trail', () => {
  it('records status changes with before and after, and refuses to be rewritten', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const admin = await api.adminToken();
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    const page = await api.call<{ items: { action: string; before: { status: string } | null; after: { status: string }; actorEmail: string }[] }>(
      'GET',
      `/api/v1/admin/audit-events?targetType=organization&targetId=${firm.organizationId}`,
      { token: admin },
    );
    expect(page.status).toBe(200);
    expect(page.body.items.map((e) => e.action)).toEqual(['admin.organization.verify', 'organization.registered']);
    expect(page.body.items[0]).toMatchObject({ actorEmail: 'admin@demo.mcf.local', before: { status: 'PENDING_VERIFICATION' }, after: { status: 'VERIFIED' } });

    const client = new pg.Client({ connectionString: services.databaseUrl });
    await client.connect();
    try {
      await expect(client.query(`UPDATE audit_events SET action = 'x' WHERE target_id = $1`, [firm.organizationId])).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM audit_events WHERE target_id = $1`, [firm.organizationId])).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});
