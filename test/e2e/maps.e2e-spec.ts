import type { MapLayerView } from '@mcf/contracts';
import { ACTION_PLAN_TARGETS } from '@mcf/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { DEMO_ADMIN } from '../support/api-client.js';
import { followNav, launchBrowser, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { waitUntil } from '../support/marketplace.js';

/**
 * 招商地图, 技术路线图 and the plan's targets (#15) with the demo data: the map shows the demo firms,
 * key projects and parks per county of 咸宁市, and a click on a county opens the list of that county
 * (suppliers, the project library, the park registry), holding as many as the map counted; on a phone
 * the map and its county list stay within the screen; the roadmap lists the demo demands of a key
 * sector; the administrators' dashboard shows every target of the plan with its figure.
 */
const services = inject('services');
let app: RunningApp;
let browser: Browser;
let firms: MapLayerView;
let projects: MapLayerView;
let parks: MapLayerView;

const LAPTOP = { width: 1366, height: 900 };
const PHONE = { width: 390, height: 844 };
// The demo data loads before the app answers: on a busy machine that takes longer than the usual 90 s.
const START_TIMEOUT_MS = 240_000;

beforeAll(async () => {
  app = await startApp(appEnvironment(services), START_TIMEOUT_MS);
  browser = await launchBrowser();
  const api = new ApiClient(app.baseUrl);
  firms = (await api.call<MapLayerView>('GET', '/api/v1/maps/layers/firms')).body;
  projects = (await api.call<MapLayerView>('GET', '/api/v1/maps/layers/projects')).body;
  parks = (await api.call<MapLayerView>('GET', '/api/v1/maps/layers/parks')).body;
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
    await followNav(page, 'investment-map');
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

describe('重点项目 and 基地园区 on the map', () => {
  const layers = [
    { key: 'projects', view: () => projects, path: '/projects', param: 'region', item: 'project-card', pageSize: 20, legend: '颜色越深，项目越多' },
    { key: 'parks', view: () => parks, path: '/parks', param: 'regionCode', item: 'park-card', pageSize: 12, legend: '颜色越深，基地园区越多' },
  ] as const;
  for (const layer of layers) {
    it(`counts the demo ${layer.key} by county, and a click on a county opens its filtered list`, async () => {
      const view = layer.view();
      const busiest = [...view.counties].sort((a, b) => b.total - a.total)[0]!;
      expect(busiest.total).toBeGreaterThan(0);
      expect(view.counties.filter((c) => c.total > 0).length).toBeGreaterThanOrEqual(2);

      const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
      const page = await context.newPage();
      const failures = recordFailures(page);
      await page.goto(`${app.baseUrl}/maps`);
      await page.getByTestId(`map-county-${busiest.regionCode}`).waitFor();
      await page.getByTestId(`map-layer-${layer.key}`).click();
      await page.waitForURL(new RegExp(`layer=${layer.key}`));
      await expect.poll(() => page.getByTestId('map-legend').textContent()).toContain(layer.legend);
      for (const county of view.counties) await expect.poll(() => badgeCount(page, county.regionCode)).toBe(county.total);
      if (layer.key === 'projects') {
        // Projects break down by stage, in words.
        expect(await page.getByTestId(`map-row-${busiest.regionCode}`).textContent()).toMatch(/前期论证|建设中|投产\/运营/);
      }
      await settled(page);
      await page.screenshot({ path: screenshotPath(`map-${layer.key}-zh-CN`), fullPage: true });

      await page.getByTestId(`map-county-${busiest.regionCode}`).click();
      await page.waitForURL((url) => url.pathname === layer.path);
      expect(new URL(page.url()).searchParams.get(layer.param)).toBe(busiest.regionCode);
      await page.getByTestId(layer.item).first().waitFor();
      await expect.poll(() => page.getByTestId(layer.item).count()).toBe(Math.min(busiest.total, layer.pageSize));
      await page.screenshot({ path: screenshotPath(`map-${layer.key}-opened-list`), fullPage: true });
      expect(failures).toEqual([]);
      await context.close();
    });
  }
});

describe('规划目标', () => {
  it('shows every target of the plan with the plan’s figure and the yearly figures', async () => {
    const context = await browser.newContext({ viewport: LAPTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.goto(`${app.baseUrl}/admin/plan-targets`);
    await page.getByTestId('plan-targets-table').waitFor();
    const rows = page.locator('[data-testid="plan-targets-table"] tbody tr');
    expect(ACTION_PLAN_TARGETS).toHaveLength(13);
    expect(await rows.count()).toBe(ACTION_PLAN_TARGETS.length);
    const years = (await page.locator('[data-testid="plan-targets-table"] thead th').allTextContents()).slice(2).map((y) => y.trim());
    expect(years).toEqual(expect.arrayContaining(['2021', '2025']));
    for (const target of ACTION_PLAN_TARGETS) {
      const row = page.getByTestId(`plan-target-${target.key}`);
      expect((await row.locator('.plan-targets__name strong').textContent())?.trim()).toBe(target.nameZh);
      expect(await page.getByTestId(`plan-target-figure-${target.key}`).textContent()).toContain(target.figureText);
      // Every year has its cell. The demo data (recorded figures) and the registries (counted ones) give a
      // figure; what firms report privately shows only from five reporting firms on, and the demo firms
      // report nothing: those cells say so (—) rather than show a zero nobody reported.
      // What the registries and the firms' reports give leaves the demo data out, and the row says so.
      expect(await page.getByTestId(`plan-target-demo-excluded-${target.key}`).count()).toBe(target.measure === 'RECORDED' ? 0 : 1);
      const values = await row.locator('.plan-targets__value').allTextContents();
      expect(values).toHaveLength(years.length);
      if (target.measure === 'REPORTED') {
        expect(values.every((value) => /\d/.test(value) || value.trim() === '—'), values.join(' | ')).toBe(true);
      } else {
        expect(values.some((value) => /\d/.test(value)), `${target.key}: ${values.join(' | ')}`).toBe(true);
      }
    }
    // The page says, above the table, that the demo data is not counted (and why counted targets show 0).
    const note = await page.getByTestId('plan-targets-demo-note').textContent();
    expect(note).toContain('演示数据不计入');
    expect(note).toMatch(/为 0/);
    await settled(page);
    await page.screenshot({ path: screenshotPath('plan-targets-zh-CN'), fullPage: true });
    expect(failures).toEqual([]);
    await context.close();
  });

  it('on a phone shows each target as a card with its years, without scrolling sideways', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.goto(`${app.baseUrl}/admin/plan-targets`);
    await page.getByTestId('plan-targets-table').waitFor();
    await settled(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    for (const target of ACTION_PLAN_TARGETS) {
      const card = await page.getByTestId(`plan-target-${target.key}`).boundingBox();
      expect(card!.x).toBeGreaterThanOrEqual(0);
      expect(card!.x + card!.width).toBeLessThanOrEqual(PHONE.width);
      // Every year of the plan is on the card, labelled with its year, and inside the card.
      for (const year of [2021, 2025]) {
        const cell = page.getByTestId(`plan-target-${target.key}-${year}`);
        expect(await cell.getAttribute('data-year')).toBe(`${year}年`);
        const box = await cell.boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(card!.x + card!.width + 1);
      }
    }
    await page.screenshot({ path: screenshotPath('phone-plan-targets'), fullPage: true });
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
