/**
 * 成果转化 in the browser: a research institute registers (kind INSTITUTE) and, once verified, lists a
 * technology offer with its brochure attached (a PDF, which first saves the draft) and submits it; an
 * administrator vets it in the review queue; the matching job tells a
 * composites firm whose profile could take it up; the firm opens the notification, reads the offer and says
 * it is interested (after downloading the brochure, the same bytes), which opens a conversation with the
 * institute. Offer detail also at phone size.
 */
import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { followNav, launchBrowser, newZhContext, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { WITHOUT_DEMO_DATA, createFirm, type CreatedFirm, daysFromNow } from '../support/marketplace.js';
import { samplePdf } from '../support/sample-files.js';
import { DEMO_ADMIN, TEST_PASSWORD } from '../support/api-client.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;
let api: ApiClient;
let adminToken: string;
let firm: CreatedFirm;

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** A 统一社会信用代码 of a public institution (事业单位, 12…) in 咸安区. */
function institutionCreditCode(): string {
  const random = Array.from({ length: 9 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const body = `12421202${random}`;
  return `${body}${computeCreditCodeCheckCharacter(body)}`;
}

/** Clicks a download button and returns the saved file's name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  browser = await launchBrowser();
  api = new ApiClient(app.baseUrl);
  adminToken = await api.adminToken();
  firm = await createFirm(api, adminToken, {
    name: '咸宁坚盾防护科技有限公司',
    creditCode: newCreditCode(),
    regionCode: '421202',
    summary: '轻质防护装备研制，为警用和特种车辆配套。',
    sectors: ['NEW_MATERIALS', 'ORDNANCE'],
    products: ['防弹插板', '复合装甲板', '防弹头盔'],
    capabilities: ['芳纶预浸料铺层', '热压成型'],
    qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresAt: daysFromNow(900) }],
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

describe('a research institute lists a technology offer and a matched firm takes it up', () => {
  it('registers, lists, is vetted, the firm is told and opens a conversation', async () => {
    const suffix = Date.now().toString(36).toUpperCase();
    const institute = { email: `e2e-institute-${suffix.toLowerCase()}@e2e.mcf.local`, password: TEST_PASSWORD, name: '李研究' };
    const instituteName = `湖北科技学院材料辐射改性实验室${suffix}`;
    const brochure = Buffer.from(samplePdf('成果介绍'));
    const offerTitle = `芳纶纤维防弹板轻量化制备技术${suffix}`;

    // --- The institute registers as 高校与科研院所.
    const instituteContext = await newZhContext(browser);
    const page = await instituteContext.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/register`);
    await page.getByTestId('register-org-kind-institute').click();
    await page.getByTestId('register-org-name').fill(instituteName);
    await page.getByTestId('register-credit-code').fill(institutionCreditCode());
    await expect.poll(() => page.getByTestId('register-credit-code-feedback').getAttribute('data-state')).toBe('valid');
    await page.getByTestId('register-region').click();
    await page.locator('[data-testid="register-region-option"][data-value="421202"]').click();
    await page.getByTestId('register-name').fill(institute.name);
    await page.getByTestId('register-email').fill(institute.email);
    await page.getByTestId('register-password').fill(institute.password);
    await page.screenshot({ path: screenshotPath('offer-institute-register'), fullPage: true });
    await page.getByTestId('register-submit').click();
    await page.waitForURL(/\/account(\?|$)/, { timeout: 15_000 });

    // Verification of organisations has its own journey (sign-up-and-verify): done through the API here.
    const registered = await api.call<{ items: { id: string; name: string }[] }>(
      'GET',
      `/api/v1/admin/organizations?q=${encodeURIComponent(instituteName)}&kind=INSTITUTE`,
      { token: adminToken },
    );
    const instituteId = registered.body.items.find((o) => o.name === instituteName)?.id;
    expect(instituteId).toBeDefined();
    await api.setOrganizationStatus(adminToken, instituteId!, 'verify');

    // --- It lists the offer from its navigation and submits it for review.
    await page.reload();
    await followNav(page, 'offer-new');
    await page.waitForURL(/\/offers\/new/);
    await page.getByTestId('offer-title').fill(offerTitle);
    await page
      .getByTestId('offer-summary')
      .fill('芳纶纤维与超高分子量聚乙烯混杂铺层，热压一次成型，面密度降低两成，抗多发弹击，可用于特种车辆防护。');
    const uses = page.getByTestId('offer-applications');
    await uses.fill('防弹插板');
    await uses.press('Enter');
    await page.getByTestId('offer-sector-NEW_MATERIALS').click();
    await page.getByTestId('offer-mode-LICENSE').click();
    await page.getByTestId('offer-mode-JOINT_DEVELOPMENT').click();
    await page.getByTestId('offer-non-classified').click();
    await expect.poll(() => page.getByTestId('offer-submit-problems').count()).toBe(0);
    // The brochure: adding the first file saves the draft, then uploads it; a text file is refused.
    await page
      .getByTestId('offer-attachments-input')
      .setInputFiles({ name: '成果介绍.pdf', mimeType: 'application/pdf', buffer: brochure });
    await page.locator('[data-testid="offer-attachments-item"][data-name="成果介绍.pdf"]').waitFor({ state: 'visible', timeout: 15_000 });
    await page
      .getByTestId('offer-attachments-input')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a brochure') });
    await page.getByTestId('offer-attachments-error').waitFor({ state: 'visible' });
    expect(await page.getByTestId('offer-attachments-item').count()).toBe(1);
    await settled(page);
    await page.screenshot({ path: screenshotPath('offer-editor'), fullPage: true });
    await page.getByTestId('offer-submit').click();
    await page.waitForURL(/\/offers\/mine\?submitted=1/, { timeout: 15_000 });
    await expect.poll(() => page.getByTestId('my-offer-status').first().textContent()).toContain('待审核');
    await page.screenshot({ path: screenshotPath('offer-mine-submitted'), fullPage: true });

    // --- The administrator vets it.
    const adminContext = await newZhContext(browser);
    const admin = await adminContext.newPage();
    const adminFailures = recordFailures(admin);
    await signIn(admin, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await followNav(admin, 'admin-offers');
    await admin.waitForURL(/\/admin\/offers/);
    const row = admin.getByTestId('admin-offer-row').filter({ hasText: offerTitle });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    await row.getByTestId('admin-offer-open').click();
    await admin.getByTestId('admin-offer-detail').waitFor();
    // The brochure is vetted with the offer: the administrator opens it from the review.
    const vetted = admin.locator('[data-testid="admin-offer-attachments-item"][data-name="成果介绍.pdf"]');
    await vetted.waitFor({ state: 'visible' });
    expect((await downloaded(admin, () => vetted.getByTestId('admin-offer-attachments-download').click())).bytes.equals(brochure)).toBe(true);
    await admin.screenshot({ path: screenshotPath('offer-admin-review'), fullPage: true });
    await row.getByTestId('admin-offer-approve').click();
    const confirm = admin.getByTestId('confirm-ok').filter({ visible: true });
    await confirm.waitFor({ state: 'visible' });
    await confirm.click();
    await expect.poll(() => admin.getByTestId('admin-offers-notice').textContent(), { timeout: 15_000 }).toContain(offerTitle);

    // --- The matched firm is told, reads the offer and says it is interested.
    const firmContext = await newZhContext(browser);
    const firmPage = await firmContext.newPage();
    const firmFailures = recordFailures(firmPage);
    await signIn(firmPage, app.baseUrl, firm.email, TEST_PASSWORD);
    const told = firmPage.locator('[data-testid="notification-row"][data-kind="OFFER_MATCHED"]');
    await expect
      .poll(
        async () => {
          await firmPage.goto(`${app.baseUrl}/notifications`);
          await firmPage.getByTestId('notification-centre').waitFor();
          await settled(firmPage, 500);
          return told.count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(1);
    await firmPage.screenshot({ path: screenshotPath('offer-firm-notified'), fullPage: true });
    await told.getByTestId('notification-open').click();
    await firmPage.waitForURL(/\/offers\/[0-9a-f-]{36}$/);
    await expect.poll(() => firmPage.getByTestId('offer-detail-title').textContent()).toContain(offerTitle);
    const listed = firmPage.locator('[data-testid="offer-attachments-item"][data-name="成果介绍.pdf"]');
    await listed.waitFor({ state: 'visible' });
    const got = await downloaded(firmPage, () => listed.getByTestId('offer-attachments-download').click());
    expect(got.name).toBe('成果介绍.pdf');
    expect(got.bytes.equals(brochure)).toBe(true);
    await firmPage.screenshot({ path: screenshotPath('offer-detail'), fullPage: true });
    await firmPage.getByTestId('offer-interest').click();
    await firmPage.waitForURL(/\/messages\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await firmPage.getByTestId('message-thread').waitFor();
    expect(await firmPage.getByTestId('message-counterpart').textContent()).toContain(instituteName);
    expect(await firmPage.getByTestId('message-offer-link').textContent()).toContain(offerTitle);
    await firmPage.screenshot({ path: screenshotPath('offer-conversation'), fullPage: true });

    // --- The institute sees the firm among the matched firms, marked interested; and the page works on a phone.
    await page.goto(`${app.baseUrl}/offers/mine`);
    await page.getByTestId('my-offer-matches').first().click();
    const match = page.getByTestId('offer-match').filter({ hasText: '咸宁坚盾防护科技有限公司' });
    await expect.poll(() => match.count(), { timeout: 15_000 }).toBe(1);
    expect(await match.textContent()).toContain('已表达意向');
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    await page.screenshot({ path: screenshotPath('offer-matches-phone'), fullPage: true });
    // The offer's page with its attachment fits a phone too.
    await page.goto(`${app.baseUrl}/offers/mine`);
    await page.getByTestId('my-offer').filter({ hasText: offerTitle }).locator('a.card__title').click();
    await page.waitForURL(/\/offers\/[0-9a-f-]{36}$/);
    await page.locator('[data-testid="offer-attachments-item"][data-name="成果介绍.pdf"]').waitFor({ state: 'visible' });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: screenshotPath('offer-detail-phone'), fullPage: true });

    expect(failures).toEqual([]);
    expect(adminFailures).toEqual([]);
    expect(firmFailures).toEqual([]);
    await instituteContext.close();
    await adminContext.close();
    await firmContext.close();
  });
});
