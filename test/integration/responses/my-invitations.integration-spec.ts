/**
 * 我收到的邀请: a firm sees the invitations its organisation received, newest first, with the
 * procurer's message and its own live answer; it never sees another firm's invitations.
 */
import type { MyInvitationList, ResponseView } from '@mcf/contracts';
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

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let procurer: { organizationId: string; token: string };
let invited: CreatedFirm;
let other: CreatedFirm;

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '液压减振器研制生产。',
  sectors: ['INTELLIGENT_EQUIPMENT'],
  products: ['液压减振器'],
  capabilities: ['精密加工'],
  qualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  const admin = await api.adminToken();
  invited = await createFirm(api, admin, firmSpec('咸宁邀请测试减振器有限公司'));
  other = await createFirm(api, admin, firmSpec('咸宁未受邀减振器有限公司'));
  procurer = await registerNamed(api, 'PROCURER', '邀请测试采购单位', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const mine = async (token: string) =>
  (await api.call<MyInvitationList>('GET', '/api/v1/me/invitations', { token })).body.items;

describe('GET /api/v1/me/invitations', () => {
  it('lists the firm’s own invitations, newest first, with the message and its live answer', async () => {
    const spec = {
      description: '舰载设备用液压减振器，邀请企业参与。',
      sectors: ['INTELLIGENT_EQUIPMENT'],
      requiredQualifications: [],
      visibility: 'INVITED' as const,
    };
    const first = (await publishDemand(api, procurer.token, { ...spec, title: '邀请测试：液压减振器 A' })).demand;
    const second = (await publishDemand(api, procurer.token, { ...spec, title: '邀请测试：液压减振器 B' }))
      .demand;
    for (const [demand, message] of [
      [first, '诚邀贵单位参与 A'],
      [second, ''],
    ] as const) {
      const sent = await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
        token: procurer.token,
        body: { enterpriseId: invited.organizationId, message },
      });
      expect(sent.status).toBe(201);
    }

    let items = await mine(invited.token);
    expect(items.map((i) => i.demandId)).toEqual([second.id, first.id]);
    expect(items[1]).toMatchObject({
      demandTitle: '邀请测试：液压减振器 A',
      demandStatus: 'PUBLISHED',
      deadline: first.deadline,
      procurer: { id: procurer.organizationId, name: '邀请测试采购单位' },
      message: '诚邀贵单位参与 A',
      responseStatus: null,
    });
    expect(Number.isNaN(Date.parse(items[1]!.invitedAt))).toBe(false);

    // The live answer shows; a withdrawn one does not.
    const response = await api.call<ResponseView>('POST', `/api/v1/demands/${first.id}/responses`, {
      token: invited.token,
      body: { kind: 'INTEREST', proposal: '可按图纸定制。', price: 80000, deliveryDays: 45 },
    });
    expect(response.status).toBe(201);
    items = await mine(invited.token);
    expect(items.find((i) => i.demandId === first.id)?.responseStatus).toBe('SUBMITTED');
    await api.call('POST', `/api/v1/responses/${response.body.id}/withdraw`, { token: invited.token, body: {} });
    items = await mine(invited.token);
    expect(items.find((i) => i.demandId === first.id)?.responseStatus).toBeNull();

    // Nobody else sees them.
    expect(await mine(other.token)).toEqual([]);
    expect(await mine(procurer.token)).toEqual([]);
    expect((await api.call('GET', '/api/v1/me/invitations')).status).toBe(401);
  });
});
