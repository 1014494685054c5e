/**
 * 重点项目的中期考核 in the browser: the organisation named as a key project's owner files the quarter's
 * progress report from 我的项目; an administrator sends it back with a reason (the owner reads it), the
 * owner files it again and the administrator accepts it as 中期考核; the accepted report and the
 * investment completed are then on the project's public page. An administrator records a new project in
 * the library with the form (its rules in Chinese on the fields), on a laptop and on a phone.
 */
import type { ProjectView } from '@mcf/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, DEMO_ADMIN } from '../support/api-client.js';
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
import { WITHOUT_DEMO_DATA } from '../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let browser: Browser;
let owner: Awaited<ReturnType<ApiClient['registerOrganization']>>;
let project: ProjectView;

const DAY = 86_400_000;
const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  browser = await launchBrowser();
  const api = new ApiClient(app.baseUrl);
  const admin = await api.adminToken();
  owner = await api.registerOrganization('ENTERPRISE', 'project-e2e-owner');
  await api.setOrganizationStatus(admin, owner.organizationId, 'verify');
  // Recording projects and naming their owners is the administrators' registry work (its own tests).
  const created = await api.call<ProjectView>('POST', '/api/v1/admin/projects', {
    token: admin,
    body: {
      name: `军民两用应急救援装备产业化项目${Date.now().toString(36).toUpperCase()}`,
      description: '应急救援装备研发与生产线建设。',
      regionCode: '421202',
      sectors: ['EMERGENCY'],
      investmentTotal: 80_000_000,
      programme: 'ZL3',
      reportingFrom: isoDate(-200),
      milestones: [
        { name: '完成可行性研究', plannedDate: isoDate(-30) },
        { name: '生产线安装调试', plannedDate: isoDate(90) },
      ],
    },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const assigned = await api.call<ProjectView>('PUT', `/api/v1/admin/projects/${created.body.id}/owner`, {
    token: admin,
    body: { organizationId: owner.organizationId },
  });
  expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
  project = assigned.body;
}, 240_000);

afterAll(async () => {
  await browser?.close();
  expect(await app?.stop()).toBe(0);
});

describe('a key project’s quarterly progress report', () => {
  it('is filed by the owner, sent back and refiled, and accepted by an administrator as 中期考核', async () => {
    // --- The owner opens the project from 我的项目 and files the quarter's report.
    const ownerContext = await newZhContext(browser);
    const page = await ownerContext.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, owner.email, owner.password);
    await followNav(page, 'my-projects');
    await page.waitForURL(/\/me\/projects$/);
    await page.getByTestId('my-project').filter({ hasText: project.name }).locator('a').click();
    await page.waitForURL(new RegExp(`/projects/${project.id}$`));
    await page.getByTestId('project-report-form').waitFor();
    await page
      .getByTestId('report-progress')
      .fill('已完成可行性研究报告评审，厂房基础施工完成百分之四十，主要设备完成招标。');
    await page.getByTestId('report-milestones').getByText('完成可行性研究').click();
    await page
      .locator('[data-testid="report-investment"] input, input[data-testid="report-investment"]')
      .first()
      .fill('1200');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('project-report-filed').waitFor();
    await expect
      .poll(() => page.getByTestId('project-report').first().getAttribute('data-status'))
      .toBe('SUBMITTED');
    await page.screenshot({ path: screenshotPath('project-report-filed'), fullPage: true });

    // --- The administrator reviews it in the queue and sends it back with a reason.
    const adminContext = await newZhContext(browser);
    const admin = await adminContext.newPage();
    const adminFailures = recordFailures(admin);
    await signIn(admin, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await admin.goto(`${app.baseUrl}/admin/project-reports`);
    const row = admin.getByTestId('project-report-row').filter({ hasText: project.name });
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.textContent()).toContain('厂房基础施工');
    expect(await row.textContent()).toContain('1,200');
    await admin.screenshot({ path: screenshotPath('project-report-queue'), fullPage: true });
    await row.getByTestId('project-review-revise-MIDTERM').click();
    const ok = admin.getByTestId('confirm-ok').filter({ visible: true });
    await ok.waitFor({ state: 'visible' });
    await admin.getByTestId('confirm-reason').fill('请补充设备招标结果和完成投资的依据。');
    await ok.click();
    await expect.poll(() => admin.getByTestId('project-review-done').textContent(), { timeout: 15_000 }).toContain('已退回');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    // --- The owner reads the reason and files the report again.
    const sentBack = page.locator('[data-testid="project-report"][data-status="REVISION_REQUESTED"]');
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByTestId('project-report-form').waitFor();
          return sentBack.count();
        },
        { timeout: 30_000, interval: 1000 },
      )
      .toBe(1);
    expect(await sentBack.getByTestId('project-report-reason').textContent()).toContain('设备招标结果');
    await page
      .getByTestId('report-progress')
      .fill(
        '已完成可行性研究报告评审；厂房基础施工完成百分之四十；主要设备招标完成，中标合同三份，合同金额一千二百万元。',
      );
    await page.getByTestId('report-milestones').getByText('完成可行性研究').click();
    await page
      .locator('[data-testid="report-investment"] input, input[data-testid="report-investment"]')
      .first()
      .fill('1200');
    await page.getByTestId('report-submit').click();
    await page.getByTestId('project-report-filed').waitFor();

    // --- The administrator accepts it as 中期考核.
    await admin.reload();
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
    expect(await row.textContent()).toContain('中标合同');
    await row.getByTestId('project-review-accept-MIDTERM').click();
    await ok.waitFor({ state: 'visible' });
    await admin.screenshot({ path: screenshotPath('project-report-accept-confirm'), fullPage: true });
    await ok.click();
    await expect.poll(() => admin.getByTestId('project-review-done').textContent(), { timeout: 15_000 }).toContain('已通过');
    await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(0);

    // --- Anyone reads the accepted report and the investment completed on the project's page.
    const visitorContext = await newZhContext(browser);
    const visitor = await visitorContext.newPage();
    const visitorFailures = recordFailures(visitor);
    await visitor.goto(`${app.baseUrl}/projects/${project.id}`);
    await visitor.getByTestId('project-accepted-reports').waitFor();
    expect(await visitor.getByTestId('project-accepted-reports').textContent()).toContain('中标合同');
    expect(await visitor.getByTestId('project-investment-completed').textContent()).toContain('1,200');
    expect(await visitor.getByTestId('project-report-form').count()).toBe(0);
    await settled(visitor);
    await visitor.screenshot({ path: screenshotPath('project-accepted-public'), fullPage: true });

    expect(failures).toEqual([]);
    expect(adminFailures).toEqual([]);
    expect(visitorFailures).toEqual([]);
    await ownerContext.close();
    await adminContext.close();
    await visitorContext.close();
  }, 180_000);
});

describe('an administrator records a project in the library', () => {
  it('with the form: refused fields say why in Chinese, the saved project opens and is listed', async () => {
    const context = await newZhContext(browser);
    const page = await context.newPage();
    const failures = recordFailures(page);
    await signIn(page, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await followNav(page, 'project-library');
    await page.waitForURL(/\/projects$/);
    await page.getByTestId('project-create').click();
    const dialog = page.getByTestId('project-create-dialog');
    await dialog.waitFor();

    // Nothing filled in but an empty milestone: refused on the fields, in Chinese, before anything is sent.
    await page.getByTestId('project-create-add-milestone').click();
    await page.getByTestId('project-create-submit').click();
    await expect
      .poll(() => dialog.locator('.el-form-item__error').allTextContents())
      .toEqual(expect.arrayContaining(['项目名称应为2至200个字', '里程碑名称应为2至100个字', '请填写日期（年-月-日）']));
    await page.screenshot({ path: screenshotPath('project-create-refused') });

    const name = `赤壁应急物资智能仓储项目${Date.now().toString(36).toUpperCase()}`;
    await page.getByTestId('project-create-name').fill(name);
    await page.getByTestId('project-create-owner').fill('赤壁市应急管理局');
    // Each list is closed before the next opens (a closing list still shows its options for a moment, and
    // one left open is closed by a click on the dialog's lead text, as a person would).
    const options = page.locator('.el-select-dropdown__item:visible');
    const listsClosed = () =>
      expect
        .poll(async () => {
          if ((await options.count()) > 0) await dialog.locator('.hint').first().click();
          return options.count();
        })
        .toBe(0);
    const choose = async (testId: string, label: string) => {
      await page.getByTestId(testId).click();
      await options.filter({ hasText: label }).first().click();
      await expect.poll(() => page.getByTestId(testId).textContent()).toContain(label);
      await listsClosed();
    };
    await choose('project-create-region', '赤壁市');
    await choose('project-create-programme', '专栏8');
    await choose('project-create-sectors', '应急装备与服务');
    await page.locator('[data-testid="project-create-investment"] input').fill('6500');
    await page.getByTestId('project-create-description').fill('应急救援物资与装备的智能化仓储与调度。');
    await page.getByTestId('project-create-milestone-name-0').fill('完成仓储系统设计');
    await page.getByTestId('project-create-milestone-date-0').locator('input').fill('2027-06-30');
    await page.getByTestId('project-create-milestone-date-0').locator('input').press('Enter');
    await page.screenshot({ path: screenshotPath('project-create-filled') });
    await page.getByTestId('project-create-submit').click();

    // The new project opens on its own page, in the first stage, and the library lists it.
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await expect.poll(() => page.getByTestId('project-name').textContent()).toBe(name);
    expect(await page.getByTestId('project-detail-stage').textContent()).toContain('前期论证');
    expect(await page.getByTestId('project-owner').textContent()).toContain('赤壁市应急管理局');
    expect(await page.getByTestId('project-milestones').textContent()).toContain('完成仓储系统设计');
    await settled(page);
    await page.screenshot({ path: screenshotPath('project-created'), fullPage: true });
    await page.goto(`${app.baseUrl}/projects?q=${encodeURIComponent(name)}`);
    await expect.poll(() => page.getByTestId('project-card').filter({ hasText: name }).count()).toBe(1);
    expect(await page.getByTestId('project-card').filter({ hasText: name }).textContent()).toContain('6,500');

    // On a phone the form fits the screen.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
    const phonePage = await phone.newPage();
    const phoneFailures = recordFailures(phonePage);
    await signIn(phonePage, app.baseUrl, DEMO_ADMIN.email, DEMO_ADMIN.password);
    await phonePage.goto(`${app.baseUrl}/projects`);
    await phonePage.getByTestId('project-create').tap();
    await phonePage.getByTestId('project-create-add-milestone').tap();
    const box = await phonePage.getByTestId('project-create-dialog').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await settled(phonePage);
    await phonePage.screenshot({ path: screenshotPath('phone-project-create') });

    expect(failures).toEqual([]);
    expect(phoneFailures).toEqual([]);
    await context.close();
    await phone.close();
  }, 120_000);
});
