/**
 * A response may carry files (a quotation, drawings) under the same rules as every upload: PDF, PNG or
 * JPEG by content, at most 5 per response, changed only while the response is under review on an open
 * demand, read by the firm, the demand's procurer and administrators only; demand attachments are read
 * by whoever may read the demand's details.
 */
import type { DemandAttachmentView, ResponseAttachmentView, ResponseList, ResponseView } from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  publishDemand,
  registerNamed,
} from '../../support/marketplace.js';
import { PNG_HTML_POLYGLOT, samplePdf, samplePng } from '../../support/sample-files.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
let firm: CreatedFirm;
let other: CreatedFirm;

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '发电机组研制生产。',
  sectors: ['NEW_ENERGY'],
  products: ['柴油发电机组'],
  capabilities: ['总装调试'],
  qualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  firm = await createFirm(api, admin, firmSpec('咸宁甲发电设备有限公司'));
  other = await createFirm(api, admin, firmSpec('咸宁乙发电设备有限公司'));
  procurer = await registerNamed(api, 'PROCURER', '某部队营房保障处', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

async function download(path: string, token: string): Promise<{ status: number; bytes: Uint8Array; disposition: string | null }> {
  const response = await fetch(`${app.baseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  return {
    status: response.status,
    bytes: new Uint8Array(await response.arrayBuffer()),
    disposition: response.headers.get('content-disposition'),
  };
}

describe('response attachments', () => {
  it('the firm attaches files to its response; the procurer and admins read them, no one else', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '附件测试：营区应急柴油发电机组',
      description: '采购 200kW 应急柴油发电机组两台。',
      sectors: ['NEW_ENERGY'],
      requiredQualifications: [],
    });
    const created = await api.call<ResponseView>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firm.token,
      body: { kind: 'INTEREST', proposal: '提供两台 200kW 机组，附报价单。', price: 560000, deliveryDays: 60 },
    });
    expect(created.status).toBe(201);
    expect(created.body.attachments).toEqual([]);
    const responseId = created.body.id;
    const quote = samplePdf('报价单');
    const uploaded = await api.postFile<ResponseAttachmentView>(
      `/api/v1/responses/${responseId}/attachments`,
      firm.token,
      quote,
      '报价单.pdf',
      'application/pdf',
    );
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ name: '报价单.pdf', kind: 'PDF', size: quote.length });

    // The procurer sees the file on the response, and downloads exactly the bytes sent.
    const list = await api.call<ResponseList>('GET', `/api/v1/demands/${demand.id}/responses`, { token: procurer.token });
    expect(list.body.items[0]!.attachments.map((a) => a.name)).toEqual(['报价单.pdf']);
    const path = `/api/v1/responses/${responseId}/attachments/${uploaded.body.id}`;
    for (const token of [procurer.token, firm.token, admin]) {
      const file = await download(path, token);
      expect(file.status).toBe(200);
      expect(Buffer.from(file.bytes).equals(Buffer.from(quote))).toBe(true);
      expect(file.disposition).toMatch(/^attachment;/);
    }
    // Another firm cannot tell the file exists.
    expect((await download(path, other.token)).status).toBe(404);

    // The same file rules as every upload: content, not name; something must be sent.
    const polyglot = await api.postFile<{ code: string }>(
      `/api/v1/responses/${responseId}/attachments`,
      firm.token,
      PNG_HTML_POLYGLOT,
      'drawing.png',
      'image/png',
    );
    expect(polyglot.status).toBe(415);
    const empty = await fetch(`${app.baseUrl}/api/v1/responses/${responseId}/attachments`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${firm.token}` },
      body: new FormData(),
    });
    expect(empty.status).toBe(400);
    // Only the firm that sent the response attaches to it.
    const foreign = await api.postFile(`/api/v1/responses/${responseId}/attachments`, other.token, samplePng(), 'a.png', 'image/png');
    expect(foreign.status).toBe(404);

    // At most five.
    for (let i = 2; i <= 5; i++)
      expect(
        (await api.postFile(`/api/v1/responses/${responseId}/attachments`, firm.token, samplePng(4 + i), `图纸${i}.png`, 'image/png'))
          .status,
      ).toBe(201);
    const sixth = await api.postFile<{ code: string }>(
      `/api/v1/responses/${responseId}/attachments`,
      firm.token,
      samplePng(),
      '图纸6.png',
      'image/png',
    );
    expect(sixth.status).toBe(409);
    expect(sixth.body.code).toBe('TOO_MANY_ATTACHMENTS');

    // Removing one; after the demand is closed, the files stay readable but no longer change.
    const removable = (await api.call<ResponseList>('GET', `/api/v1/demands/${demand.id}/responses`, { token: firm.token })).body
      .items[0]!.attachments[4]!;
    expect(
      (await api.call('DELETE', `/api/v1/responses/${responseId}/attachments/${removable.id}`, { token: firm.token })).status,
    ).toBe(204);
    expect((await api.call('POST', `/api/v1/demands/${demand.id}/close`, { token: procurer.token })).status).toBe(200);
    const late = await api.postFile<{ code: string }>(
      `/api/v1/responses/${responseId}/attachments`,
      firm.token,
      samplePng(),
      'late.png',
      'image/png',
    );
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('RESPONSE_NOT_EDITABLE');
    expect((await download(path, procurer.token)).status).toBe(200);
    const after = (await api.call<ResponseList>('GET', '/api/v1/me/responses', { token: firm.token })).body.items.find(
      (r) => r.id === responseId,
    );
    expect(after?.attachments.length).toBe(4);
  });

  it('a demand’s files: uploaded by its procurer, downloaded by a firm that may read the details', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '附件测试：发电机组技术规格书',
      description: '采购发电机组一台，技术要求见附件规格书。',
      sectors: ['NEW_ENERGY'],
      requiredQualifications: [],
      visibility: 'VERIFIED_SUPPLIERS',
    });
    const spec = samplePdf('技术规格书');
    const uploaded = await api.postFile<DemandAttachmentView>(
      `/api/v1/demands/${demand.id}/attachments`,
      procurer.token,
      spec,
      '技术规格书.pdf',
      'application/pdf',
    );
    expect(uploaded.status).toBe(201);
    const file = await download(`/api/v1/demands/${demand.id}/attachments/${uploaded.body.id}`, firm.token);
    expect(file.status).toBe(200);
    expect(Buffer.from(file.bytes).equals(Buffer.from(spec))).toBe(true);
    // Anonymous visitors read only the summary of a VERIFIED_SUPPLIERS demand: no file.
    const anonymous = await fetch(`${app.baseUrl}/api/v1/demands/${demand.id}/attachments/${uploaded.body.id}`);
    expect(anonymous.status).toBe(404);
  });
});
