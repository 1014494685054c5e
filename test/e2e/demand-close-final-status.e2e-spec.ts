/**
 * Every response ends with a status and a reason (#12), in the browser: the procurer closes a demand
 * with a reason, confirmed in the dialog; each firm that responded reads the final status and the
 * reason on its responses page (收到的邀请与响应) and on the demand page, at laptop and phone width.
 * Screenshots land in test/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, DEMO_ADMIN, newCreditCode, TEST_PASSWORD } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { launchBrowser, newZhContext, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { WITHOUT_DEMO_DATA, createFirm, type CreatedFirm, publishDemand, registerNamed } from '../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;

const TITLE = '应急桥梁液压阻尼器采购（关闭测试）';
const REASON = '上级调整采购计划，本批次取消采购';

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

async function firmReadsItsFinalStatus(firm: CreatedFirm, demandId: string, shot: string): Promise<void> {
  for (const viewport of [
    { width: 1366, height: 900, label: 'desktop' },
    { width: 390, height: 844, label: 'phone' },
  ]) {
    const context = await browser.newContext({ viewport, locale: 'zh-CN' });
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, firm.email, TEST_PASSWORD);

    // Its responses page: the row of the demand, its final status and the procurer's reason.
    await page.goto(`${app.baseUrl}/enterprise/invitations`);
    const row = page.locator(`[data-testid="enterprise-invitation-row"][data-demand-id="${demandId}"]`);
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await row.getAttribute('data-status')).toBe('DEMAND_CLOSED');
    const reasons = page.getByTestId('enterprise-invitation-status-reason');
    expect(await reasons.allTextContents()).toContain(REASON);
    await settled(page);
    await page.screenshot({ path: screenshotPath(`${shot}-responses-${viewport.label}`), fullPage: true });

    // The demand page: the firm's panel shows the final status with the reason, and why the demand ended.
    await page.goto(`${app.baseUrl}/demands/${demandId}`);
    const status = page.getByTestId('firm-response-status');
    await status.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await status.getAttribute('data-status')).toBe('DEMAND_CLOSED');
    expect(await status.textContent()).toContain('需求已关闭');
    expect(await page.getByTestId('firm-response-status-reason').textContent()).toContain(REASON);
    expect(await page.getByTestId('demand-ended-reason').textContent()).toContain(REASON);
    // What this journey adds fits the width (the page's header is the phone-layout work of #12).
    for (const id of ['firm-response-panel', 'demand-ended-reason']) {
      const box = await page.getByTestId(id).boundingBox();
      expect(box!.x + box!.width, id).toBeLessThanOrEqual(viewport.width);
    }
    await settled(page);
    await page.screenshot({ path: screenshotPath(`${shot}-demand-${viewport.label}`), fullPage: true });
    expect(failures).toEqual([]);
    await context.close();
  }
}

describe('closing a demand ends every response with a status and a reason', () => {
  it('the procurer closes with a reason; each firm reads its final status and the reason', async () => {
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    const firmSpec = (name: string) => ({
      name,
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '液压阻尼器、应急桥梁配套件的研制生产。',
      sectors: ['EMERGENCY'],
      products: ['液压阻尼器'],
      capabilities: ['精密加工'],
      qualifications: [],
    });
    const first = await createFirm(api, adminToken, firmSpec('咸宁恒通液压科技有限公司'));
    const second = await createFirm(api, adminToken, firmSpec('咸宁远航机械有限公司'));
    const procurerAccount = await registerNamed(api, 'PROCURER', '某部队装备采购站（关闭）', newCreditCode(), '421200');
    await api.setOrganizationStatus(adminToken, procurerAccount.organizationId, 'verify');
    const { demand } = await publishDemand(api, procurerAccount.token, {
      title: TITLE,
      description: '采购应急桥梁用液压阻尼器一批。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
    });
    for (const firm of [first, second]) {
      const responded = await api.call('POST', `/api/v1/demands/${demand.id}/responses`, {
        token: firm.token,
        body: { kind: 'INTEREST', proposal: '可按图纸供货，40 天交付。', price: 320000, deliveryDays: 40 },
      });
      expect(responded.status).toBe(201);
    }

    // --- The procurer closes the demand, giving the reason in the confirmation dialog.
    const procurerContext = await newZhContext(browser);
    const procurer: Page = await procurerContext.newPage();
    const procurerFailures = recordFailures(procurer);
    await signIn(procurer, app.baseUrl, procurerAccount.email, TEST_PASSWORD);
    await procurer.goto(`${app.baseUrl}/demands/${demand.id}`);
    await procurer.getByTestId('demand-close').click();
    const dialog = procurer.getByTestId('confirm-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('尚在评审中的响应将全部结束');
    await procurer.getByTestId('confirm-reason').fill(REASON);
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('close-1-dialog'), fullPage: true });
    await procurer.getByTestId('confirm-ok').click();
    await procurer.getByTestId('demand-ended-reason').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await procurer.getByTestId('demand-ended-reason').textContent()).toContain(REASON);
    // Its responses list shows both ended, with the reason.
    const ownerStatuses = procurer.locator('[data-testid="owner-responses"] [data-testid="response-status"]');
    await expect
      .poll(async () => (await ownerStatuses.evaluateAll((tags) => tags.map((t) => t.getAttribute('data-status')))).sort(), {
        timeout: 15_000,
      })
      .toEqual(['DEMAND_CLOSED', 'DEMAND_CLOSED']);
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('close-2-procurer-after'), fullPage: true });
    expect(procurerFailures).toEqual([]);
    await procurerContext.close();

    // --- Each firm reads its final status and the reason.
    await firmReadsItsFinalStatus(first, demand.id, 'close-3-first-firm');
    await firmReadsItsFinalStatus(second, demand.id, 'close-4-second-firm');
  });

  it('an administrator finds a demand by its organisation and closes it with a reason; the owner reads why', async () => {
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    const procurerAccount = await registerNamed(api, 'PROCURER', '某军工集团物资中心（审核）', newCreditCode(), '421200');
    await api.setOrganizationStatus(adminToken, procurerAccount.organizationId, 'verify');
    const { demand } = await publishDemand(api, procurerAccount.token, {
      title: '消防水炮采购（管理员关闭测试）',
      description: '采购消防水炮一批，用于园区消防演练。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
    });
    const moderation = '需求内容与平台定位不符';

    for (const viewport of [
      { width: 390, height: 844, label: 'phone' },
      { width: 1366, height: 900, label: 'desktop' },
    ]) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      const page = await context.newPage();
      const failures = recordFailures(page);
      await signIn(page, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
      await page.goto(`${app.baseUrl}/admin/demands`);
      await page.getByTestId('admin-demands-organization').fill('军工集团物资中心');
      await page.getByTestId('admin-demands-search').click();
      const row = page.locator(`[data-testid="admin-demand-row"][data-demand-id="${demand.id}"]`);
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await expect.poll(() => page.getByTestId('admin-demand-row').count(), { timeout: 15_000 }).toBe(1);
      const panel = await page.getByTestId('admin-demands-table').boundingBox();
      expect(panel!.x).toBeGreaterThanOrEqual(0);
      await settled(page);
      await page.screenshot({ path: screenshotPath(`close-5-admin-demands-${viewport.label}`), fullPage: true });
      if (viewport.label === 'desktop') {
        await row.getByTestId('admin-demand-close').click();
        await page.getByTestId('confirm-dialog').waitFor({ state: 'visible' });
        // The reason is required: confirming without one keeps the dialog open.
        await page.getByTestId('confirm-ok').click();
        await page.locator('[data-testid="confirm-dialog"] .el-form-item__error').waitFor({ state: 'visible' });
        await page.getByTestId('confirm-reason').fill(moderation);
        await page.getByTestId('confirm-ok').click();
        await page.getByTestId('admin-demands-notice').waitFor({ state: 'visible', timeout: 15_000 });
        await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('CLOSED');
        expect(await row.getByTestId('admin-demand-reason').textContent()).toContain(moderation);
        await settled(page);
        await page.screenshot({ path: screenshotPath('close-6-admin-closed'), fullPage: true });
      }
      expect(failures).toEqual([]);
      await context.close();
    }

    // The owner reads why on its demand page.
    const ownerContext = await newZhContext(browser);
    const owner = await ownerContext.newPage();
    await signIn(owner, app.baseUrl, procurerAccount.email, TEST_PASSWORD);
    await owner.goto(`${app.baseUrl}/demands/${demand.id}`);
    await owner.getByTestId('demand-ended-reason').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await owner.getByTestId('demand-ended-reason').textContent()).toContain(moderation);
    await ownerContext.close();
  });
});
