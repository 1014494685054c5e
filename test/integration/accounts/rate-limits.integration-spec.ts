import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, refreshCookieOf } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;

beforeAll(async () => {
  // The default limit: 10 attempts a minute.
  app = await startApp(appEnvironment(services, { AUTH_RATE_LIMIT: '10', QUEUE_PREFIX: `${services.queuePrefix}-rl` }));
  api = new ApiClient(app.baseUrl);
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('sign-in rate limits (AUTH_RATE_LIMIT=10)', () => {
  it('the 11th rapid failed sign-in for one account gets 429 with Retry-After, from any address', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    // A different client address each time: the per-account limit must hold on its own.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await api.call('POST', '/api/v1/auth/login', { body: { email: firm.email, password: `wrong-${attempt}-password` }, ip: `198.51.100.${attempt}` });
      expect(response.status, `attempt ${attempt}`).toBe(401);
    }
    const eleventh = await api.call('POST', '/api/v1/auth/login', { body: { email: firm.email, password: firm.password }, ip: '198.51.100.77' });
    expect(eleventh.status).toBe(429);
    expect((eleventh.body as { code: string }).code).toBe('RATE_LIMITED');
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(eleventh.headers.get('retry-after'))).toBeLessThanOrEqual(60);
  });

  it('one address gets 429 after 10 attempts a minute, whatever the accounts', async () => {
    const ip = '203.0.113.9';
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await api.call('POST', '/api/v1/auth/login', { body: { email: `someone${attempt}@example.cn`, password: 'whatever-password' }, ip });
      expect(response.status).toBe(401);
    }
    const next = await api.call('POST', '/api/v1/auth/login', { body: { email: 'someone-else@example.cn', password: 'whatever-password' }, ip });
    expect(next.status).toBe(429);
    // Another address is not affected.
    expect((await api.call('POST', '/api/v1/auth/login', { body: { email: 'someone-else@example.cn', password: 'whatever-password' }, ip: '203.0.113.10' })).status).toBe(401);
  });

  it('registration is limited per address too', async () => {
    const ip = '203.0.113.50';
    const statuses: number[] = [];
    for (let attempt = 1; attempt <= 11; attempt++) {
      statuses.push((await api.call('POST', '/api/v1/auth/register', { body: { email: 'x' }, ip })).status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('session refreshes do not count: 30 in a minute from one address all succeed, and sign-in still works', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const ip = '203.0.113.80';
    let cookie = firm.cookie;
    for (let attempt = 1; attempt <= 30; attempt++) {
      const response = await api.call('POST', '/api/v1/auth/refresh', { cookie, ip });
      expect(response.status, `refresh ${attempt}`).toBe(200);
      cookie = refreshCookieOf(response.headers);
    }
    const login = await api.call('POST', '/api/v1/auth/login', { body: { email: firm.email, password: firm.password }, ip });
    expect(login.status).toBe(200);
  });
});
