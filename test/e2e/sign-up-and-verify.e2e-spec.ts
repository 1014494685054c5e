import { randomInt } from 'node:crypto';
import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { followNav, launchBrowser, newZhContext, recordFailures, screenshotPath } from '../support/browser.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;

/** The demo administrator that DEMO_DATA=on seeds (apps/api/src/modules/demo-data/demo-accounts.ts). */
const ADMIN = { email: 'admin@demo.mcf.local', password: 'Demo-Admin-2026' };
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A fresh, valid 统一社会信用代码 registered in 咸安区 (421202), so that each run registers a new firm. */
function freshCreditCode(): string {
  const random = Array.from(
    { length: 6 },
    () => CREDIT_CODE_ALPHABET[randomInt(CREDIT_CODE_ALPHABET.length)],
  ).join('');
  const body = `91421202MA4${random}`;
  return `${body}${computeCreditCodeCheckCharacter(body)}`;
}

/** Records every answer of 400 or above, so a journey that "works" while the console fills with errors fails. */
beforeAll(async () => {
  app = await startApp(appEnvironment(services));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

describe('a firm signs up and an administrator verifies it', () => {
  it('registers in the browser, waits as 待审核, is verified by the admin, and then shows 已认证', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const firmAccount = {
      email: `e2e-firm-${suffix.toLowerCase()}@e2e.mcf.local`,
      password: `Xianning-E2E-${suffix}`,
      name: '王测试',
    };
    const organizationName = `咸宁端到端测试新材料有限公司${suffix}`;
    const creditCode = freshCreditCode();

    // --- The firm registers (first browser context).
    const firmContext = await newZhContext(browser);
    const firm = await firmContext.newPage();
    const firmFailures = recordFailures(firm);

    await firm.goto(`${app.baseUrl}/register`);
    await firm.getByTestId('register-org-kind-enterprise').click();
    await firm.getByTestId('register-org-name').fill(organizationName);
    await firm.getByTestId('register-credit-code').fill(creditCode);
    await expect
      .poll(() => firm.getByTestId('register-credit-code-feedback').getAttribute('data-state'))
      .toBe('valid');
    await firm.getByTestId('register-region').click();
    await firm.locator('[data-testid="register-region-option"][data-value="421202"]').click();
    await firm.getByTestId('register-name').fill(firmAccount.name);
    await firm.getByTestId('register-email').fill(firmAccount.email);
    await firm.getByTestId('register-password').fill(firmAccount.password);
    await firm.screenshot({ path: screenshotPath('sign-up-register-form'), fullPage: true });

    await firm.getByTestId('register-submit').click();
    await firm.waitForURL(/\/account(\?|$)/, { timeout: 15_000 });

    const firmStatus = firm.getByTestId('org-status');
    await expect
      .poll(() => firmStatus.getAttribute('data-status'), { timeout: 15_000 })
      .toBe('PENDING_VERIFICATION');
    expect(await firmStatus.textContent()).toContain('待审核');
    expect(await firm.getByTestId('account-org-name').textContent()).toContain(organizationName);
    expect(await firm.getByTestId('user-menu').textContent()).toContain(firmAccount.name);
    await firm.screenshot({ path: screenshotPath('sign-up-account-pending'), fullPage: true });

    // --- The administrator signs in (second context: its own cookies) and verifies the firm.
    const adminContext = await newZhContext(browser);
    const admin = await adminContext.newPage();
    const adminFailures = recordFailures(admin);

    await admin.goto(`${app.baseUrl}/sign-in`);
    await admin.getByTestId('signin-email').fill(ADMIN.email);
    await admin.getByTestId('signin-password').fill(ADMIN.password);
    await admin.getByTestId('signin-submit').click();
    await expect.poll(() => admin.getByTestId('user-menu').isVisible(), { timeout: 15_000 }).toBe(true);

    await followNav(admin, 'admin-organizations');
    await admin.waitForURL(/\/admin\/organizations/);
    await admin.getByTestId('admin-org-search').fill(organizationName);
    await admin.getByTestId('admin-org-search').press('Enter');

    const row = admin.locator(`[data-testid="admin-org-row"][data-org-name="${organizationName}"]`);
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.getAttribute('data-status')).toBe('PENDING_VERIFICATION');
    await admin.screenshot({ path: screenshotPath('sign-up-admin-queue'), fullPage: true });

    await row.getByTestId('admin-org-verify').click();
    const confirm = admin.getByTestId('confirm-ok').filter({ visible: true });
    await confirm.waitFor({ state: 'visible' });
    await admin.screenshot({ path: screenshotPath('sign-up-admin-confirm') });
    await confirm.click();

    // The queue shows pending organisations only: the firm leaves it, and the notice names it.
    await expect
      .poll(() => admin.getByTestId('admin-org-notice').textContent(), { timeout: 15_000 })
      .toContain(organizationName);
    await expect.poll(() => row.count()).toBe(0);

    // Looked up among all organisations (the address carries the filters), it is now verified.
    await admin.goto(
      `${app.baseUrl}/admin/organizations?status=ALL&q=${encodeURIComponent(organizationName)}`,
    );
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 15_000 }).toBe('VERIFIED');
    await admin.screenshot({ path: screenshotPath('sign-up-admin-verified'), fullPage: true });

    // --- The firm reloads its account page: the session comes back through the refresh cookie,
    // and the organisation's status is read fresh.
    await firm.reload();
    await expect.poll(() => firmStatus.getAttribute('data-status'), { timeout: 15_000 }).toBe('VERIFIED');
    expect(await firmStatus.textContent()).toContain('已认证');
    await firm.screenshot({ path: screenshotPath('sign-up-account-verified'), fullPage: true });

    expect(firmFailures).toEqual([]);
    expect(adminFailures).toEqual([]);
    await firmContext.close();
    await adminContext.close();
  });
});
