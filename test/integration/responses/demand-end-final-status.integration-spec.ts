/**
 * Every response ends with a status and a reason: closing, cancelling or awarding a demand moves every
 * open response to a final status with the procurer's reason (or a default sentence), tells each firm
 * once, and administrators may close or cancel any demand with a reason (audited, the owner told).
 */
import {
  OPEN_RESPONSE_STATUSES,
  isFinalResponseStatus,
  type AdminDemandPage,
  type AuditEventPage,
  type DemandView,
  type NotificationPage,
  type ResponseList,
  type ResponseStatus,
  type ResponseView,
} from '@mcf/contracts';
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
let admin: string;
let procurer: { organizationId: string; token: string };
const firms: CreatedFirm[] = [];

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '液压阻尼器研制生产。',
  sectors: ['INTELLIGENT_EQUIPMENT'],
  products: ['液压阻尼器'],
  capabilities: ['精密加工'],
  qualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  for (const name of ['咸宁甲阻尼器有限公司', '咸宁乙阻尼器有限公司', '咸宁丙阻尼器有限公司', '咸宁丁阻尼器有限公司'])
    firms.push(await createFirm(api, admin, firmSpec(name)));
  procurer = await registerNamed(api, 'PROCURER', '某总体单位采购部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const INTEREST = { kind: 'INTEREST', proposal: '按图纸定制液压阻尼器，45 天交付。', price: 260000, deliveryDays: 45 };

/**
 * A published demand with four responses: one submitted, one shortlisted, one rejected with a reason
 * and one declined with a reason. Returns the demand and the response ids by firm.
 */
async function demandWithResponses(title: string): Promise<{ demand: DemandView; responses: ResponseView[] }> {
  const { demand } = await publishDemand(api, procurer.token, {
    title,
    description: '采购液压阻尼器一批，用于最终状态测试。',
    sectors: ['INTELLIGENT_EQUIPMENT'],
    requiredQualifications: [],
  });
  const respond = async (firm: CreatedFirm, body: object) => {
    const created = await api.call<ResponseView>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firm.token,
      body,
    });
    expect(created.status).toBe(201);
    return created.body;
  };
  const submitted = await respond(firms[0]!, INTEREST);
  const shortlisted = await respond(firms[1]!, INTEREST);
  const rejected = await respond(firms[2]!, INTEREST);
  const declined = await respond(firms[3]!, { kind: 'DECLINE', reason: '产能已排满' });
  const decide = async (id: string, body: object) =>
    expect((await api.call('PATCH', `/api/v1/responses/${id}`, { token: procurer.token, body })).status).toBe(200);
  await decide(shortlisted.id, { status: 'SHORTLISTED' });
  await decide(rejected.id, { status: 'REJECTED', reason: '交付周期过长' });
  return { demand, responses: [submitted, shortlisted, rejected, declined] };
}

async function responsesOf(demandId: string): Promise<ResponseView[]> {
  const list = await api.call<ResponseList>('GET', `/api/v1/demands/${demandId}/responses`, { token: procurer.token });
  expect(list.status).toBe(200);
  return list.body.items;
}

/** Each response is final and carries a reason the firm reads (the procurer's, or the firm's own for a decline). */
function expectEveryResponseFinal(responses: readonly ResponseView[]): void {
  expect(responses.length).toBeGreaterThan(0);
  for (const response of responses) {
    expect(isFinalResponseStatus(response.status), `${response.enterprise.name}: ${response.status}`).toBe(true);
    const reason = response.statusReason ?? response.reason;
    expect(reason?.trim(), `${response.enterprise.name}: ${response.status} without a reason`).toBeTruthy();
  }
}

async function notificationsAbout(firm: CreatedFirm, demandId: string): Promise<NotificationPage['items']> {
  const page = await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token: firm.token });
  expect(page.status).toBe(200);
  return page.body.items.filter((n) => n.link === `/demands/${demandId}`);
}

const statusesByFirm = (responses: readonly ResponseView[]) =>
  Object.fromEntries(responses.map((r) => [r.enterprise.name, r.status])) as Record<string, ResponseStatus>;

describe('closing, cancelling and awarding end every response with a status and a reason', () => {
  it('closing with a reason ends the open responses as DEMAND_CLOSED with it, tells each firm once, and leaves decided ones as they were', async () => {
    const { demand } = await demandWithResponses('最终状态测试：关闭（有原因）');
    const closed = await api.call<DemandView>('POST', `/api/v1/demands/${demand.id}/close`, {
      token: procurer.token,
      body: { reason: '项目计划调整，本次不再采购' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('CLOSED');
    expect(closed.body.statusReason).toBe('项目计划调整，本次不再采购');
    const after = await responsesOf(demand.id);
    expect(statusesByFirm(after)).toEqual({
      咸宁甲阻尼器有限公司: 'DEMAND_CLOSED',
      咸宁乙阻尼器有限公司: 'DEMAND_CLOSED',
      咸宁丙阻尼器有限公司: 'REJECTED',
      咸宁丁阻尼器有限公司: 'DECLINED',
    });
    expect(after.filter((r) => r.status === 'DEMAND_CLOSED').map((r) => r.statusReason)).toEqual([
      '项目计划调整，本次不再采购',
      '项目计划调整，本次不再采购',
    ]);
    expect(after.find((r) => r.status === 'REJECTED')?.statusReason).toBe('交付周期过长');
    expectEveryResponseFinal(after);

    // The firm reads its own final status and reason.
    const mine = await api.call<ResponseList>('GET', '/api/v1/me/responses', { token: firms[0]!.token });
    const own = mine.body.items.find((r) => r.demandId === demand.id);
    expect(own).toMatchObject({ status: 'DEMAND_CLOSED', statusReason: '项目计划调整，本次不再采购' });

    // Each firm whose response ended is told once; the others are not told again.
    const told = async (firm: CreatedFirm) =>
      (await notificationsAbout(firm, demand.id)).filter((n) => n.titleZh.startsWith('需求已关闭'));
    expect((await told(firms[0]!)).length).toBe(1);
    expect((await told(firms[1]!)).length).toBe(1);
    expect((await told(firms[0]!))[0]!.bodyZh).toContain('项目计划调整');
    expect((await told(firms[2]!)).length).toBe(0);
    expect((await told(firms[3]!)).length).toBe(0);

    // Closed once: a second close, and an award, are refused; nothing changes.
    expect((await api.call('POST', `/api/v1/demands/${demand.id}/close`, { token: procurer.token })).status).toBe(409);
    const award = await api.call('POST', `/api/v1/demands/${demand.id}/award`, {
      token: procurer.token,
      body: { responseId: after[0]!.id },
    });
    expect(award.status).toBe(409);
    expect(statusesByFirm(await responsesOf(demand.id))).toEqual(statusesByFirm(after));

    // Each ended response is audited as a system action of the close.
    const audit = await api.call<AuditEventPage>(
      'GET',
      `/api/v1/admin/audit-events?action=system.response.demand_closed&pageSize=100`,
      { token: admin },
    );
    expect(audit.status).toBe(200);
    const ended = new Set(after.filter((r) => r.status === 'DEMAND_CLOSED').map((r) => r.id));
    expect(audit.body.items.filter((e) => ended.has(e.targetId ?? '')).length).toBe(2);
  });

  it('closing without a body or reason gives the firms a default reason', async () => {
    const { demand } = await demandWithResponses('最终状态测试：关闭（无原因）');
    const closed = await api.call<DemandView>('POST', `/api/v1/demands/${demand.id}/close`, { token: procurer.token });
    expect(closed.status).toBe(200);
    expect(closed.body.statusReason).toBeNull();
    const after = await responsesOf(demand.id);
    expectEveryResponseFinal(after);
    expect(after.filter((r) => r.status === 'DEMAND_CLOSED').length).toBe(2);
    for (const r of after.filter((x) => x.status === 'DEMAND_CLOSED')) expect(r.statusReason).toContain('未说明原因');
  });

  it('refuses a close reason that is not text (400 naming the field)', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '最终状态测试：非法原因',
      description: '采购液压阻尼器一批。',
      sectors: ['INTELLIGENT_EQUIPMENT'],
      requiredQualifications: [],
    });
    const bad = await api.call<{ errors: { field: string }[] }>('POST', `/api/v1/demands/${demand.id}/close`, {
      token: procurer.token,
      body: { reason: 42 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e) => e.field)).toContain('reason');
    const still = await api.call<DemandView>('GET', `/api/v1/demands/${demand.id}`, { token: procurer.token });
    expect(still.body.status).toBe('PUBLISHED');
  });

  it('cancelling ends the open responses as DEMAND_CANCELLED with the reason', async () => {
    const { demand } = await demandWithResponses('最终状态测试：撤销');
    const cancelled = await api.call<DemandView>('POST', `/api/v1/demands/${demand.id}/cancel`, {
      token: procurer.token,
      body: { reason: '需求重复发布' },
    });
    expect(cancelled.status).toBe(200);
    const after = await responsesOf(demand.id);
    expect(after.filter((r) => r.status === 'DEMAND_CANCELLED').map((r) => r.statusReason)).toEqual([
      '需求重复发布',
      '需求重复发布',
    ]);
    expectEveryResponseFinal(after);
    expect(
      (await notificationsAbout(firms[1]!, demand.id)).filter((n) => n.titleZh.startsWith('需求已撤销')).length,
    ).toBe(1);
  });

  it('awarding gives the winner and the others a final status and a reason (the procurer’s, if given)', async () => {
    const { demand, responses } = await demandWithResponses('最终状态测试：授予');
    const award = await api.call('POST', `/api/v1/demands/${demand.id}/award`, {
      token: procurer.token,
      body: { responseId: responses[1]!.id, reason: '综合评分第一名为乙公司' },
    });
    expect(award.status).toBe(201);
    const after = await responsesOf(demand.id);
    expect(statusesByFirm(after)).toMatchObject({
      咸宁甲阻尼器有限公司: 'NOT_AWARDED',
      咸宁乙阻尼器有限公司: 'AWARDED',
    });
    expect(after.find((r) => r.status === 'NOT_AWARDED')?.statusReason).toBe('综合评分第一名为乙公司');
    expectEveryResponseFinal(after);
    expect(after.some((r) => (OPEN_RESPONSE_STATUSES as readonly string[]).includes(r.status))).toBe(false);
  });
});

describe('administrators moderate demands', () => {
  it('lists any demand by status and organisation name, paginated', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '最终状态测试：管理员列表',
      description: '采购液压阻尼器一批。',
      sectors: ['INTELLIGENT_EQUIPMENT'],
      requiredQualifications: [],
    });
    const list = await api.call<AdminDemandPage>(
      'GET',
      `/api/v1/admin/demands?status=PUBLISHED&organization=${encodeURIComponent('总体单位')}&pageSize=100`,
      { token: admin },
    );
    expect(list.status).toBe(200);
    const row = list.body.items.find((d) => d.id === demand.id);
    expect(row).toMatchObject({ organizationName: '某总体单位采购部', status: 'PUBLISHED', responseCount: 0 });
    expect(list.body.items.every((d) => d.status === 'PUBLISHED')).toBe(true);
    // A name that no organisation has (LIKE wildcards are taken literally).
    const none = await api.call<AdminDemandPage>('GET', `/api/v1/admin/demands?organization=${encodeURIComponent('%_')}`, {
      token: admin,
    });
    expect(none.body).toMatchObject({ items: [], total: 0 });
    const paged = await api.call<AdminDemandPage>('GET', '/api/v1/admin/demands?pageSize=1&page=2', { token: admin });
    expect(paged.body.items.length).toBe(1);
    expect(paged.body.total).toBeGreaterThan(1);
    // Page by page, the list holds what one large page holds, newest first, each row with its name and count.
    const whole = (await api.call<AdminDemandPage>('GET', '/api/v1/admin/demands?pageSize=100', { token: admin })).body;
    expect(whole.items.map((d) => d.createdAt)).toEqual(whole.items.map((d) => d.createdAt).sort().reverse());
    const byPages: AdminDemandPage['items'] = [];
    for (let page = 1; page <= Math.ceil(Math.min(whole.total, 100) / 3); page += 1)
      byPages.push(...(await api.call<AdminDemandPage>('GET', `/api/v1/admin/demands?pageSize=3&page=${page}`, { token: admin })).body.items);
    expect(byPages.slice(0, whole.items.length)).toEqual(whole.items);
    const bad = await api.call('GET', '/api/v1/admin/demands?status=OPEN', { token: admin });
    expect(bad.status).toBe(400);
  });

  it('closes a demand with a required reason: responses end, the owner is told, the action is audited', async () => {
    const { demand } = await demandWithResponses('最终状态测试：管理员关闭');
    const noReason = await api.call('POST', `/api/v1/admin/demands/${demand.id}/close`, { token: admin, body: {} });
    expect(noReason.status).toBe(400);
    const closed = await api.call<DemandView>('POST', `/api/v1/admin/demands/${demand.id}/close`, {
      token: admin,
      body: { reason: '发布内容涉及不宜公开的信息' },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'CLOSED', statusReason: '发布内容涉及不宜公开的信息' });
    const after = await responsesOf(demand.id);
    expectEveryResponseFinal(after);
    expect(after.filter((r) => r.status === 'DEMAND_CLOSED').length).toBe(2);

    const owner = await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', {
      token: procurer.token,
    });
    const told = owner.body.items.filter((n) => n.kind === 'DEMAND_MODERATED' && n.link === `/demands/${demand.id}`);
    expect(told.length).toBe(1);
    expect(told[0]!.bodyZh).toContain('发布内容涉及不宜公开的信息');

    const audit = await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?action=admin.demand.closed&pageSize=100`, {
      token: admin,
    });
    expect(audit.body.items.some((e) => e.targetId === demand.id)).toBe(true);
    expect((await api.call('POST', `/api/v1/admin/demands/${demand.id}/cancel`, { token: admin, body: { reason: '再次撤销' } })).status).toBe(409);
  });

  it('cancels a draft with a reason', async () => {
    const draft = await api.call<DemandView>('POST', '/api/v1/demands', {
      token: procurer.token,
      body: { title: '最终状态测试：管理员撤销草稿' },
    });
    const cancelled = await api.call<DemandView>('POST', `/api/v1/admin/demands/${draft.body.id}/cancel`, {
      token: admin,
      body: { reason: '测试数据清理' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('CANCELLED');
    const missing = await api.call('POST', '/api/v1/admin/demands/00000000-0000-4000-8000-000000000000/close', {
      token: admin,
      body: { reason: '不存在' },
    });
    expect(missing.status).toBe(404);
  });
});
