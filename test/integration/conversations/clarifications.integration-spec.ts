/**
 * Clarifications (答疑): a firm that can read a demand asks, the procurer answers once, and the answer
 * reaches every firm that can read the demand while the asking firm stays anonymous to the other
 * firms; invited and responding firms are told once; both steps are audited.
 */
import {
  ProblemDetailsSchema,
  type AuditEventPage,
  type ClarificationList,
  type ClarificationView,
  type NotificationPage,
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
let otherProcurer: { organizationId: string; token: string };
let unverified: { organizationId: string; token: string };
const firms: Record<'asker' | 'onlooker' | 'invited', CreatedFirm> = {} as never;

const FIRM_NAMES = {
  asker: '咸宁提问复合材料有限公司',
  onlooker: '咸宁旁观复合材料有限公司',
  invited: '咸宁受邀复合材料有限公司',
};

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '碳纤维复合材料构件研制。',
  sectors: ['NEW_MATERIALS'],
  products: ['碳纤维复合材料构件'],
  capabilities: ['热压罐成型'],
  qualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  for (const key of ['asker', 'onlooker', 'invited'] as const)
    firms[key] = await createFirm(api, admin, firmSpec(FIRM_NAMES[key]));
  unverified = await registerNamed(api, 'ENTERPRISE', '咸宁未认证材料有限公司', newCreditCode(), '421202');
  procurer = await registerNamed(api, 'PROCURER', '某部队装备采购站', newCreditCode(), '421200');
  otherProcurer = await registerNamed(api, 'PROCURER', '某研究所采购部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
  await api.setOrganizationStatus(admin, otherProcurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const list = async (demandId: string, token?: string) =>
  api.call<ClarificationList>('GET', `/api/v1/demands/${demandId}/clarifications`, { token });

const notificationsOf = async (token: string, kind: string) =>
  (
    await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token })
  ).body.items.filter((n) => n.kind === kind);

describe('clarifications', () => {
  it('publishes the answer to every firm that can read the demand, never saying who asked', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '认证供应商可见：碳纤维整流罩',
      description: '采购碳纤维复合材料整流罩一批，技术要求见附件。',
      sectors: ['NEW_MATERIALS'],
      requiredQualifications: [],
      visibility: 'VERIFIED_SUPPLIERS',
    });
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
          token: procurer.token,
          body: { enterpriseId: firms.invited.organizationId },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/responses`, {
          token: firms.asker.token,
          body: { kind: 'INTEREST', proposal: '可按图纸生产。', price: 90000, deliveryDays: 45 },
        })
      ).status,
    ).toBe(201);

    const asked = await api.call<ClarificationView>('POST', `/api/v1/demands/${demand.id}/clarifications`, {
      token: firms.asker.token,
      body: { question: '  整流罩的铺层方案是否可由供应商提出？  ' },
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      question: '整流罩的铺层方案是否可由供应商提出？',
      answer: null,
      askedByMe: true,
      askedBy: { id: firms.asker.organizationId, name: FIRM_NAMES.asker },
    });
    const own = await api.call<ClarificationView>('POST', `/api/v1/demands/${demand.id}/clarifications`, {
      token: firms.onlooker.token,
      body: { question: '交付地点是否可以调整？' },
    });
    expect(own.status).toBe(201);
    expect(await notificationsOf(procurer.token, 'CLARIFICATION_ASKED')).toHaveLength(2);

    // Before the answer: a firm sees only its own open question; the procurer sees all, with who asked.
    expect((await list(demand.id, firms.onlooker.token)).body.items.map((c) => c.id)).toEqual([own.body.id]);
    expect((await list(demand.id, firms.invited.token)).body.items).toEqual([]);
    const forProcurer = (await list(demand.id, procurer.token)).body.items;
    expect(forProcurer.map((c) => c.askedBy?.name)).toEqual([FIRM_NAMES.asker, FIRM_NAMES.onlooker]);
    // The details are hidden from the public and unverified firms: so are the clarifications.
    expect((await list(demand.id)).status).toBe(404);
    expect((await list(demand.id, unverified.token)).status).toBe(404);

    // Only the demand's procurer answers, once, with a real answer.
    const byFirm = await api.call<{ code: string }>('POST', `/api/v1/clarifications/${asked.body.id}/answer`, {
      token: firms.invited.token,
      body: { answer: '可以。' },
    });
    expect(byFirm.status).toBe(403);
    expect(byFirm.body.code).toBe('PROCURERS_ONLY');
    expect(
      (
        await api.call('POST', `/api/v1/clarifications/${asked.body.id}/answer`, {
          token: otherProcurer.token,
          body: { answer: '可以提出铺层方案。' },
        })
      ).status,
    ).toBe(404);
    const empty = await api.call('POST', `/api/v1/clarifications/${asked.body.id}/answer`, {
      token: procurer.token,
      body: { answer: ' ' },
    });
    expect(empty.status).toBe(400);
    expect(ProblemDetailsSchema.parse(empty.body).errors?.[0]).toMatchObject({
      field: 'answer',
      code: 'INVALID_ANSWER',
      messageZh: expect.stringMatching(/答复/),
    });
    const answered = await api.call<ClarificationView>(
      'POST',
      `/api/v1/clarifications/${asked.body.id}/answer`,
      { token: procurer.token, body: { answer: '可以，请在响应方案中说明铺层设计。' } },
    );
    expect(answered.status).toBe(200);
    expect(answered.body.answeredAt).not.toBeNull();
    const again = await api.call<{ code: string }>('POST', `/api/v1/clarifications/${asked.body.id}/answer`, {
      token: procurer.token,
      body: { answer: '再次答复。' },
    });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('ALREADY_ANSWERED');

    // Every firm that can read the demand sees the answer; none but the asker learns who asked.
    for (const firm of [firms.onlooker, firms.invited]) {
      const seen = await list(demand.id, firm.token);
      expect(seen.status).toBe(200);
      const published = seen.body.items.find((c) => c.id === asked.body.id)!;
      expect(published).toMatchObject({
        answer: '可以，请在响应方案中说明铺层设计。',
        askedByMe: false,
        askedBy: null,
      });
      expect(JSON.stringify(seen.body)).not.toContain(firms.asker.organizationId);
      expect(JSON.stringify(seen.body)).not.toContain(FIRM_NAMES.asker);
    }
    // The onlooker still sees its own open question; the invited firm does not.
    expect((await list(demand.id, firms.onlooker.token)).body.items.map((c) => c.id)).toEqual([
      asked.body.id,
      own.body.id,
    ]);
    expect((await list(demand.id, firms.invited.token)).body.items.map((c) => c.id)).toEqual([asked.body.id]);
    expect((await list(demand.id, firms.asker.token)).body.items).toEqual([
      expect.objectContaining({ id: asked.body.id, askedByMe: true }),
    ]);
    expect((await list(demand.id, admin)).body.items.every((c) => c.askedBy !== null)).toBe(true);

    // The invited firm and the responding (asking) firm are told once, without naming the asker.
    const toldInvited = await notificationsOf(firms.invited.token, 'CLARIFICATION_ANSWERED');
    expect(toldInvited).toHaveLength(1);
    expect(JSON.stringify(toldInvited)).not.toContain(FIRM_NAMES.asker);
    expect(toldInvited[0]!.bodyZh).toContain('铺层设计');
    expect(await notificationsOf(firms.asker.token, 'CLARIFICATION_ANSWERED')).toHaveLength(1);
    expect(await notificationsOf(firms.onlooker.token, 'CLARIFICATION_ANSWERED')).toHaveLength(0);

    const audit = (
      await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?targetId=${asked.body.id}&pageSize=100`, {
        token: admin,
      })
    ).body.items.map((e) => e.action);
    expect(audit.sort()).toEqual(['clarification.answered', 'clarification.asked']);
  });

  it('shows answers of a public demand to everyone, and keeps invited-only demands to invited firms', async () => {
    const { demand: open } = await publishDemand(api, procurer.token, {
      title: '公开采购：复合材料舱门',
      description: '公开征集复合材料舱门供应商。',
      sectors: ['NEW_MATERIALS'],
      requiredQualifications: [],
    });
    const asked = await api.call<ClarificationView>('POST', `/api/v1/demands/${open.id}/clarifications`, {
      token: firms.onlooker.token,
      body: { question: '是否接受分批交付？' },
    });
    await api.call('POST', `/api/v1/clarifications/${asked.body.id}/answer`, {
      token: procurer.token,
      body: { answer: '接受，分两批交付。' },
    });
    const anonymous = await list(open.id);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.items).toEqual([
      expect.objectContaining({ id: asked.body.id, answer: '接受，分两批交付。', askedBy: null, askedByMe: false }),
    ]);

    const { demand: invitedOnly } = await publishDemand(api, procurer.token, {
      title: '邀请制采购：复合材料天线罩',
      description: '仅邀请企业参与，技术要求随邀请函发送。',
      sectors: ['NEW_MATERIALS'],
      requiredQualifications: [],
      visibility: 'INVITED',
    });
    await api.call('POST', `/api/v1/demands/${invitedOnly.id}/invitations`, {
      token: procurer.token,
      body: { enterpriseId: firms.invited.organizationId },
    });
    const question = { question: '天线罩的透波率指标是多少？' };
    expect(
      (
        await api.call('POST', `/api/v1/demands/${invitedOnly.id}/clarifications`, {
          token: firms.onlooker.token,
          body: question,
        })
      ).status,
    ).toBe(404);
    expect((await list(invitedOnly.id, firms.onlooker.token)).status).toBe(404);
    expect(
      (
        await api.call('POST', `/api/v1/demands/${invitedOnly.id}/clarifications`, {
          token: firms.invited.token,
          body: question,
        })
      ).status,
    ).toBe(201);
  });

  it('answers every bad question with a problem naming the field, and lets only verified firms ask', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '公开采购：预浸料',
      description: '公开征集预浸料供应商。',
      sectors: ['NEW_MATERIALS'],
      requiredQualifications: [],
    });
    const path = `/api/v1/demands/${demand.id}/clarifications`;
    const cases: [unknown, string, string][] = [
      [{}, 'question', 'invalid_type'],
      [{ question: '问' }, 'question', 'INVALID_QUESTION'],
      [{ question: '问'.repeat(2001) }, 'question', 'INVALID_QUESTION'],
      [{ question: 42 }, 'question', 'invalid_type'],
      [{ question: '是否含税？', extra: true }, 'extra', 'UNKNOWN_FIELD'],
      [{ question: '是否\u0000含税？' }, 'question', 'INVALID_CHARACTER'],
    ];
    for (const [body, field, code] of cases) {
      const answered = await api.call('POST', path, { token: firms.onlooker.token, body });
      expect(answered.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      const problem = ProblemDetailsSchema.parse(answered.body);
      expect(problem.errors?.[0]).toMatchObject({ field, code });
      expect(problem.errors?.[0]?.messageZh).toBeTruthy();
    }
    expect(
      (await api.call('POST', path, { token: firms.onlooker.token, body: { question: '问'.repeat(2000) } })).status,
    ).toBe(201);
    const byProcurer = await api.call<{ code: string }>('POST', path, {
      token: procurer.token,
      body: { question: '自问自答？' },
    });
    expect(byProcurer.body.code).toBe('ENTERPRISES_ONLY');
    const byUnverified = await api.call<{ code: string }>('POST', path, {
      token: unverified.token,
      body: { question: '能否参与？' },
    });
    expect(byUnverified.status).toBe(403);
    expect(byUnverified.body.code).toBe('ORGANIZATION_NOT_VERIFIED');
    expect((await api.call('POST', '/api/v1/demands/not-a-uuid/clarifications', { token: firms.onlooker.token, body: { question: '是否含税？' } })).status).toBe(404);
    expect((await api.call('POST', `/api/v1/clarifications/not-a-uuid/answer`, { token: procurer.token, body: { answer: '含税。' } })).status).toBe(404);

    // A closed demand takes no more questions.
    await api.call('POST', `/api/v1/demands/${demand.id}/close`, { token: procurer.token });
    const closed = await api.call<{ code: string }>('POST', path, {
      token: firms.onlooker.token,
      body: { question: '还能提问吗？' },
    });
    expect(closed.status).toBe(409);
    expect(closed.body.code).toBe('DEMAND_NOT_OPEN');
  });
});
