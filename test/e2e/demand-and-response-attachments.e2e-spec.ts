/**
 * Attachments in forms (#12), in the browser: the procurer attaches a specification to its demand in
 * the editor; a verified firm downloads it from the demand page (the same bytes), answers and attaches
 * its quotation to its response; the procurer downloads the quotation from the responses list.
 * Screenshots land in test/artifacts/.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode, TEST_PASSWORD } from '../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../support/app-process.js';
import { launchBrowser, newZhContext, recordFailures, screenshotPath, settled, signIn } from '../support/browser.js';
import { WITHOUT_DEMO_DATA, createFirm, publishDemand, registerNamed } from '../support/marketplace.js';
import { samplePdf } from '../support/sample-files.js';

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

/** Clicks a download button and returns the saved file's name and bytes. */
async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15_000 }), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: await readFile(path!) };
}

describe('attachments on demands and responses', () => {
  it('a procurer attaches a file that a firm downloads; the firm attaches one the procurer downloads', async () => {
    const api = new ApiClient(app.baseUrl);
    const adminToken = await api.adminToken();
    const firm = await createFirm(api, adminToken, {
      name: '咸宁华安发电设备有限公司',
      creditCode: newCreditCode(),
      regionCode: '421202',
      summary: '柴油发电机组研制与总装调试。',
      sectors: ['NEW_ENERGY'],
      products: ['柴油发电机组'],
      capabilities: ['总装调试'],
      qualifications: [],
    });
    const procurerAccount = await registerNamed(api, 'PROCURER', '某部队营房保障处（附件）', newCreditCode(), '421200');
    await api.setOrganizationStatus(adminToken, procurerAccount.organizationId, 'verify');
    const { demand } = await publishDemand(api, procurerAccount.token, {
      title: '营区应急柴油发电机组采购（附件测试）',
      description: '采购 200kW 应急柴油发电机组两台，技术要求见附件规格书。',
      sectors: ['NEW_ENERGY'],
      requiredQualifications: [],
      visibility: 'VERIFIED_SUPPLIERS',
    });
    const specification = Buffer.from(samplePdf('技术规格书'));
    const quotation = Buffer.from(samplePdf('报价单'));

    // --- The procurer attaches the specification in the editor.
    const procurerContext = await newZhContext(browser);
    const procurer = await procurerContext.newPage();
    const procurerFailures = recordFailures(procurer);
    await signIn(procurer, app.baseUrl, procurerAccount.email, TEST_PASSWORD);
    await procurer.goto(`${app.baseUrl}/procurer/demands/${demand.id}/edit`);
    await procurer.getByTestId('demand-editor-attachments-add').waitFor({ state: 'visible', timeout: 15_000 });
    await procurer
      .getByTestId('demand-editor-attachments-input')
      .setInputFiles({ name: '技术规格书.pdf', mimeType: 'application/pdf', buffer: specification });
    const item = procurer.locator('[data-testid="demand-editor-attachments-item"][data-name="技术规格书.pdf"]');
    await item.waitFor({ state: 'visible', timeout: 15_000 });
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('attach-1-editor'), fullPage: true });
    // A file that is not a PDF, PNG or JPEG is refused before it is sent.
    await procurer
      .getByTestId('demand-editor-attachments-input')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a drawing') });
    await procurer.getByTestId('demand-editor-attachments-error').waitFor({ state: 'visible' });
    expect(await procurer.getByTestId('demand-editor-attachments-item').count()).toBe(1);

    // --- The firm downloads it from the demand page.
    const firmContext = await newZhContext(browser);
    const firmPage = await firmContext.newPage();
    const firmFailures = recordFailures(firmPage);
    await signIn(firmPage, app.baseUrl, firm.email, TEST_PASSWORD);
    await firmPage.goto(`${app.baseUrl}/demands/${demand.id}`);
    const listed = firmPage.locator('[data-testid="demand-attachments-item"][data-name="技术规格书.pdf"]');
    await listed.waitFor({ state: 'visible', timeout: 15_000 });
    const got = await downloaded(firmPage, () => listed.getByTestId('demand-attachments-download').click());
    expect(got.name).toBe('技术规格书.pdf');
    expect(got.bytes.equals(specification)).toBe(true);

    // --- It answers with interest and attaches its quotation.
    const responded = await api.call('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firm.token,
      body: { kind: 'INTEREST', proposal: '提供两台 200kW 机组，报价见附件。', price: 560000, deliveryDays: 60 },
    });
    expect(responded.status).toBe(201);
    await firmPage.reload();
    await firmPage.getByTestId('firm-response-attachments-add').waitFor({ state: 'visible', timeout: 15_000 });
    await firmPage
      .getByTestId('firm-response-attachments-input')
      .setInputFiles({ name: '报价单.pdf', mimeType: 'application/pdf', buffer: quotation });
    await firmPage
      .locator('[data-testid="firm-response-attachments-item"][data-name="报价单.pdf"]')
      .waitFor({ state: 'visible', timeout: 15_000 });
    await settled(firmPage);
    await firmPage.screenshot({ path: screenshotPath('attach-2-firm-demand-page'), fullPage: true });
    expect(firmFailures).toEqual([]);

    // --- The procurer downloads the quotation from the responses list.
    await procurer.goto(`${app.baseUrl}/demands/${demand.id}`);
    const quote = procurer.locator('[data-testid="owner-response-attachments-item"][data-name="报价单.pdf"]');
    await quote.waitFor({ state: 'visible', timeout: 15_000 });
    const fetched = await downloaded(procurer, () => quote.getByTestId('owner-response-attachments-download').click());
    expect(fetched.bytes.equals(quotation)).toBe(true);
    await settled(procurer);
    await procurer.screenshot({ path: screenshotPath('attach-3-procurer-responses'), fullPage: true });
    expect(procurerFailures).toEqual([]);

    // --- At phone width the demand page's files fit the screen.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    const phonePage = await phone.newPage();
    await signIn(phonePage, app.baseUrl, firm.email, TEST_PASSWORD);
    await phonePage.goto(`${app.baseUrl}/demands/${demand.id}`);
    const files = phonePage.getByTestId('demand-attachments');
    await files.waitFor({ state: 'visible', timeout: 15_000 });
    const box = await files.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await settled(phonePage);
    await phonePage.screenshot({ path: screenshotPath('attach-4-phone'), fullPage: true });
    await phone.close();
    await procurerContext.close();
    await firmContext.close();
  });
});
