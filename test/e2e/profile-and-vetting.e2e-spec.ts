import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, DEMO_ADMIN, SAMPLE_PDF } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { followNav, launchBrowser, newZhContext, recordFailures, screenshotPath, signIn } from '../support/browser.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;

/** Records every answer of 400 or above, so a journey that "works" while the console fills with errors fails. */
beforeAll(async () => {
  app = await startApp(appEnvironment(services));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

describe('a firm publishes its profile and gets a certificate vetted', () => {
  it('fills and publishes the profile, uploads a certificate, the admin approves it, and the public page shows it', async () => {
    // --- A verified firm, set up through the API (sign-up in the browser has its own journey).
    const api = new ApiClient(app.baseUrl);
    const firmAccount = await api.registerOrganization('ENTERPRISE', 'e2e-profile');
    await api.setOrganizationStatus(await api.adminToken(), firmAccount.organizationId, 'verify');
    const certificateNo = `GJB-E2E-${Date.now().toString(36).toUpperCase()}`;

    const firmContext = await newZhContext(browser);
    const firm = await firmContext.newPage();
    const firmFailures = recordFailures(firm);
    await signIn(firm, app.baseUrl, firmAccount.email, firmAccount.password);

    // --- 能力档案: summary, a product (typed + Enter), a sector; autosave, then publish.
    await followNav(firm, 'enterprise-profile');
    await firm.waitForURL(/\/enterprise\/profile/);
    const saveState = firm.getByTestId('profile-save-state');
    await saveState.waitFor({ state: 'visible', timeout: 15_000 });

    await firm
      .getByTestId('profile-summary')
      .fill('本公司专业从事高性能碳纤维复合材料构件的研发与生产，产品用于航空航天、轨道交通与应急装备领域。');
    await firm.getByTestId('profile-products-input').fill('碳纤维复合材料构件');
    await firm.getByTestId('profile-products-input').press('Enter');
    await expect.poll(() => firm.getByTestId('profile-products-input-tag').count()).toBe(1);
    await firm.getByTestId('profile-sector-NEW_MATERIALS').click();

    await expect.poll(() => saveState.getAttribute('data-state'), { timeout: 15_000 }).toBe('saved');
    expect(await saveState.textContent()).toContain('已保存');
    expect(Number(await firm.getByTestId('profile-completeness').getAttribute('data-score'))).toBeGreaterThanOrEqual(42);

    await firm.getByTestId('profile-publish').click();
    const confirm = firm.getByTestId('confirm-ok').filter({ visible: true });
    await confirm.waitFor({ state: 'visible' });
    await confirm.click();
    await firm.getByTestId('profile-public-link').waitFor({ state: 'visible', timeout: 15_000 });
    await confirm.waitFor({ state: 'hidden' });
    expect(await firm.getByTestId('profile-published-version').textContent()).toContain('v1');
    await firm.screenshot({ path: screenshotPath('profile-editor'), fullPage: true });

    // --- 资质证书: upload a scan with its fields; it waits for vetting.
    await followNav(firm, 'enterprise-qualifications');
    await firm.waitForURL(/\/enterprise\/qualifications/);
    await firm.getByTestId('qual-type').click();
    await firm.locator('[data-testid="qual-type-option"][data-value="GJB9001C"]').click();
    await firm.getByTestId('qual-certificate-no').fill(certificateNo);
    await firm.getByTestId('qual-issuer').fill('中国新时代认证中心');
    // Element Plus date pickers: typing a date and Enter sets it, as a keyboard user would.
    await firm.getByTestId('qual-issued-at').locator('input').fill('2025-01-10');
    await firm.getByTestId('qual-issued-at').locator('input').press('Enter');
    await firm.getByTestId('qual-expires-at').locator('input').fill('2028-01-09');
    await firm.getByTestId('qual-expires-at').locator('input').press('Enter');
    await firm
      .getByTestId('qual-file')
      .setInputFiles({ name: 'gjb9001c.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SAMPLE_PDF) });
    await firm.getByTestId('qual-submit').click();

    const firmRow = firm.locator(`[data-testid="qual-row"][data-certificate-no="${certificateNo}"]`);
    await expect.poll(() => firmRow.getAttribute('data-status'), { timeout: 15_000 }).toBe('PENDING');
    expect(await firm.getByTestId('qual-progress').getAttribute('data-progress')).toBe('100');
    expect(await firmRow.getByTestId('qual-status').textContent()).toContain('待审核');
    await firm.screenshot({ path: screenshotPath('qualifications-uploaded'), fullPage: true });

    // --- 资质审核: the administrator opens the certificate, sees the scan, and approves it.
    const adminContext = await newZhContext(browser);
    const admin = await adminContext.newPage();
    const adminFailures = recordFailures(admin);
    await signIn(admin, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await followNav(admin, 'admin-qualifications');
    await admin.waitForURL(/\/admin\/qualifications/);

    const row = admin.locator(`[data-testid="vetting-row"][data-certificate-no="${certificateNo}"]`);
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByTestId('vetting-open').click();
    await expect
      .poll(() => admin.locator('[data-testid="scan-preview"] iframe').count(), { timeout: 15_000 })
      .toBe(1);
    expect(await admin.getByTestId('scan-preview').getAttribute('data-kind')).toBe('PDF');
    await admin.screenshot({ path: screenshotPath('vetting-queue'), fullPage: true });

    await row.getByTestId('vetting-approve').click();
    const approve = admin.getByTestId('confirm-ok').filter({ visible: true });
    await approve.waitFor({ state: 'visible' });
    await approve.click();
    await expect
      .poll(() => admin.getByTestId('vetting-notice').textContent(), { timeout: 15_000 })
      .toContain(certificateNo);
    await expect.poll(() => row.count()).toBe(0);

    // --- The firm sees it approved; the public page shows the vetted badge.
    await firm.reload();
    await expect.poll(() => firmRow.getAttribute('data-status'), { timeout: 15_000 }).toBe('APPROVED');

    const visitorContext = await newZhContext(browser);
    const visitor = await visitorContext.newPage();
    const visitorFailures = recordFailures(visitor);
    await visitor.goto(`${app.baseUrl}/enterprises/${firmAccount.organizationId}`);
    const name = visitor.getByTestId('public-profile-name');
    await name.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await name.textContent()).toContain('e2e-profile 测试单位');
    expect(await visitor.getByTestId('public-profile-verified').textContent()).toContain('已认证');
    expect(await visitor.getByTestId('public-profile-products').textContent()).toContain('碳纤维复合材料构件');
    const badge = visitor.locator(`[data-testid="vetted-badge"][data-certificate-no="${certificateNo}"]`);
    await expect.poll(() => badge.count(), { timeout: 15_000 }).toBe(1);
    expect(await badge.textContent()).toContain('有效期至 2028-01-09');
    await visitor.screenshot({ path: screenshotPath('public-profile'), fullPage: true });

    expect(firmFailures).toEqual([]);
    expect(adminFailures).toEqual([]);
    expect(visitorFailures).toEqual([]);
    await firmContext.close();
    await adminContext.close();
    await visitorContext.close();
  });
});
