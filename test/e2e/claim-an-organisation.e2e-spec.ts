import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, DEMO_ADMIN, SAMPLE_PDF } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import {
  followNav,
  launchBrowser,
  newZhContext,
  recordFailures,
  screenshotPath,
  settled,
  signIn,
} from '../support/browser.js';
import { importClaimableFirm } from '../support/claims.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp(appEnvironment(services));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

describe('claiming an imported firm', () => {
  it('goes from registration to an administrator’s approval to the claimant editing the profile', async () => {
    const api = new ApiClient(app.baseUrl);
    const suffix = Date.now().toString(36).toUpperCase();
    const firm = await importClaimableFirm(
      api,
      await api.adminToken(),
      `咸宁认领端到端测试有限公司${suffix}`,
    );
    const claimant = {
      name: '李认领',
      email: `e2e-claim-${suffix.toLowerCase()}@e2e.mcf.local`,
      password: `Xianning-Claim-${suffix}`,
    };

    // --- The firm tries to register its own credit code and is offered the claim instead.
    const firmContext = await newZhContext(browser);
    const page = await firmContext.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/register`);
    await page.getByTestId('register-org-kind-enterprise').click();
    await page.getByTestId('register-org-name').fill(firm.name);
    await page.getByTestId('register-credit-code').fill(firm.creditCode);
    await page.getByTestId('register-region').click();
    await page.locator('[data-testid="register-region-option"][data-value="421202"]').click();
    await page.getByTestId('register-name').fill(claimant.name);
    await page.getByTestId('register-email').fill(claimant.email);
    await page.getByTestId('register-password').fill(claimant.password);
    await page.getByTestId('register-submit').click();

    const panel = page.getByTestId('claim-panel');
    await panel.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await panel.textContent()).toContain(firm.creditCode);
    await page
      .getByTestId('claim-licence')
      .setInputFiles({ name: '营业执照.pdf', mimeType: 'application/pdf', buffer: Buffer.from(SAMPLE_PDF) });
    await page.screenshot({ path: screenshotPath('claim-offer'), fullPage: true });
    await page.getByTestId('claim-submit').click();
    await page.getByTestId('claim-filed').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.getByTestId('claim-filed').textContent()).toContain(claimant.email);
    // The 409 that offered the claim is the only failed answer of the journey.
    expect(failures.filter((failure) => !failure.startsWith('409 POST'))).toEqual([]);

    // --- The administrator reviews the licence and approves.
    const adminContext = await newZhContext(browser);
    const admin = await adminContext.newPage();
    const adminFailures = recordFailures(admin);
    await signIn(admin, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await followNav(admin, 'admin-claims');
    await admin.waitForURL(/\/admin\/claims/);
    const row = admin.locator(`[data-testid="claims-row"][data-credit-code="${firm.creditCode}"]`);
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByTestId('claims-open').click();
    await admin.getByTestId('claims-detail').waitFor({ state: 'visible' });
    await expect
      .poll(() => admin.getByTestId('scan-preview').getAttribute('data-kind'), { timeout: 15_000 })
      .toBe('PDF');
    await settled(admin);
    await admin.screenshot({ path: screenshotPath('claim-admin-review'), fullPage: true });
    await row.getByTestId('claims-approve').click();
    const confirm = admin.getByTestId('confirm-ok').filter({ visible: true });
    await confirm.waitFor({ state: 'visible' });
    await confirm.click();
    await expect
      .poll(() => admin.getByTestId('claims-notice').textContent(), { timeout: 15_000 })
      .toContain(firm.name);
    await expect.poll(() => row.count()).toBe(0);
    await admin.setViewportSize({ width: 390, height: 844 });
    await admin.getByTestId('claims-filter-ALL').click();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await settled(admin);
    await admin.screenshot({ path: screenshotPath('claim-admin-list-phone'), fullPage: true });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(adminFailures).toEqual([]);
    await adminContext.close();

    // --- The claimant signs in as the owner and edits the profile.
    const ownerPage = await firmContext.newPage();
    const ownerFailures = recordFailures(ownerPage);
    await signIn(ownerPage, app.baseUrl, claimant.email, claimant.password);
    await followNav(ownerPage, 'enterprise-profile');
    await ownerPage.waitForURL(/\/enterprise\/profile/);
    await ownerPage.getByTestId('profile-save-state').waitFor({ state: 'visible', timeout: 15_000 });
    await ownerPage
      .getByTestId('profile-summary')
      .fill('认领后由本企业完善：专业从事碳纤维复合材料构件的研发与生产，服务装备配套。');
    await expect
      .poll(() => ownerPage.getByTestId('profile-save-state').getAttribute('data-state'), { timeout: 15_000 })
      .toBe('saved');
    const { token } = await api.login(claimant.email, claimant.password);
    const draft = await api.call<{ draft: { summary: string } }>(
      'GET',
      `/api/v1/enterprises/${firm.organizationId}/profile`,
      { token },
    );
    expect(draft.body.draft.summary).toContain('认领后由本企业完善');
    expect(ownerFailures).toEqual([]);
    await firmContext.close();
  });
});
