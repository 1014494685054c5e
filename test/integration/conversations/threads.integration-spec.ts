/**
 * Conversations between a demand's procurer and one firm: one thread per pair, readable by the two
 * organisations (administrators read only), 404 for everyone else; text and attachments under the
 * certificate file rules; read receipts; one notification per message to the other side.
 */
import {
  ProblemDetailsSchema,
  type MessagePage,
  type MessageView,
  type NotificationPage,
  type ThreadList,
  type ThreadReadResult,
  type ThreadView,
} from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode, SAMPLE_PDF } from '../../support/api-client.js';
import { samplePdfOfSize, samplePng } from '../../support/sample-files.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  publishDemand,
  registerNamed,
} from '../../support/marketplace.js';
import { downloadAttachment, postMultipartMessage } from './conversation-client.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
let otherProcurer: { organizationId: string; token: string };
let unverified: { organizationId: string; token: string };
const firms: Record<'a' | 'b', CreatedFirm> = {} as never;
let demandId = '';

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421281',
  summary: '应急发电机组研制生产。',
  sectors: ['EMERGENCY'],
  products: ['应急发电机组'],
  capabilities: ['总装调试'],
  qualifications: [],
});

const PNG = samplePng();
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff]);

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  firms.a = await createFirm(api, admin, firmSpec('赤壁甲动力设备有限公司'));
  firms.b = await createFirm(api, admin, firmSpec('赤壁乙动力设备有限公司'));
  unverified = await registerNamed(api, 'ENTERPRISE', '赤壁未认证动力有限公司', newCreditCode(), '421281');
  procurer = await registerNamed(api, 'PROCURER', '某保障部队物资科', newCreditCode(), '421200');
  otherProcurer = await registerNamed(api, 'PROCURER', '某总体单位采购部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
  await api.setOrganizationStatus(admin, otherProcurer.organizationId, 'verify');
  demandId = (
    await publishDemand(api, procurer.token, {
      title: '公开采购：移动应急电源车',
      description: '采购移动应急电源车两台，功率不低于 200 kW。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
    })
  ).demand.id;
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const start = (token: string, body: unknown = {}) =>
  api.call<ThreadView>('POST', `/api/v1/demands/${demandId}/threads`, { token, body });
const threads = (token: string) => api.call<ThreadList>('GET', `/api/v1/demands/${demandId}/threads`, { token });
const messages = (threadId: string, token: string, query = '') =>
  api.call<MessagePage>('GET', `/api/v1/threads/${threadId}/messages${query}`, { token });
const send = (threadId: string, token: string, body: unknown) =>
  api.call<MessageView>('POST', `/api/v1/threads/${threadId}/messages`, { token, body });
const markRead = (threadId: string, token: string) =>
  api.call<ThreadReadResult>('POST', `/api/v1/threads/${threadId}/read`, { token });
const messageNotifications = async (token: string) =>
  (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token })).body.items.filter(
    (n) => n.kind === 'MESSAGE_RECEIVED',
  );

describe('threads', () => {
  let threadA = '';

  it('opens one thread per demand and firm, listed to the other side once it has a message', async () => {
    // A firm opens its own thread; no body is needed.
    const opened = await api.call<ThreadView>('POST', `/api/v1/demands/${demandId}/threads`, {
      token: firms.a.token,
    });
    expect(opened.status).toBe(201);
    expect(opened.body).toMatchObject({
      demandId,
      procurer: { id: procurer.organizationId },
      enterprise: { id: firms.a.organizationId, name: '赤壁甲动力设备有限公司' },
      messageCount: 0,
    });
    threadA = opened.body.id;
    const again = await start(firms.a.token, { enterpriseId: firms.a.organizationId });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(threadA);
    expect((await threads(firms.a.token)).body.items.map((t) => t.id)).toEqual([threadA]);
    expect((await threads(procurer.token)).body.items).toEqual([]);

    const first = await send(threadA, firms.a.token, { body: '  请问电源车是否需要配备自动并机功能？ ' });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      body: '请问电源车是否需要配备自动并机功能？',
      mine: true,
      attachment: null,
      readAt: null,
      sender: { organizationId: firms.a.organizationId, side: 'ENTERPRISE' },
    });
    const listed = (await threads(procurer.token)).body.items;
    expect(listed.map((t) => t.id)).toEqual([threadA]);
    expect(listed[0]).toMatchObject({ messageCount: 1, unreadCount: 1 });
    // The procurer reaches the same thread by naming the firm.
    expect((await start(procurer.token, { enterpriseId: firms.a.organizationId })).body.id).toBe(threadA);
    // Firm b sees no thread of firm a's.
    expect((await threads(firms.b.token)).body.items).toEqual([]);
    expect((await threads(admin)).body.items.map((t) => t.id)).toEqual([threadA]);
    expect((await threads(otherProcurer.token)).status).toBe(404);
  });

  it('keeps the thread to its two organisations: a third firm and another procurer get 404, admins only read', async () => {
    for (const token of [firms.b.token, otherProcurer.token, unverified.token]) {
      expect((await messages(threadA, token)).status).toBe(404);
      expect((await send(threadA, token, { body: '我也想参与讨论。' })).status).toBe(404);
      expect((await markRead(threadA, token)).status).toBe(404);
    }
    const read = await messages(threadA, admin);
    expect(read.status).toBe(200);
    expect(read.body.items).toHaveLength(1);
    for (const response of [await send(threadA, admin, { body: '管理员留言。' }), await markRead(threadA, admin)]) {
      expect(response.status).toBe(403);
      expect((response.body as unknown as { code: string }).code).toBe('FORBIDDEN');
    }
    expect((await messages('00000000-0000-4000-8000-000000000000', firms.a.token)).status).toBe(404);
    expect((await messages('not-a-uuid', firms.a.token)).status).toBe(404);
  });

  it('tells the other side once per message', async () => {
    const before = (await messageNotifications(procurer.token)).length;
    const firmBefore = (await messageNotifications(firms.a.token)).length;
    await send(threadA, firms.a.token, { body: '另外，交付地点可否在咸宁市区？' });
    await send(threadA, procurer.token, { body: '需要自动并机功能；交付地点为咸宁市咸安区。' });
    expect((await messageNotifications(procurer.token)).length).toBe(before + 1);
    const toFirm = await messageNotifications(firms.a.token);
    expect(toFirm.length).toBe(firmBefore + 1);
    expect(toFirm[0]!.bodyZh).toContain('自动并机');
    expect(toFirm[0]!.link).toContain(threadA);
  });

  it('records read receipts: each side marks the other side’s messages read', async () => {
    const fresh = await start(procurer.token, { enterpriseId: firms.b.organizationId });
    expect(fresh.status).toBe(201);
    const thread = fresh.body.id;
    const fromFirm = await send(thread, firms.b.token, { body: '我单位可提供 250 kW 机组。' });
    const fromProcurer = await send(thread, procurer.token, { body: '请提供机组的型式试验报告。' });
    expect((await messages(thread, firms.b.token)).body.thread.unreadCount).toBe(1);

    // Reading the thread also reads the notification of its new message (and none about other pages).
    const aboutThisThread = async (token: string) =>
      (await messageNotifications(token)).filter((n) => n.link === `/demands/${demandId}?thread=${thread}`);
    expect((await aboutThisThread(firms.b.token)).map((n) => n.readAt)).toEqual([null]);
    const firmRead = await markRead(thread, firms.b.token);
    expect(firmRead.status).toBe(200);
    expect(firmRead.body.marked).toBe(1);
    expect((await aboutThisThread(firms.b.token)).map((n) => n.readAt)).toEqual([firmRead.body.readAt]);
    const seenByProcurer = (await messages(thread, procurer.token)).body;
    expect(seenByProcurer.items.find((m) => m.id === fromProcurer.body.id)?.readAt).toBe(firmRead.body.readAt);
    expect(seenByProcurer.items.find((m) => m.id === fromFirm.body.id)?.readAt).toBeNull();
    expect(seenByProcurer.thread.unreadCount).toBe(1);

    expect((await markRead(thread, procurer.token)).body.marked).toBe(1);
    expect((await markRead(thread, procurer.token)).body.marked).toBe(0);
    const seenByFirm = (await messages(thread, firms.b.token)).body;
    expect(seenByFirm.items.every((m) => m.readAt !== null)).toBe(true);
    expect(seenByFirm.items.map((m) => m.mine)).toEqual([true, false]);
    expect(seenByFirm.thread.unreadCount).toBe(0);
  });

  it('pages back through a thread', async () => {
    const all = (await messages(threadA, firms.a.token)).body.items;
    expect(all.length).toBeGreaterThanOrEqual(3);
    const last2 = (await messages(threadA, firms.a.token, '?limit=2')).body;
    expect(last2.items.map((m) => m.id)).toEqual(all.slice(-2).map((m) => m.id));
    expect(last2.hasMore).toBe(true);
    const older = (await messages(threadA, firms.a.token, `?limit=100&before=${last2.items[0]!.id}`)).body;
    expect(older.items.map((m) => m.id)).toEqual(all.slice(0, -2).map((m) => m.id));
    expect(older.hasMore).toBe(false);
    const bad = await messages(threadA, firms.a.token, '?limit=0');
    expect(bad.status).toBe(400);
    expect(ProblemDetailsSchema.parse(bad.body).errors?.[0]?.field).toBe('query.limit');
  });
});

describe('attachments', () => {
  let thread = '';
  beforeAll(async () => {
    thread = (await start(firms.a.token)).body.id;
  });

  it('accepts a PDF or PNG by content, and lets only the two organisations and admins download it', async () => {
    const pdf = await postMultipartMessage<MessageView>(
      api,
      thread,
      firms.a.token,
      { body: '附技术方案。' },
      { content: SAMPLE_PDF, name: '技术方案.pdf' },
    );
    expect(pdf.status).toBe(201);
    expect(pdf.body).toMatchObject({
      body: '附技术方案。',
      attachment: { kind: 'PDF', size: SAMPLE_PDF.length, name: '技术方案.pdf' },
    });
    // An attachment alone is a message; the declared type does not matter, the content does.
    const png = await postMultipartMessage<MessageView>(api, thread, procurer.token, {}, {
      content: PNG,
      name: 'photo.bin',
      type: 'application/octet-stream',
    });
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ body: '', attachment: { kind: 'PNG' } });

    for (const token of [firms.a.token, procurer.token, admin]) {
      const file = await downloadAttachment(api, pdf.body.id, token);
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/pdf');
      expect(Buffer.from(file.bytes).equals(Buffer.from(SAMPLE_PDF))).toBe(true);
    }
    for (const token of [firms.b.token, otherProcurer.token, unverified.token])
      expect((await downloadAttachment(api, pdf.body.id, token)).status).toBe(404);
    expect((await downloadAttachment(api, pdf.body.id, undefined)).status).toBe(401);
    const textOnly = await send(thread, firms.a.token, { body: '没有附件的消息。' });
    expect((await downloadAttachment(api, textOnly.body.id, firms.a.token)).status).toBe(404);
  });

  it('refuses an executable renamed .pdf with 415 and 10 MB + 1 byte with 413, naming the field', async () => {
    const exe = await postMultipartMessage(api, thread, firms.a.token, { body: '见附件' }, {
      content: EXE,
      name: 'scheme.pdf',
      type: 'application/pdf',
    });
    expect(exe.status).toBe(415);
    expect(ProblemDetailsSchema.parse(exe.body).errors?.[0]).toMatchObject({
      field: 'attachment',
      code: 'UNSUPPORTED_FILE_TYPE',
    });
    const tooLarge = samplePdfOfSize(10 * 1024 * 1024 + 1);
    const large = await postMultipartMessage(api, thread, firms.a.token, { body: '大文件' }, {
      content: tooLarge,
      name: 'big.pdf',
    });
    expect(large.status).toBe(413);
    expect(ProblemDetailsSchema.parse(large.body).errors?.[0]).toMatchObject({
      field: 'attachment',
      code: 'FILE_TOO_LARGE',
    });
    const limit = await postMultipartMessage<MessageView>(api, thread, firms.a.token, { body: '正好 10 MB' }, {
      content: samplePdfOfSize(10 * 1024 * 1024),
      name: 'limit.pdf',
    });
    expect(limit.status).toBe(201);
    const wrongField = await postMultipartMessage(api, thread, firms.a.token, { body: '字段名错误' }, {
      content: SAMPLE_PDF,
      name: 'a.pdf',
      field: 'file',
    });
    expect(wrongField.status).toBe(400);
    expect(ProblemDetailsSchema.parse(wrongField.body).errors?.[0]?.field).toBe('file');
    // Nothing refused was stored.
    const bodies = (await messages(thread, firms.a.token)).body.items.map((m) => m.body);
    expect(bodies).not.toContain('见附件');
    expect(bodies).not.toContain('大文件');
  });

  it('answers bad text with a problem naming the field, as JSON and as multipart', async () => {
    const cases: [unknown, string, string][] = [
      [{ body: 'x'.repeat(5001) }, 'body', 'MESSAGE_TOO_LONG'],
      [{ body: '   ' }, 'body', 'MESSAGE_EMPTY'],
      [{}, 'body', 'MESSAGE_EMPTY'],
      [{ body: 5 }, 'body', 'invalid_type'],
      [{ body: '你好', to: 'x' }, 'to', 'UNKNOWN_FIELD'],
      [{ body: 'a\u0000b' }, 'body', 'INVALID_CHARACTER'],
    ];
    for (const [body, field, code] of cases) {
      const response = await send(thread, firms.a.token, body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(400);
      const problem = ProblemDetailsSchema.parse(response.body);
      expect(problem.errors?.[0]).toMatchObject({ field, code });
      expect(problem.errors?.[0]?.messageZh).toBeTruthy();
    }
    const multipart = await postMultipartMessage(api, thread, firms.a.token, { body: '长'.repeat(5001) });
    expect(multipart.status).toBe(400);
    expect(ProblemDetailsSchema.parse(multipart.body).errors?.[0]).toMatchObject({ field: 'body' });
    expect((await send(thread, firms.a.token, { body: '长'.repeat(5000) })).status).toBe(201);
  });
});

describe('who may open and write', () => {
  it('names the firm for the procurer, refuses firms that cannot be contacted, and unverified or suspended writers', async () => {
    const noFirm = await start(procurer.token);
    expect(noFirm.status).toBe(400);
    expect(ProblemDetailsSchema.parse(noFirm.body).errors?.[0]?.field).toBe('enterpriseId');
    for (const enterpriseId of [unverified.organizationId, otherProcurer.organizationId]) {
      const refused = await start(procurer.token, { enterpriseId });
      expect(refused.status).toBe(422);
      expect(ProblemDetailsSchema.parse(refused.body).errors?.[0]?.field).toBe('enterpriseId');
    }
    const othersThread = await start(firms.a.token, { enterpriseId: firms.b.organizationId });
    expect(othersThread.status).toBe(400);
    expect(ProblemDetailsSchema.parse(othersThread.body).errors?.[0]?.field).toBe('enterpriseId');
    expect((await start(otherProcurer.token, { enterpriseId: firms.a.organizationId })).status).toBe(404);
    const byUnverified = await start(unverified.token);
    expect(byUnverified.status).toBe(403);
    expect((byUnverified.body as unknown as { code: string }).code).toBe('ORGANIZATION_NOT_VERIFIED');
    expect((await start(admin, { enterpriseId: firms.a.organizationId })).status).toBe(403);

    // A suspended firm reads its conversation but cannot write in it (the global guard).
    const thread = (await start(firms.b.token)).body.id;
    await api.setOrganizationStatus(admin, firms.b.organizationId, 'suspend');
    try {
      expect((await messages(thread, firms.b.token)).status).toBe(200);
      const suspended = await send(thread, firms.b.token, { body: '暂停期间的消息。' });
      expect(suspended.status).toBe(403);
      expect((suspended.body as unknown as { code: string }).code).toBe('ORGANIZATION_SUSPENDED');
    } finally {
      await api.setOrganizationStatus(admin, firms.b.organizationId, 'reinstate');
    }
    expect((await send(thread, firms.b.token, { body: '恢复后的消息。' })).status).toBe(201);
  });

  it('lets a firm open a thread only about a demand whose details it can read', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '邀请制采购：应急照明设备',
      description: '仅邀请企业参与，技术要求随邀请函发送。',
      sectors: ['EMERGENCY'],
      requiredQualifications: [],
      visibility: 'INVITED',
    });
    const path = `/api/v1/demands/${demand.id}/threads`;
    expect((await api.call('POST', path, { token: firms.b.token, body: {} })).status).toBe(404);
    expect((await api.call('GET', path, { token: firms.b.token })).status).toBe(404);
    await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
      token: procurer.token,
      body: { enterpriseId: firms.b.organizationId },
    });
    expect((await api.call('POST', path, { token: firms.b.token, body: {} })).status).toBe(201);
  });
});
