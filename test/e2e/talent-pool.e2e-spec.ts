/**
 * 人才共享数据库 in the browser: a retired engineer registers as a person (no organisation), publishes a
 * talent profile only after ticking the consent; a verified firm finds the profile in the talent search
 * and writes to the person through the platform; the person is told (in the app and by email, as every
 * notification), opens the notice and reads and answers the message in 人才联系;
 * then withdraws the profile (after confirming), and it is gone from the firm's search and conversations.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, TEST_PASSWORD } from '../support/api-client.js';
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
import { WITHOUT_DEMO_DATA, waitUntil } from '../support/marketplace.js';
import { freePort, SmtpSink } from '../support/smtp-sink.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;
let firm: Awaited<ReturnType<ApiClient['registerOrganization']>>;
let sink: SmtpSink;
const PUBLIC_URL = 'https://mcf.example.cn';

beforeAll(async () => {
  sink = new SmtpSink(await freePort());
  await sink.start();
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA, SMTP_URL: sink.url, PUBLIC_URL }));
  browser = await launchBrowser();
  const api = new ApiClient(app.baseUrl);
  firm = await api.registerOrganization('ENTERPRISE', 'talent-e2e-firm');
  await api.setOrganizationStatus(await api.adminToken(), firm.organizationId, 'verify');
}, 240_000);

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
  await sink?.stop();
});

/** Picks an option of an Element Plus select by its visible label. */
async function choose(page: Page, testId: string, label: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: label }).first().click();
}

/** Runs the talent search for `q` and answers how many results name `name`. */
async function searchFor(page: Page, q: string, name: string): Promise<number> {
  await page.getByTestId('talent-search-q').fill(q);
  await page.getByTestId('talent-search-submit').click();
  await page.locator('[data-testid="talent-results"], [data-testid="talent-search-empty"]').first().waitFor();
  await settled(page, 300);
  return page.getByTestId('talent-result-name').filter({ hasText: name }).count();
}

describe('a retired engineer in the talent pool', () => {
  it('registers, publishes with consent, is found and contacted by a verified firm, withdraws and is gone', async () => {
    const suffix = Date.now().toString(36);
    const person = {
      email: `e2e-retired-${suffix}@e2e.mcf.local`,
      name: `王建国${suffix.slice(-4).toUpperCase()}`,
    };
    const specialty = `液压伺服系统故障诊断${suffix.slice(-4)}`;

    // --- The engineer registers as a person, from the organisation registration page.
    const personContext = await newZhContext(browser);
    const page = await personContext.newPage();
    const failures = recordFailures(page);
    await page.goto(`${app.baseUrl}/register`);
    await page.getByTestId('register-individual-link').click();
    await page.waitForURL(/\/register\/individual$/);
    await page.getByTestId('individual-name').fill(person.name);
    await page.getByTestId('individual-email').fill(person.email);
    await page.getByTestId('individual-password').fill(TEST_PASSWORD);
    await page.getByTestId('individual-submit').click();
    await page.waitForURL(/\/sign-in/);
    expect(await page.getByTestId('signin-notice').textContent()).toBeTruthy();
    await page.getByTestId('signin-email').fill(person.email);
    await page.getByTestId('signin-password').fill(TEST_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.waitForURL(/\/talent\/profile$/, { timeout: 15_000 });
    await page.getByTestId('talent-empty').waitFor();

    // --- The profile: without the consent ticked it is refused, naming the consent.
    await page.getByTestId('talent-name').fill(person.name);
    await page.getByTestId('talent-title').fill('高级工程师');
    const specialties = page.getByTestId('talent-specialties');
    await specialties.fill(specialty);
    await specialties.press('Enter');
    await specialties.fill('退役装备维修');
    await specialties.press('Enter');
    await choose(page, 'talent-sectors', '智能装备');
    await page.keyboard.press('Escape');
    await page.getByTestId('talent-availability-ADVISORY').click();
    await page.getByTestId('talent-availability-PART_TIME').click();
    await choose(page, 'talent-region', '咸安区');
    await page
      .getByTestId('talent-summary')
      .fill('原某军工企业液压车间主任，三十年装备维修经验，可返聘或兼职顾问。');
    await page.getByTestId('talent-submit').click();
    await expect
      .poll(() => page.locator('.el-form-item__error').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringMatching(/同意/)]));
    expect(await page.getByTestId('talent-published').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('talent-consent-required'), fullPage: true });

    await page.getByTestId('talent-consent').click();
    await page.getByTestId('talent-submit').click();
    await page.getByTestId('talent-published').waitFor();
    expect(await page.getByTestId('talent-notice').textContent()).toContain('发布');
    expect(await page.getByTestId('talent-consent-record').textContent()).toMatch(/同意/);
    await page.screenshot({ path: screenshotPath('talent-published'), fullPage: true });

    // --- The verified firm finds the engineer in the talent search and writes through the platform.
    const firmContext = await newZhContext(browser);
    const firmPage = await firmContext.newPage();
    const firmFailures = recordFailures(firmPage);
    await signIn(firmPage, app.baseUrl, firm.email, firm.password);
    await followNav(firmPage, 'talent-search');
    await firmPage.waitForURL(/\/talent\/search/);
    await expect
      .poll(() => searchFor(firmPage, specialty, person.name), { timeout: 30_000, interval: 1000 })
      .toBe(1);
    const result = firmPage.getByTestId('talent-result').filter({ hasText: person.name });
    // A summary only: never an e-mail address or telephone number.
    expect(await result.textContent()).not.toContain(person.email);
    expect(await result.textContent()).toContain('高级工程师');
    await firmPage.screenshot({ path: screenshotPath('talent-search-found'), fullPage: true });
    await result.getByTestId('talent-contact').click();
    await firmPage
      .getByTestId('talent-contact-message')
      .fill('王工您好，我司承接液压系统维修项目，想请您担任技术顾问，方便详谈吗？');
    await firmPage.getByTestId('talent-contact-send').click();
    await firmPage.getByTestId('talent-contact-sent').waitFor();

    // --- The engineer is told: the bell counts the notice, which names the firm and opens the conversation.
    const firmName = `talent-e2e-firm 测试单位 ${firm.creditCode.slice(-6)}`;
    await page.reload();
    await expect
      .poll(async () => Number(await page.getByTestId('header-notifications').getAttribute('data-unread')), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(1);
    await page.getByTestId('header-notifications').click();
    await page.getByTestId('notification-centre').waitFor();
    const notice = page.locator('[data-testid="notification-row"][data-kind="TALENT_CONTACTED"]');
    await expect.poll(() => notice.count()).toBe(1);
    expect(await notice.textContent()).toContain(firmName);
    await settled(page);
    await page.screenshot({ path: screenshotPath('talent-person-notified'), fullPage: true });
    // The notice reads on a phone too.
    await page.setViewportSize({ width: 390, height: 844 });
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: screenshotPath('talent-person-notified-phone'), fullPage: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    // By email too, to the person's own address, Chinese first, with the link to the conversation; the
    // message itself stays on the platform.
    const [mail] = await waitUntil('the notice emailed', async () => sink.to(person.email), (m) => m.length === 1, 45_000);
    expect(mail!.subject).toContain(firmName);
    expect(mail!.text).toMatch(new RegExp(`查看详情：${PUBLIC_URL}/talent/contacts\\?contact=[0-9a-f-]{36}`));
    expect(mail!.text).not.toContain('技术顾问');
    expect(sink.received.filter((m) => m.to.includes(person.email))).toHaveLength(1);

    // --- The engineer opens the notice, reads the message in 人才联系 and answers it.
    await notice.getByTestId('notification-open').click();
    await page.waitForURL(/\/talent\/contacts\?contact=[0-9a-f-]{36}$/);
    const conversation = page.getByTestId('talent-contact-item').filter({ hasText: person.name });
    await expect.poll(() => conversation.count()).toBe(1);
    await expect.poll(() => page.getByTestId('talent-message').first().textContent()).toContain('技术顾问');
    await page.getByTestId('talent-reply').fill('可以，周三下午方便。');
    await page.getByTestId('talent-reply-send').click();
    await expect.poll(() => page.getByTestId('talent-message').count()).toBe(2);
    await settled(page);
    await page.screenshot({ path: screenshotPath('talent-conversation-person'), fullPage: true });

    // The firm sees the answer in its own conversations.
    await firmPage.goto(`${app.baseUrl}/talent/contacts`);
    const firmConversation = firmPage.getByTestId('talent-contact-item').filter({ hasText: person.name });
    await firmConversation.click();
    await expect
      .poll(() => firmPage.getByTestId('talent-message').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('周三下午方便')]));

    // --- The engineer withdraws, after confirming: the profile and the conversation are deleted.
    await page.goto(`${app.baseUrl}/talent/profile`);
    await page.getByTestId('talent-withdraw').click();
    const confirm = page.getByTestId('confirm-ok').filter({ visible: true });
    await confirm.waitFor({ state: 'visible' });
    await page.screenshot({ path: screenshotPath('talent-withdraw-confirm'), fullPage: true });
    await confirm.click();
    await page.getByTestId('talent-empty').waitFor();
    expect(await page.getByTestId('talent-notice').textContent()).toContain('撤回');

    // --- Gone from the firm's search and from its conversations.
    await firmPage.goto(`${app.baseUrl}/talent/search`);
    expect(await searchFor(firmPage, specialty, person.name)).toBe(0);
    await firmPage.getByTestId('talent-search-empty').waitFor();
    expect(await searchFor(firmPage, '', person.name)).toBe(0);
    await firmPage.goto(`${app.baseUrl}/talent/contacts`);
    await firmPage.getByTestId('talent-contacts-empty').waitFor();
    await firmPage.screenshot({ path: screenshotPath('talent-withdrawn-firm'), fullPage: true });

    // A person without a profile is answered 404 by GET /talents/me: that is how the page knows there is none
    // (on the first visit and after the withdrawal); nothing else may fail.
    expect(failures.filter((f) => !/^404 GET \S+\/api\/v1\/talents\/me$/.test(f))).toEqual([]);
    expect(failures.length).toBeLessThanOrEqual(2);
    expect(firmFailures).toEqual([]);
    await personContext.close();
    await firmContext.close();
  }, 180_000);
});
