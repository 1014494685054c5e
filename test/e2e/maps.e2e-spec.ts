import type { MapLayerView } from '@mcf/contracts';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { launchBrowser, recordFailures, screenshotPath, settled } from '../support/browser.js';
import { waitUntil } from '../support/marketplace.js';

/**
 * 招商地图 and 技术路线图 (#15) with the demo data: the map shows the demo firms per county of 咸宁市,
 * and a click on a county opens the supplier list of that county, holding as many firms as the map
 * counted; on a phone the map and its county list stay within the screen; the roadmap lists the demo
 * demands of a key sector.
 */
const services = inject('services');
let app: RunningApp;
let browser: Browser;
let firms: MapLayerView;

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
// The demo data loads before the app answers: on a busy machine that takes longer than the usual 90 s.
const START_TIMEOUT_MS = 240_000;

beforeAll(async () => {
  app = await startApp(appEnvironment(services), START_TIMEOUT_MS);
  browser = await launchBrowser();
  const api = new ApiClient(app.baseUrl);
  firms = (await api.call<MapLayerView>('GET', '/api/v1/maps/layers/firms')).body;
  // The supplier list comes from the search index, which the worker fills after the start: wait until
  // every firm the map counts (in a county or not) is searchable.
  const counted = firms.total + firms.cityOnly + firms.elsewhere + firms.unplaced;
  await waitUntil(
    'demo firms searchable',
    async () => (await api.call<{ total: number }>('GET', '/api/v1/search/enterprises?verifiedOnly=true')).body.total,
    (total) => total >= counted,
    START_TIMEOUT_MS,
  );
}, 2 * START_TIMEOUT_MS + 30_000);

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

async function badgeCount(page: Page, code: string): Promise<number> {
  return Number(await page.getByTestId(`map-county-${code}`).locator('.county-badge__count').textContent());
}

describe('招商地图', () => {
  it('shows the demo firms by county, and a click on a county opens its verified supplier list', async () => {
    // The demo data places firms in several counties (others at the city level only).
    const busiest = [...firms.counties].sort((a, b) => b.total - a.total)[0]!;
    expect(busiest.total).toBeGreaterThan(0);
    expect(firms.counties.filter((c) => c.total > 0).length).toBeGreaterThanOrEqual(3);

    const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/`);
    await page.getByTestId('nav').locator('[data-route="investment-map"]').click();
    await page.waitForURL(/\/maps$/);
    expect(await page.locator('h1').first().textContent()).toContain('招商地图');
    await page.getByTestId(`map-county-${busiest.regionCode}`).waitFor();
    for (const county of firms.counties) expect(await badgeCount(page, county.regionCode)).toBe(county.total);
    expect(await page.getByTestId('map-legend').textContent()).toContain('颜色越深，企业越多');
    await settled(page);
    await page.screenshot({ path: screenshotPath('map-firms-zh-CN'), fullPage: true });

    // The label sits on the county: clicking it is clicking the county on the map.
    const badge = await page.getByTestId(`map-county-${busiest.regionCode}`).boundingBox();
    const chart = await page.getByTestId('map-chart').boundingBox();
    expect(badge && chart).toBeTruthy();
    expect(badge!.x).toBeGreaterThan(chart!.x);
    expect(badge!.x + badge!.width).toBeLessThan(chart!.x + chart!.width);
    await page.getByTestId(`map-county-${busiest.regionCode}`).click();
    await page.waitForURL((url) => url.pathname === '/search/enterprises');
    const url = new URL(page.url());
    expect(url.searchParams.get('regions')).toBe(busiest.regionCode);
    expect(url.searchParams.get('verifiedOnly')).toBe('true');
    await page.getByTestId('enterprise-hit').first().waitFor();
    await expect.poll(async () => page.getByTestId('enterprise-hit').count()).toBe(Math.min(busiest.total, 20));
    expect(await page.getByTestId('search-total').textContent()).toContain(String(busiest.total));
    await page.screenshot({ path: screenshotPath('map-firms-opened-list'), fullPage: true });

    // Back on the map, a sector narrows the counts and the demand layer counts demands.
    await page.goBack();
    await page.getByTestId(`map-county-${busiest.regionCode}`).waitFor();
    await page.getByTestId('map-layer-demands').click();
    await page.waitForURL(/layer=demands/);
    await expect.poll(() => page.getByTestId('map-legend').textContent()).toContain('颜色越深，需求越多');
    await settled(page);
    await page.screenshot({ path: screenshotPath('map-demands-zh-CN'), fullPage: true });
    expect(failures).toEqual([]);
    await context.close();
  });

  it('on a phone keeps the map and its county list within the screen, and a county row opens the list', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/maps`);
    const some = firms.counties.find((c) => c.total > 0)!;
    await page.getByTestId(`map-county-${some.regionCode}`).waitFor();
    await settled(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    for (const county of firms.counties) {
      const box = await page.getByTestId(`map-county-${county.regionCode}`).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
    }
    await page.screenshot({ path: screenshotPath('phone-map'), fullPage: true });
    await page.getByTestId(`map-row-${some.regionCode}`).locator('a').tap();
    await page.waitForURL((url) => url.pathname === '/search/enterprises' && url.search.includes(some.regionCode));
    await page.getByTestId('enterprise-hit').first().waitFor();
    expect(failures).toEqual([]);
    await context.close();
  });
});

describe('技术路线图', () => {
  it('lists the demo demands of a key sector by quarter, and says so when a sector has none', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/maps/roadmap?sector=EMERGENCY`);
    await page.getByTestId('roadmap-entry').first().waitFor();
    expect(await page.getByTestId('roadmap-entry').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-testid^="roadmap-period-"] h2').first().textContent()).toMatch(/\d{4} 年第 [1-4] 季度/);
    await settled(page);
    await page.screenshot({ path: screenshotPath('roadmap-emergency-zh-CN'), fullPage: true });
    await page.goto(`${app.baseUrl}/maps/roadmap?sector=CYBERSECURITY`);
    await page.getByTestId('roadmap-empty').waitFor();
    expect(failures).toEqual([]);
    await context.close();
  });
});
