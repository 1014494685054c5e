/**
 * A procurer posts a demand in the four-step editor and sees ranked, explained matches; the matched firm
 * finds the demand under "demands for you". Screenshots land in test/artifacts/.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { launchBrowser, newZhContext, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { WITHOUT_DEMO_DATA, createFirm, daysFromNow, registerNamed } from '../support/marketplace.js';

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

describe('a procurer posts a demand and reviews explained matches', () => {
  it('publishes through the editor, ranks the right firm first with reasons, and the firm sees the demand', async () => {
    const api = new ApiClient(app.baseUrl);
    const admin = await api.adminToken();
    const future = daysFromNow(900);
    const generator = await createFirm(api, admin, {
      name: '咸宁静音动力机电有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '军用发电机组研制生产，产品覆盖车载电源与方舱电站。',
      sectors: ['EMERGENCY', 'NEW_ENERGY'],
      products: ['超静音发电机组', '车载电源'],
      capabilities: ['发电机组总装调试'],
      qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: future }],
    });
    await createFirm(api, admin, {
      name: '咸宁光伏电站运营有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '光伏电站投资与运营。',
      sectors: ['NEW_ENERGY'],
      products: ['光伏电站运营'],
      capabilities: [],
      qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: future }],
    });
    const procurerAccount = await registerNamed(api, 'PROCURER', '某部队装备采购站', newCreditCode(), '421200');
    await api.setOrganizationStatus(admin, procurerAccount.organizationId, 'verify');

    // --- The procurer writes the demand in four steps and publishes it.
    const context = await newZhContext(browser);
    const procurer = await context.newPage();
    const failures = recordFailures(procurer);
    await signIn(procurer, app.baseUrl, procurerAccount.email, 'Xianning-Test-Pass-2026');
    await procurer.goto(`${app.baseUrl}/procurer/demands/new`);
    await procurer.getByTestId('demand-title').fill('野战低噪声移动电站采购');
    await procurer.getByTestId('demand-description').fill('采购野战用低噪声移动电站一批，要求车载机动、静音运行，需武器装备质量管理体系认证。');
    await procurer.getByTestId('demand-sector-EMERGENCY').click();
    const deadline = procurer.locator('[data-testid="demand-step-panel-what"] .el-date-editor input');
    await deadline.fill(daysFromNow(45));
    await deadline.press('Enter');
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('demand-editor-what'), fullPage: true });
    await procurer.getByTestId('demand-next').click();

    await procurer.getByTestId('demand-qualification-add').click();
    await procurer.getByTestId('demand-qualification-type').click();
    await procurer.locator('.el-select-dropdown__item').filter({ hasText: 'GJB' }).filter({ visible: true }).first().click();
    await procurer.getByTestId('demand-next').click();
    await procurer.getByTestId('demand-visibility-PUBLIC').click();
    await procurer.getByTestId('demand-next').click();
    await procurer.getByTestId('demand-review-title').waitFor({ state: 'visible' });
    expect(await procurer.getByTestId('demand-review-title').textContent()).toContain('野战低噪声移动电站采购');
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('demand-editor-review'), fullPage: true });
    await procurer.getByTestId('demand-publish').click();
    const confirm = procurer.getByTestId('confirm-ok').filter({ visible: true });
    await confirm.waitFor({ state: 'visible' });
    await confirm.click();

    // --- The detail page shows the ranked matches once matching is READY, each explanation expandable.
    await procurer.waitForURL(/\/demands\/[0-9a-f-]{36}(\?|$)/, { timeout: 15_000 });
    const items = procurer.getByTestId('match-item');
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await items.first().getByTestId('match-enterprise-link').textContent()).toContain('咸宁静音动力机电有限公司');
    await items.first().getByTestId('match-explain').click();
    const explanation = items.first().getByTestId('match-explanation');
    await explanation.waitFor({ state: 'visible' });
    const explained = (await explanation.textContent()) ?? '';
    expect(explained).toContain('GJB');
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('demand-matches'), fullPage: true });
    expect(failures).toEqual([]);

    // --- The matched firm finds it among the demands recommended to it.
    const firmContext = await newZhContext(browser);
    const firm = await firmContext.newPage();
    const firmFailures = recordFailures(firm);
    await signIn(firm, app.baseUrl, generator.email, 'Xianning-Test-Pass-2026');
    await firm.goto(`${app.baseUrl}/enterprise/matches`);
    const recommended = firm.getByTestId('recommended-demand');
    await expect.poll(() => recommended.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await recommended.first().textContent()).toContain('野战低噪声移动电站采购');
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('demands-for-you'), fullPage: true });

    // --- And finds it in the demand hall's search, highlighted.
    await firm.goto(`${app.baseUrl}/search/demands?q=${encodeURIComponent('移动电站')}`);
    await expect.poll(() => firm.getByTestId('demand-hit').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await firm.locator('[data-testid="demand-hit"] mark').count()).toBeGreaterThan(0);
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('demand-search'), fullPage: true });
    expect(firmFailures).toEqual([]);
  });
});
