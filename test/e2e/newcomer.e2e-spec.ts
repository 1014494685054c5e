import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, DEMO_ADMIN } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { followNav, launchBrowser, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { waitUntil } from '../support/marketplace.js';

/**
 * What a newcomer meets on a fresh start with the demo data: a phone that never scrolls sideways, and a
 * navigation without dead ends for every kind of viewer.
 */
const services = inject('services');
let app: RunningApp;
let browser: Browser;

const DEMO_ENTERPRISE = { email: 'enterprise@demo.mcf.local', password: 'Demo-Enterprise-2026' };
const DEMO_PROCURER = { email: 'procurer@demo.mcf.local', password: 'Demo-Procurer-2026' };
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1366, height: 900 };

// The demo data (54 firms, three demands, an award) loads before the app answers: on a busy machine that
// and the worker process's start take longer than the usual 90 s.
const START_TIMEOUT_MS = 240_000;

beforeAll(async () => {
  app = await startApp(appEnvironment(services), START_TIMEOUT_MS);
  browser = await launchBrowser();
  // The demo demands are indexed by the worker after the start: the phone journey searches them.
  const api = new ApiClient(app.baseUrl);
  await waitUntil(
    'demo demands searchable',
    async () => (await api.call<{ total: number }>('GET', '/api/v1/search/demands')).body.total,
    (total) => total >= 2,
    START_TIMEOUT_MS,
  );
}, 2 * START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

/** Every console error and uncaught exception of the page, besides the HTTP failures recordFailures keeps. */
function recordConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number }> {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, innerWidth } = await horizontalOverflow(page);
  expect(scrollWidth, `${where} scrolls sideways (${scrollWidth} > ${innerWidth})`).toBeLessThanOrEqual(innerWidth);
}

describe('on a phone (390×844)', () => {
  it('goes from the landing page through search and a demand page to sign-in without scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const failures = recordFailures(page);

    await page.goto(`${app.baseUrl}/`);
    await page.getByTestId('app-title').waitFor();
    // The navigation is behind a menu button; the bar itself is gone.
    expect(await page.getByTestId('nav').count()).toBe(0);
    await expectNoSidewaysScroll(page, 'landing');
    await page.screenshot({ path: screenshotPath('phone-landing'), fullPage: true });

    await page.getByTestId('nav-menu-button').click();
    const drawer = page.getByTestId('nav-drawer');
    await drawer.locator('[data-route="demand-hall"]').click();
    await page.waitForURL(/\/search\/demands/);
    await page.getByTestId('demand-hit').first().waitFor();
    // Results first: the filters wait in a drawer behind one button.
    expect(await page.getByTestId('demand-search-facets').isVisible()).toBe(false);
    await expectNoSidewaysScroll(page, 'demand search');
    await page.screenshot({ path: screenshotPath('phone-demand-search'), fullPage: true });
    await page.getByTestId('search-filters-open').click();
    await page.getByTestId('demand-search-facets').waitFor({ state: 'visible' });
    await settled(page);
    await page.screenshot({ path: screenshotPath('phone-demand-search-filters') });
    await page.getByTestId('search-filters-done').click();
    await page.getByTestId('demand-search-facets').waitFor({ state: 'hidden' });

    await page.getByTestId('demand-hit').first().locator('a').first().click();
    await page.waitForURL(/\/demands\/[0-9a-f-]{36}/);
    await page.getByTestId('demand-respond-guest').waitFor();
    await expectNoSidewaysScroll(page, 'demand page');
    await page.screenshot({ path: screenshotPath('phone-demand-page'), fullPage: true });

    await page.getByTestId('demand-respond-sign-in').click();
    await page.waitForURL(/\/sign-in/);
    await page.getByTestId('signin-email').waitFor();
    await expectNoSidewaysScroll(page, 'sign-in');
    await page.screenshot({ path: screenshotPath('phone-sign-in'), fullPage: true });

    expect(failures).toEqual([]);
    await context.close();
  });

  it('keeps the signed-in pages a thumb uses within the screen', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, DEMO_PROCURER.email, DEMO_PROCURER.password);
    for (const path of ['/procurer/demands', '/procurer/demands/new', '/messages', '/notifications', '/search/enterprises']) {
      await page.goto(`${app.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      await settled(page);
      await expectNoSidewaysScroll(page, path);
      await page.screenshot({ path: screenshotPath(`phone${path.replaceAll('/', '-')}`), fullPage: true });
    }
    expect(failures).toEqual([]);
    await context.close();
  });
});

interface Viewer {
  name: string;
  account?: { email: string; password: string };
}

const VIEWERS: Viewer[] = [
  { name: 'anonymous' },
  { name: 'enterprise', account: DEMO_ENTERPRISE },
  { name: 'procurer', account: DEMO_PROCURER },
  { name: 'admin', account: DEMO_ADMIN },
];

/** Opens every link of the main navigation in turn and collects what a newcomer would call a dead end. */
async function walkNavigation(context: BrowserContext, viewer: Viewer): Promise<{ visited: string[]; problems: string[] }> {
  const page = await context.newPage();
  const failures = recordFailures(page);
  const errors = recordConsoleErrors(page);
  if (viewer.account) await signIn(page, app.baseUrl, viewer.account.email, viewer.account.password);
  else await page.goto(`${app.baseUrl}/`);
  await page.getByTestId('nav').waitFor();
  const routes = await page.getByTestId('nav').locator('a[data-route]').evaluateAll((links) =>
    links.map((link) => link.getAttribute('data-route') ?? ''),
  );
  const visited: string[] = [];
  const problems: string[] = [];
  for (const route of routes) {
    // A link inside one of the bar's menus is reached by opening the menu, as a person does.
    await followNav(page, route);
    // The link is marked active once its page is the current route (the previous page is gone); a
    // menu closes on the choice, so its link is there but hidden.
    await page.getByTestId('nav').locator(`a[data-route="${route}"].is-active`).waitFor({ state: 'attached' });
    await page.locator('main h1, main [data-testid="coming-soon"], main [data-testid="not-found"]').first().waitFor();
    // Let the page's own requests finish: a console error from a failed load counts.
    await page.waitForLoadState('networkidle');
    visited.push(route);
    if (await page.locator(`[data-testid="coming-soon"][data-route="${route}"]`).count()) problems.push(`${viewer.name}: ${route} is a 建设中 page`);
    // The page's own heading, not its content: a firm's text may well say a project is 建设中.
    if ((await page.locator('main h1').allTextContents()).some((heading) => heading.includes('建设中'))) {
      problems.push(`${viewer.name}: ${route} says 建设中`);
    }
    if (await page.getByTestId('not-found').count()) problems.push(`${viewer.name}: ${route} is not found`);
    problems.push(...errors.splice(0).map((error) => `${viewer.name}: ${route}: ${error}`));
    problems.push(...failures.splice(0).map((failure) => `${viewer.name}: ${route}: ${failure}`));
  }
  await page.close();
  return { visited, problems };
}

describe('no dead ends', () => {
  for (const viewer of VIEWERS) {
    it(`every navigation link of the ${viewer.name} viewer opens a working page`, async () => {
      const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
      const { visited, problems } = await walkNavigation(context, viewer);
      expect(visited.length).toBeGreaterThanOrEqual(5);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('what used to be dead ends', () => {
  it('opens the 中标公示 winner as a real profile, marked 演示', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    const errors = recordConsoleErrors(page);
    await page.goto(`${app.baseUrl}/open-data/awards`);
    await page.getByTestId('awards-supplier').first().click();
    await page.waitForURL(/\/enterprises\/[0-9a-f-]{36}/);
    await expect.poll(() => page.getByTestId('public-profile-name').textContent()).toContain('咸宁演示科技有限公司');
    expect(await page.getByTestId('demo-tag').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('newcomer-award-winner-profile'), fullPage: true });
    expect([...failures, ...errors]).toEqual([]);
    await context.close();
  });

  it('offers related terms, sectors, saving and posting when a search finds nothing', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/search/demands?q=${encodeURIComponent('不间断电源')}`);
    await page.getByTestId('search-empty-help').waitFor();
    await page.getByTestId('search-related-term').first().waitFor();
    const related = await page.getByTestId('search-related-term').evaluateAll((links) =>
      links.map((link): [string | null, string] => [link.getAttribute('data-relation'), link.textContent?.trim() ?? '']),
    );
    expect(related.some(([relation]) => relation === 'equivalent')).toBe(true);
    expect(related.some(([relation, text]) => relation === 'broader' && text.startsWith('电源'))).toBe(true);
    expect(await page.getByTestId('search-browse-sectors').locator('a').count()).toBe(13);
    expect(await page.getByTestId('save-search').count()).toBe(1);
    expect(await page.getByTestId('search-post-demand').count()).toBe(1);
    await page.screenshot({ path: screenshotPath('newcomer-empty-search'), fullPage: true });
    // A broader term leads to results.
    await page.getByTestId('search-related-term').filter({ hasText: /^\s*电源/ }).first().click();
    await page.waitForURL(/q=%E7%94%B5%E6%BA%90/);
    expect(failures).toEqual([]);
    await context.close();
  });

  it('lands the demo firm on its matched demands with a checklist read from its data', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, DEMO_ENTERPRISE.email, DEMO_ENTERPRISE.password);
    await page.waitForURL(/\/enterprise\/matches/);
    await page.getByTestId('getting-started').waitFor();
    const steps = await page.getByTestId('getting-started-step').evaluateAll((nodes) =>
      nodes.map((node) => `${node.getAttribute('data-step')}:${node.getAttribute('data-state')}`),
    );
    // The demo firm's profile is published, it has no certificates yet, and it is verified.
    expect(steps.slice(0, 2)).toEqual(['profile:done', 'certificates:current']);
    await page.screenshot({ path: screenshotPath('newcomer-enterprise-checklist'), fullPage: true });
    expect(failures).toEqual([]);
    await context.close();
  });
});
