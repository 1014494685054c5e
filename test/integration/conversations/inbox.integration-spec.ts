/**
 * The inbox (`GET /api/v1/me/threads`): each organisation's conversations across demands, latest
 * activity first, with the other side, the latest message and the caller's unread counts; a procurer
 * sees the threads of all its demands, a firm only its own, administrators every one; paginated.
 */
import { type InboxPage, ProblemDetailsSchema, type ThreadView } from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  publishDemand,
  registerNamed,
} from '../../support/marketplace.js';
import { postMultipartMessage } from './conversation-client.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
let otherProcurer: { organizationId: string; token: string };
const firms: Record<'a' | 'b', CreatedFirm> = {} as never;
const demands: Record<'one' | 'two' | 'other', string> = { one: '', two: '', other: '' };

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '碳纤维复合材料构件研制生产。',
  sectors: ['NEW_MATERIALS'],
  products: ['复合材料构件'],
  capabilities: ['热压罐成型'],
  qualifications: [],
});

const demand = (title: string) => ({
  title,
  description: `${title}，用于收件箱测试。`,
  sectors: ['NEW_MATERIALS'],
  requiredQualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  firms.a = await createFirm(api, admin, firmSpec('咸宁甲复合材料有限公司'));
  firms.b = await createFirm(api, admin, firmSpec('咸宁乙复合材料有限公司'));
  procurer = await registerNamed(api, 'PROCURER', '某部队装备采购站', newCreditCode(), '421200');
  otherProcurer = await registerNamed(api, 'PROCURER', '某总体单位物资部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
  await api.setOrganizationStatus(admin, otherProcurer.organizationId, 'verify');
  demands.one = (await publishDemand(api, procurer.token, demand('复合材料天线罩采购'))).demand.id;
  demands.two = (await publishDemand(api, procurer.token, demand('复合材料舱门采购'))).demand.id;
  demands.other = (await publishDemand(api, otherProcurer.token, demand('复合材料整流罩采购'))).demand.id;
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const inbox = (token: string, query = '') => api.call<InboxPage>('GET', `/api/v1/me/threads${query}`, { token });
const open = async (demandId: string, token: string, enterpriseId?: string) =>
  (
    await api.call<ThreadView>('POST', `/api/v1/demands/${demandId}/threads`, {
      token,
      body: enterpriseId ? { enterpriseId } : {},
    })
  ).body.id;
const send = async (threadId: string, token: string, body: string) => {
  const sent = await api.call('POST', `/api/v1/threads/${threadId}/messages`, { token, body: { body } });
  expect(sent.status).toBe(201);
};
const ids = (page: InboxPage) => page.items.map((t) => t.id);

describe('the inbox', () => {
  const threads = { aOne: '', bOne: '', aTwo: '', aOther: '', empty: '' };

  it('lists each organisation’s threads across demands, latest activity first, and only its own', async () => {
    threads.aOne = await open(demands.one, firms.a.token);
    await send(threads.aOne, firms.a.token, '天线罩的透波率要求是多少？');
    threads.bOne = await open(demands.one, firms.b.token);
    await send(threads.bOne, firms.b.token, '我单位可提供样件。');
    threads.aTwo = await open(demands.two, procurer.token, firms.a.organizationId);
    await send(threads.aTwo, procurer.token, '请贵单位报价舱门项目。');
    threads.aOther = await open(demands.other, firms.a.token);
    await send(threads.aOther, firms.a.token, '整流罩交付周期可否延长？');
    // Opened by firm b without a message: listed to firm b only.
    threads.empty = await open(demands.two, firms.b.token);

    const ofProcurer = await inbox(procurer.token);
    expect(ofProcurer.status).toBe(200);
    expect(ids(ofProcurer.body)).toEqual([threads.aTwo, threads.bOne, threads.aOne]);
    expect(ofProcurer.body.total).toBe(3);
    expect(ofProcurer.body.items.map((t) => t.counterpart.name)).toEqual([
      '咸宁甲复合材料有限公司',
      '咸宁乙复合材料有限公司',
      '咸宁甲复合材料有限公司',
    ]);
    expect(ofProcurer.body.items[0]).toMatchObject({
      demandId: demands.two,
      demandTitle: '复合材料舱门采购',
      lastMessage: { preview: '请贵单位报价舱门项目。', mine: true, attachmentName: null },
      unreadCount: 0,
    });

    const ofFirmA = (await inbox(firms.a.token)).body;
    expect(ids(ofFirmA)).toEqual([threads.aOther, threads.aTwo, threads.aOne]);
    expect(ofFirmA.items.map((t) => t.counterpart.name)).toEqual(['某总体单位物资部', '某部队装备采购站', '某部队装备采购站']);
    expect(ofFirmA.items.map((t) => t.demandTitle)).toEqual(['复合材料整流罩采购', '复合材料舱门采购', '复合材料天线罩采购']);

    expect(ids((await inbox(firms.b.token)).body)).toEqual([threads.empty, threads.bOne]);
    expect((await inbox(firms.b.token)).body.items[0]).toMatchObject({ lastMessage: null, messageCount: 0 });
    expect(ids((await inbox(otherProcurer.token)).body)).toEqual([threads.aOther]);

    // Administrators read every thread; the firm stands for the other side.
    const ofAdmin = (await inbox(admin, '?pageSize=100')).body;
    expect(ids(ofAdmin)).toEqual(expect.arrayContaining(Object.values(threads)));
    expect(ofAdmin.items.find((t) => t.id === threads.aOther)?.counterpart.id).toBe(firms.a.organizationId);
    expect(ofAdmin.unread).toBe(0);
    expect(ofAdmin.items.every((t) => t.unreadCount === 0)).toBe(true);
  });

  it('counts the caller’s unread messages per thread and overall, and forgets them once read', async () => {
    await send(threads.aOne, firms.a.token, '另外，天线罩的工作温度范围？');
    const before = (await inbox(procurer.token)).body;
    expect(before.items[0]!.id).toBe(threads.aOne);
    expect(before.items.find((t) => t.id === threads.aOne)?.unreadCount).toBe(2);
    expect(before.items.find((t) => t.id === threads.bOne)?.unreadCount).toBe(1);
    expect(before.items.find((t) => t.id === threads.aTwo)?.unreadCount).toBe(0);
    expect(before.unread).toBe(3);
    // The firm's own messages are never unread for it; the procurer's one is.
    const firmView = (await inbox(firms.a.token)).body;
    expect(firmView.items.find((t) => t.id === threads.aOne)).toMatchObject({
      unreadCount: 0,
      lastMessage: { mine: true, preview: '另外，天线罩的工作温度范围？' },
    });
    expect(firmView.unread).toBe(1);

    await api.call('POST', `/api/v1/threads/${threads.aOne}/read`, { token: procurer.token });
    const after = (await inbox(procurer.token)).body;
    expect(after.items.find((t) => t.id === threads.aOne)?.unreadCount).toBe(0);
    expect(after.unread).toBe(1);
  });

  it('quotes an attachment-only message by its file name', async () => {
    const sent = await postMultipartMessage(api, threads.bOne, firms.b.token, {}, { content: SAMPLE_PDF, name: '样件检测报告.pdf' });
    expect(sent.status).toBe(201);
    const first = (await inbox(procurer.token)).body.items[0]!;
    expect(first.id).toBe(threads.bOne);
    expect(first.lastMessage).toMatchObject({ preview: '', attachmentName: '样件检测报告.pdf', mine: false });
  });

  it('pages, and refuses a bad page size', async () => {
    const all = ids((await inbox(procurer.token)).body);
    const first = (await inbox(procurer.token, '?page=1&pageSize=2')).body;
    expect(first).toMatchObject({ total: 3, page: 1, pageSize: 2 });
    expect(ids(first)).toEqual(all.slice(0, 2));
    const second = (await inbox(procurer.token, '?page=2&pageSize=2')).body;
    expect(ids(second)).toEqual(all.slice(2));
    expect((await inbox(procurer.token, '?page=3&pageSize=2')).body.items).toEqual([]);
    const bad = await inbox(procurer.token, '?pageSize=0');
    expect(bad.status).toBe(400);
    expect(ProblemDetailsSchema.parse(bad.body).errors?.[0]?.field).toBe('query.pageSize');
    expect((await api.call('GET', '/api/v1/me/threads')).status).toBe(401);
  });
});
