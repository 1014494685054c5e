/**
 * The vocabulary suggestions screen on a 390 px phone: a firm's "直接数字频率合成器（DDS）" waits as a
 * suggestion; the administrator reads its evidence, approves it from the phone (confirm dialog), sees it
 * leave the pending list, and the page never scrolls sideways. Screenshots land in test/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { VocabularySuggestionPage } from '@mcf/contracts';
import { ApiClient, DEMO_ADMIN, newCreditCode } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { launchBrowser, newZhContext, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { WITHOUT_DEMO_DATA, createFirm, waitUntil } from '../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

async function noSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

describe('vocabulary suggestions screen', () => {
  it('shows a mined pair with its evidence and approves it at 390 px', async () => {
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    await createFirm(api, adminToken, {
      name: '咸宁芯算电子科技有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '可编程器件开发与板卡设计。',
      sectors: ['ELECTRONICS'],
      products: ['直接数字频率合成器（DDS）'],
      capabilities: [],
      qualifications: [],
    });
    await waitUntil(
      'suggestion mined',
      async () =>
        (
          await api.call<VocabularySuggestionPage>('GET', '/api/v1/admin/vocabulary/suggestions?status=PENDING', {
            token: adminToken,
          })
        ).body,
      (page) => page.items.some((s) => s.terms[1] === 'DDS'),
    );

    const context = await newZhContext(browser);
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${app.baseUrl}/admin/vocabulary`);
    // A phone gets one card per suggestion, with the actions in reach.
    const card = page.getByTestId('vocabulary-card').first();
    await card.waitFor({ state: 'visible', timeout: 15_000 });
    await expect(card.textContent()).resolves.toContain('直接数字频率合成器');
    await expect(card.textContent()).resolves.toContain('简称');
    await card.locator('summary').click();
    await card.getByTestId('vocabulary-card-evidence').waitFor({ state: 'visible' });
    await expect(card.getByTestId('vocabulary-card-evidence').textContent()).resolves.toContain('直接数字频率合成器(DDS)');
    await settled(page);
    await noSidewaysScroll(page);
    await page.screenshot({ path: screenshotPath('admin-vocabulary-390'), fullPage: true });

    await card.getByTestId('vocabulary-card-approve').click();
    const dialog = page.getByTestId('vocabulary-approve-dialog');
    await dialog.waitFor({ state: 'visible' });
    await expect(page.getByTestId('vocabulary-first').inputValue()).resolves.toBe('直接数字频率合成器');
    await settled(page);
    await page.screenshot({ path: screenshotPath('admin-vocabulary-approve-390') });
    await page.getByTestId('vocabulary-approve-confirm').click();
    await page.getByTestId('vocabulary-notice').waitFor({ state: 'visible', timeout: 15_000 });
    // The approved pair leaves the pending list (the demo firms' own text may leave other pairs there).
    await page
      .getByTestId('vocabulary-card')
      .filter({ hasText: '直接数字频率合成器' })
      .waitFor({ state: 'detached', timeout: 15_000 });
    await noSidewaysScroll(page);
    // On a laptop the same list is a table.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByTestId('vocabulary-status').getByText('已通过').click();
    const table = page.getByTestId('vocabulary-table');
    await table.waitFor({ state: 'visible', timeout: 15_000 });
    // The list reloads for the new status: wait for the approved pair rather than read the old rows.
    await table.getByText('DDS', { exact: false }).first().waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.getByTestId('vocabulary-cards').isVisible()).resolves.toBe(false);
    await settled(page);
    await page.screenshot({ path: screenshotPath('admin-vocabulary-approved-1366') });
    expect(failures).toEqual([]);
    await context.close();
  });
});
