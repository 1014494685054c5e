import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import {
  launchBrowser,
  newZhContext,
  recordFailures,
  screenshotPath,
  settled,
  signIn,
} from '../support/browser.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;
let api: ApiClient;

/** The demo procurer that DEMO_DATA=on seeds (verified organisation). */
const PROCURER = { email: 'procurer@demo.mcf.local', password: 'Demo-Procurer-2026' };

beforeAll(async () => {
  app = await startApp(appEnvironment(services));
  api = new ApiClient(app.baseUrl);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

/** Whether the page shows the signed-in user menu once its start-up restore has finished. */
async function signedInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: 15_000 });
  expect(new URL(page.url()).pathname).not.toBe('/sign-in');
}

describe('sessions across tabs', () => {
  it('two tabs opened at once both stay signed in, and so does a third one opened later', async () => {
    const context = await newZhContext(browser);
    const first = await context.newPage();
    await signIn(first, app.baseUrl, PROCURER.email, PROCURER.password);
    await first.close();

    // Both tabs restore the session with the same refresh cookie at the same moment: the first refresh
    // is held until the second has left the browser too, so that neither can see the other's new cookie.
    const held: Array<() => Promise<void>> = [];
    const cookiesSent: string[] = [];
    await context.route('**/api/v1/auth/refresh', async (route) => {
      cookiesSent.push((await route.request().headerValue('cookie')) ?? '');
      held.push(() => route.continue());
      if (held.length === 2) await Promise.all(held.map((release) => release()));
    });
    const [a, b] = await Promise.all([context.newPage(), context.newPage()]);
    const failures = [...recordFailures(a), ...recordFailures(b)];
    const refreshes: number[] = [];
    for (const page of [a, b]) {
      page.on('response', (response) => {
        if (response.url().endsWith('/api/v1/auth/refresh')) refreshes.push(response.status());
      });
    }
    await Promise.all([
      signedInAt(a, `${app.baseUrl}/account`),
      signedInAt(b, `${app.baseUrl}/procurer/demands`),
    ]);
    await context.unroute('**/api/v1/auth/refresh');
    expect(cookiesSent).toHaveLength(2);
    expect(cookiesSent[0]).toContain('mcf_refresh=');
    expect(cookiesSent[1]).toBe(cookiesSent[0]);
    expect(refreshes).toEqual([200, 200]);

    // The family was not revoked: a tab opened afterwards restores the session too.
    const c = await context.newPage();
    failures.push(...recordFailures(c));
    await signedInAt(c, `${app.baseUrl}/account`);
    await settled(c);
    await c.screenshot({ path: screenshotPath('sessions-third-tab-signed-in') });
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('contact details of a firm', () => {
  it('are replaced by a note for visitors and shown to a verified procurer', async () => {
    const admin = await api.adminToken();
    const firm = await api.registerOrganization('ENTERPRISE', 'contact');
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    const { token } = await api.login(firm.email, firm.password);
    const profile = {
      summary: '公司专注于高精度传感器与惯性导航组件的研发生产，为装备配套提供定制化服务。',
      sectors: ['ELECTRONICS'],
      products: ['惯性导航组件'],
      capabilities: ['精密装配'],
      contactName: '赵工',
      contactPhone: '0715-8123456',
    };
    expect(
      (await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token, body: profile }))
        .status,
    ).toBe(200);
    expect(
      (await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token }))
        .status,
    ).toBe(200);
    const url = `${app.baseUrl}/enterprises/${firm.organizationId}`;

    const visitorContext = await newZhContext(browser);
    const visitor = await visitorContext.newPage();
    const visitorFailures = recordFailures(visitor);
    await visitor.goto(url);
    await expect
      .poll(() => visitor.getByTestId('public-profile-contact-withheld').textContent())
      .toContain('登录并通过认证后可查看联系方式');
    expect(await visitor.getByTestId('public-profile-contact').textContent()).not.toContain('0715-8123456');
    for (const [width, height, name] of [
      [1366, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      await visitor.setViewportSize({ width, height });
      await settled(visitor);
      await visitor.screenshot({
        path: screenshotPath(`public-profile-contact-withheld-${name}`),
        fullPage: true,
      });
      expect(await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
        true,
      );
    }
    expect(visitorFailures).toEqual([]);
    await visitorContext.close();

    const procurerContext = await newZhContext(browser);
    const procurer = await procurerContext.newPage();
    await signIn(procurer, app.baseUrl, PROCURER.email, PROCURER.password);
    await procurer.goto(url);
    await expect
      .poll(() => procurer.getByTestId('public-profile-contact').textContent())
      .toContain('0715-8123456');
    expect(await procurer.getByTestId('public-profile-contact-withheld').count()).toBe(0);
    await procurerContext.close();
  });
});
