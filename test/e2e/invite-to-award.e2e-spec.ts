/**
 * From match to award (#6), both sides in the browser: the procurer invites the best-matched firm from
 * the ranked matches and a second firm it finds in supplier search; the first firm finds the invitation,
 * answers with a proposal, asks a question and writes in the conversation; the procurer answers the
 * question (published to every firm that can see the demand), shortlists, rejects the second firm with a
 * reason and awards; the winner sees the award and its notification, the rejected firm the reason; the
 * administrator's dashboard counts the demand as responded and awarded. Screenshots land in test/artifacts/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, DEMO_ADMIN, newCreditCode, TEST_PASSWORD } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { launchBrowser, newZhContext, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitForMatches,
} from '../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;

const TITLE = '舰载雷达罩复合材料成型件采购';

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

/** The number shown for one headline figure of the admin dashboard. */
async function dashboardFigure(page: Page, key: string): Promise<number> {
  await page.goto(`${app.baseUrl}/admin/dashboard`);
  const figure = page.getByTestId(`dashboard-figure-${key}`);
  await figure.waitFor({ state: 'visible', timeout: 15_000 });
  return Number((await figure.locator('.figure__value').textContent())?.trim());
}

async function openDemand(page: Page, demandId: string): Promise<void> {
  await page.goto(`${app.baseUrl}/demands/${demandId}`);
  await page.getByTestId('demand-title').waitFor({ state: 'visible', timeout: 15_000 });
}

describe('from match to award', () => {
  it('invite → respond → clarification → conversation → shortlist → award, on both sides, counted on the dashboard', async () => {
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    const future = daysFromNow(900);
    const firmSpec = {
      regionCode: '421202',
      sectors: ['NEW_MATERIALS'],
      capabilities: ['热压罐成型', '无损检测'],
      qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED' as const, expiresAt: future }],
    };
    const winner = await createFirm(api, adminToken, {
      ...firmSpec,
      name: '咸宁天成复合材料有限公司',
      creditCode: newCreditCode(),
      summary: '雷达罩、天线罩等透波复合材料构件的研制与批产。',
      products: ['舰载雷达罩', '透波复合材料构件'],
    });
    const other = await createFirm(api, adminToken, {
      ...firmSpec,
      name: '咸宁恒力复合材料制品有限公司',
      creditCode: newCreditCode(),
      summary: '复合材料成型件与雷达罩修理。',
      products: ['复合材料成型件', '雷达罩修理'],
    });
    const procurerAccount = await registerNamed(api, 'PROCURER', '某部队装备采购站（授标）', newCreditCode(), '421200');
    await api.setOrganizationStatus(adminToken, procurerAccount.organizationId, 'verify');
    const { demand } = await publishDemand(api, procurerAccount.token, {
      title: TITLE,
      description: '采购舰载雷达罩复合材料成型件一批，要求透波性能稳定，需武器装备质量管理体系认证。',
      sectors: ['NEW_MATERIALS'],
      requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
      deadline: daysFromNow(30),
    });
    await waitForMatches(api, procurerAccount.token, demand.id);

    // --- The administrator's figures before.
    const adminContext = await newZhContext(browser);
    const admin = await adminContext.newPage();
    await signIn(admin, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    const respondedBefore = await dashboardFigure(admin, 'demandsResponded');
    const awardedBefore = await dashboardFigure(admin, 'demandsAwarded');

    // --- The procurer invites the matched firm from the ranked list.
    const procurerContext = await newZhContext(browser);
    const procurer = await procurerContext.newPage();
    const procurerFailures = recordFailures(procurer);
    await signIn(procurer, app.baseUrl, procurerAccount.email, TEST_PASSWORD);
    await openDemand(procurer, demand.id);
    const winnerMatch = procurer.locator(`[data-testid="match-item"][data-enterprise-id="${winner.organizationId}"]`);
    await winnerMatch.waitFor({ state: 'visible', timeout: 30_000 });
    await winnerMatch.getByTestId('match-invite').click();
    await procurer.getByTestId('invite-message').fill('贵单位的雷达罩产品与本需求高度匹配，诚邀响应。');
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('award-1-invite-dialog'), fullPage: true });
    await procurer.getByTestId('invite-submit').click();
    await winnerMatch.getByTestId('match-invited').waitFor({ state: 'visible' });

    // --- And invites a second firm it finds in supplier search, choosing the demand in the dialog.
    await procurer.goto(`${app.baseUrl}/search/enterprises?q=${encodeURIComponent('恒力复合材料')}`);
    const otherHit = procurer.getByTestId('enterprise-hit').filter({ hasText: '咸宁恒力复合材料制品有限公司' });
    await otherHit.waitFor({ state: 'visible', timeout: 15_000 });
    await otherHit.getByTestId('enterprise-hit-invite').click();
    await expect.poll(() => procurer.getByTestId('invite-intro').textContent(), { timeout: 15_000 }).toContain(TITLE);
    await procurer.getByTestId('invite-message').fill('欢迎贵单位参与响应。');
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('award-1b-invite-from-search'), fullPage: true });
    await procurer.getByTestId('invite-submit').click();
    await procurer.getByTestId('search-invite-done').waitFor({ state: 'visible', timeout: 15_000 });

    // --- The firm finds the invitation, answers with a proposal and asks a question.
    const firmContext = await newZhContext(browser);
    const firm = await firmContext.newPage();
    const firmFailures = recordFailures(firm);
    await signIn(firm, app.baseUrl, winner.email, TEST_PASSWORD);
    await firm.goto(`${app.baseUrl}/enterprise/invitations`);
    const invitationRow = firm.getByTestId('enterprise-invitation-row').filter({ hasText: TITLE });
    await invitationRow.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await invitationRow.textContent()).toContain('诚邀响应');
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('award-2-firm-invitations'), fullPage: true });
    await invitationRow.getByTestId('enterprise-invitation-demand-link').click();
    await firm.getByTestId('firm-invitation-banner').waitFor({ state: 'visible', timeout: 15_000 });
    await firm.getByTestId('firm-response-interest').click();
    await firm.getByTestId('firm-response-proposal').fill('采用热压罐整体成型工艺，透波率≥90%，可提供首件鉴定报告。');
    // Prices are entered in 万元, as budgets are.
    await firm.getByTestId('firm-response-price').fill('128');
    await firm.getByTestId('firm-response-delivery-days').fill('90');
    await firm.getByTestId('firm-response-submit').click();
    const firmStatus = firm.getByTestId('firm-response-status');
    await expect.poll(() => firmStatus.getAttribute('data-status'), { timeout: 15_000 }).toBe('SUBMITTED');
    await firm.getByTestId('clarification-ask-input').fill('成型件是否需要随附第三方透波率检测报告？');
    await firm.getByTestId('clarification-ask-submit').click();
    await firm.getByTestId('clarification-pending').waitFor({ state: 'visible', timeout: 15_000 });
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('award-3-firm-responded'), fullPage: true });

    // --- And writes to the procurer in the conversation about this demand.
    await firm.getByTestId('firm-response-contact').click();
    await firm.waitForURL(/\/messages\/[0-9a-f-]{36}/, { timeout: 15_000 });
    await firm.getByTestId('message-input').fill('您好，样件可在两周内送检。');
    await firm.getByTestId('message-send').click();
    await firm.getByTestId('message-item').filter({ hasText: '样件可在两周内送检' }).waitFor({ state: 'visible', timeout: 15_000 });
    const threadUrl = firm.url();

    // A second firm responds without an invitation (through the API): the procurer will reject it with a reason.
    const otherResponse = await api.call<{ id: string }>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: other.token,
      body: { kind: 'INTEREST', proposal: '可提供复合材料成型件，交期120天。', price: 990000, deliveryDays: 120 },
    });
    expect(otherResponse.status).toBe(201);

    // --- The procurer answers the question, reads the message, shortlists, rejects the other and awards.
    await openDemand(procurer, demand.id);
    const question = procurer.getByTestId('clarification-item').filter({ hasText: '透波率检测报告' });
    await question.waitFor({ state: 'visible', timeout: 15_000 });
    await question.getByTestId('clarification-answer-input').fill('需要，报告须由具备CNAS资质的机构出具。');
    await question.getByTestId('clarification-answer-submit').click();
    await question.getByTestId('clarification-answer').waitFor({ state: 'visible', timeout: 15_000 });

    const winnerResponse = procurer.locator(`[data-testid="owner-response-item"][data-enterprise-id="${winner.organizationId}"]`);
    const otherItem = procurer.locator(`[data-testid="owner-response-item"][data-enterprise-id="${other.organizationId}"]`);
    await winnerResponse.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await winnerResponse.getByTestId('owner-response-invited').isVisible()).toBe(true);
    expect(await winnerResponse.getByTestId('owner-response-proposal').textContent()).toContain('热压罐整体成型');
    await winnerResponse.getByTestId('owner-response-shortlist').click();
    // 入围 is confirmed like the other decisions.
    await procurer.getByTestId('confirm-ok').filter({ visible: true }).click();
    await expect.poll(() => winnerResponse.getAttribute('data-status'), { timeout: 15_000 }).toBe('SHORTLISTED');

    expect(await otherItem.getByTestId('owner-response-invited').isVisible()).toBe(true);
    await otherItem.getByTestId('owner-response-reject').click();
    const dialogConfirm = procurer.getByTestId('confirm-ok').filter({ visible: true });
    await dialogConfirm.waitFor({ state: 'visible' });
    await procurer.getByTestId('confirm-reason').filter({ visible: true }).fill('交期不满足本需求要求。');
    await dialogConfirm.click();
    await expect.poll(() => otherItem.getAttribute('data-status'), { timeout: 15_000 }).toBe('REJECTED');
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('award-4-procurer-decided'), fullPage: true });

    await winnerResponse.getByTestId('owner-response-award').click();
    await dialogConfirm.waitFor({ state: 'visible' });
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('award-5-award-confirm'), fullPage: true });
    await dialogConfirm.click();
    await procurer.getByTestId('owner-responses-awarded').waitFor({ state: 'visible', timeout: 15_000 });
    await expect.poll(() => winnerResponse.getAttribute('data-status'), { timeout: 15_000 }).toBe('AWARDED');
    expect(await procurer.getByTestId('owner-response-award').count()).toBe(0);
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('award-6-procurer-awarded'), fullPage: true });

    // The procurer's inbox has the firm's message.
    await procurer.goto(`${app.baseUrl}/messages`);
    const thread = procurer.getByTestId('messages-thread-row').filter({ hasText: TITLE });
    await thread.waitFor({ state: 'visible', timeout: 15_000 });
    await thread.click();
    await procurer.getByTestId('message-item').filter({ hasText: '样件可在两周内送检' }).waitFor({ state: 'visible', timeout: 15_000 });
    await procurer.getByTestId('message-input').fill('收到，请按期送检。');
    await procurer.getByTestId('message-send').click();
    await procurer.getByTestId('message-item').filter({ hasText: '请按期送检' }).waitFor({ state: 'visible', timeout: 15_000 });
    expect(procurerFailures).toEqual([]);

    // --- The firm sees the award, the published answer, the reply (its own message read) and the notification.
    await openDemand(firm, demand.id);
    await expect.poll(() => firmStatus.getAttribute('data-status'), { timeout: 15_000 }).toBe('AWARDED');
    expect(await firm.getByTestId('clarification-answer').first().textContent()).toContain('CNAS');
    expect(await firm.getByTestId('firm-response-withdraw').count()).toBe(0);
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('award-7-firm-awarded'), fullPage: true });
    await firm.goto(threadUrl);
    await firm.getByTestId('message-item').filter({ hasText: '请按期送检' }).waitFor({ state: 'visible', timeout: 15_000 });
    await firm.getByTestId('message-read-receipt').first().waitFor({ state: 'visible', timeout: 15_000 });
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('award-8-conversation'), fullPage: true });
    await firm.goto(`${app.baseUrl}/notifications`);
    await firm.getByTestId('notification-row').filter({ hasText: `恭喜中标：${TITLE}` }).waitFor({ state: 'visible', timeout: 30_000 });
    await settled(firm);
    await firm.screenshot({ path: screenshotPath('award-9-firm-notifications'), fullPage: true });
    expect(firmFailures).toEqual([]);

    // --- The rejected firm reads the reason, and that the demand went to another supplier.
    const otherContext = await newZhContext(browser);
    const otherPage = await otherContext.newPage();
    await signIn(otherPage, app.baseUrl, other.email, TEST_PASSWORD);
    await openDemand(otherPage, demand.id);
    const otherStatus = otherPage.getByTestId('firm-response-status');
    await expect.poll(() => otherStatus.getAttribute('data-status'), { timeout: 15_000 }).toMatch(/REJECTED|NOT_AWARDED/);
    expect(await otherPage.getByTestId('firm-response-status-reason').textContent()).toContain('交期不满足');
    expect(await otherPage.getByTestId('clarification-answer').first().textContent()).toContain('CNAS');
    await settled(otherPage);
    await otherPage.screenshot({ path: screenshotPath('award-10-other-firm'), fullPage: true });

    // --- The dashboard counts the demand as responded and awarded.
    expect(await dashboardFigure(admin, 'demandsResponded')).toBe(respondedBefore + 1);
    expect(await dashboardFigure(admin, 'demandsAwarded')).toBe(awardedBefore + 1);
    await settled(admin);
    await admin.screenshot({ path: screenshotPath('award-11-dashboard'), fullPage: true });
  });
});
