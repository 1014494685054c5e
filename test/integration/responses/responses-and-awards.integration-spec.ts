/**
 * From match to award: invitations open INVITED demands to the invited firm only; firms answer with
 * interest or a reasoned decline; only the demand's procurer shortlists, rejects (with a reason the firm
 * sees) and awards, once; every transition is audited; the award's job tells each respondent exactly
 * once, however often it runs; deadlines are enforced.
 */
import {
  OcdsReleasePackageSchema,
  type AuditEventPage,
  type DemandView,
  type NotificationPage,
  type OcdsReleasePackage,
  type PublicAwardPage,
  type ResponseList,
  type ResponseView,
} from '@mcf/contracts';
import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, newCreditCode } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import {
  WITHOUT_DEMO_DATA,
  createFirm,
  type CreatedFirm,
  daysFromNow,
  publishDemand,
  registerNamed,
  waitUntil,
} from '../../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let procurer: { organizationId: string; token: string };
const firms: Record<'a' | 'b' | 'd', CreatedFirm> = {} as never;
let unverified: { organizationId: string; token: string };

const firmSpec = (name: string) => ({
  name,
  creditCode: newCreditCode(),
  regionCode: '421202',
  summary: '特种线缆研制生产。',
  sectors: ['ELECTRONICS'],
  products: ['特种线缆', '耐高温电缆'],
  capabilities: ['挤出成型'],
  qualifications: [],
});

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { ...WITHOUT_DEMO_DATA }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  firms.a = await createFirm(api, admin, firmSpec('咸宁甲线缆有限公司'));
  firms.b = await createFirm(api, admin, firmSpec('咸宁乙线缆有限公司'));
  firms.d = await createFirm(api, admin, firmSpec('咸宁丁线缆有限公司'));
  unverified = await registerNamed(api, 'ENTERPRISE', '咸宁未认证线缆有限公司', newCreditCode(), '421202');
  procurer = await registerNamed(api, 'PROCURER', '某研究所物资部', newCreditCode(), '421200');
  await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
});

afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const INTEREST = {
  kind: 'INTEREST',
  proposal: '按图纸定制耐高温特种线缆，30 天交付。',
  price: 180000,
  deliveryDays: 30,
};

async function awardNotifications(firm: CreatedFirm): Promise<number> {
  const page = (
    await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token: firm.token })
  ).body;
  return page.items.filter((n) => n.kind === 'AWARD_OUTCOME').length;
}

describe('invite → respond → shortlist → award', () => {
  it('runs the whole workflow, each step only for the right party, audited, with the outcome told once', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '邀请制采购：耐高温特种线缆',
      description: '舰载设备用耐高温特种线缆，仅邀请企业参与。',
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
      visibility: 'INVITED',
    });
    // Not invited: the demand does not exist for the firm.
    expect((await api.call('GET', `/api/v1/demands/${demand.id}`, { token: firms.a.token })).status).toBe(
      404,
    );
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/responses`, {
          token: firms.a.token,
          body: INTEREST,
        })
      ).status,
    ).toBe(404);
    // Only the procurer invites; firms cannot.
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
          token: firms.b.token,
          body: { enterpriseId: firms.a.organizationId },
        })
      ).status,
    ).toBe(403);
    for (const firm of [firms.a, firms.b, firms.d]) {
      const invited = await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
        token: procurer.token,
        body: { enterpriseId: firm.organizationId, message: '诚邀贵单位参与' },
      });
      expect(invited.status).toBe(201);
    }
    const again = await api.call<{ code: string }>('POST', `/api/v1/demands/${demand.id}/invitations`, {
      token: procurer.token,
      body: { enterpriseId: firms.a.organizationId },
    });
    expect(again.status).toBe(409);
    expect(
      (await api.call<DemandView>('GET', `/api/v1/demands/${demand.id}`, { token: firms.a.token })).body
        .description,
    ).toContain('耐高温');

    const a = await api.call<ResponseView>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firms.a.token,
      body: INTEREST,
    });
    expect(a.status).toBe(201);
    expect(a.body.status).toBe('SUBMITTED');
    expect(a.body.invited).toBe(true);
    expect(
      (
        await api.call<{ code: string }>('POST', `/api/v1/demands/${demand.id}/responses`, {
          token: firms.a.token,
          body: INTEREST,
        })
      ).body.code,
    ).toBe('ALREADY_RESPONDED');
    const noReason = await api.call<{ errors: { field: string }[] }>(
      'POST',
      `/api/v1/demands/${demand.id}/responses`,
      { token: firms.b.token, body: { kind: 'DECLINE' } },
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors[0]!.field).toBe('reason');
    const b = await api.call<ResponseView>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firms.b.token,
      body: { kind: 'DECLINE', reason: '产能已排满' },
    });
    expect(b.body.status).toBe('DECLINED');
    const d = await api.call<ResponseView>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firms.d.token,
      body: { ...INTEREST, price: 150000 },
    });
    const notVerified = await api.call<{ code: string }>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: unverified.token,
      body: INTEREST,
    });
    expect(notVerified.status).toBe(403);
    expect(notVerified.body.code).toBe('ORGANIZATION_NOT_VERIFIED');

    // The firm cannot judge responses; the procurer shortlists, and rejects only with a reason.
    expect(
      (
        await api.call('PATCH', `/api/v1/responses/${a.body.id}`, {
          token: firms.d.token,
          body: { status: 'REJECTED', reason: 'x' },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call<ResponseView>('PATCH', `/api/v1/responses/${a.body.id}`, {
          token: procurer.token,
          body: { status: 'SHORTLISTED' },
        })
      ).body.status,
    ).toBe('SHORTLISTED');
    expect(
      (
        await api.call('PATCH', `/api/v1/responses/${d.body.id}`, {
          token: procurer.token,
          body: { status: 'REJECTED' },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await api.call('PATCH', `/api/v1/responses/${b.body.id}`, {
          token: procurer.token,
          body: { status: 'SHORTLISTED' },
        })
      ).status,
    ).toBe(409);
    await api.call('PATCH', `/api/v1/responses/${d.body.id}`, {
      token: procurer.token,
      body: { status: 'REJECTED', reason: '报价未含运输费用' },
    });
    const seenByD = (
      await api.call<ResponseList>('GET', `/api/v1/demands/${demand.id}/responses`, { token: firms.d.token })
    ).body.items;
    expect(seenByD).toHaveLength(1);
    expect(seenByD[0]).toMatchObject({ status: 'REJECTED', statusReason: '报价未含运输费用' });
    expect(
      (
        await api.call<ResponseList>('GET', `/api/v1/demands/${demand.id}/responses`, {
          token: procurer.token,
        })
      ).body.items,
    ).toHaveLength(3);

    // Award: once, by the procurer only.
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/award`, {
          token: firms.a.token,
          body: { responseId: a.body.id },
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/award`, {
          token: procurer.token,
          body: { responseId: b.body.id },
        })
      ).status,
    ).toBe(409);
    const award = await api.call<{ enterprise: { id: string } }>(
      'POST',
      `/api/v1/demands/${demand.id}/award`,
      { token: procurer.token, body: { responseId: a.body.id } },
    );
    expect(award.status).toBe(201);
    expect(award.body.enterprise.id).toBe(firms.a.organizationId);
    const second = await api.call<{ code: string }>('POST', `/api/v1/demands/${demand.id}/award`, {
      token: procurer.token,
      body: { responseId: a.body.id },
    });
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('ALREADY_AWARDED');
    expect(
      (await api.call<DemandView>('GET', `/api/v1/demands/${demand.id}`, { token: procurer.token })).body
        .status,
    ).toBe('AWARDED');
    const statuses = Object.fromEntries(
      (
        await api.call<ResponseList>('GET', `/api/v1/demands/${demand.id}/responses`, {
          token: procurer.token,
        })
      ).body.items.map((r) => [r.enterprise.id, r.status]),
    );
    expect(statuses).toEqual({
      [firms.a.organizationId]: 'AWARDED',
      [firms.b.organizationId]: 'DECLINED',
      [firms.d.organizationId]: 'REJECTED',
    });
    expect(
      (
        await api.call<{ code: string }>('POST', `/api/v1/responses/${a.body.id}/withdraw`, {
          token: firms.a.token,
          body: {},
        })
      ).body.code,
    ).toBe('ALREADY_AWARDED');

    // Each respondent is told once; running the job twice more changes nothing.
    for (const firm of [firms.a, firms.b, firms.d])
      await waitUntil(
        'award notified',
        () => awardNotifications(firm),
        (n) => n === 1,
      );
    const queue = new Queue('notifications', {
      connection: { url: services.redisUrl },
      prefix: services.queuePrefix,
    });
    try {
      const jobs = await Promise.all([
        queue.add('notify-award', { demandId: demand.id }),
        queue.add('notify-award', { demandId: demand.id }),
      ]);
      await waitUntil(
        'retries done',
        async () => Promise.all(jobs.map(async (j) => (await queue.getJob(j.id!))?.finishedOn ?? null)),
        (done) => done.every((t) => t !== null),
      );
    } finally {
      await queue.close();
    }
    for (const firm of [firms.a, firms.b, firms.d]) expect(await awardNotifications(firm)).toBe(1);

    // Every transition is in the audit trail.
    const audit = async (targetId: string) =>
      (
        await api.call<AuditEventPage>(
          'GET',
          `/api/v1/admin/audit-events?targetId=${targetId}&pageSize=100`,
          { token: admin },
        )
      ).body.items.map((e) => e.action);
    expect(await audit(demand.id)).toEqual(
      expect.arrayContaining([
        'demand.created',
        'demand.published',
        'demand.invitation_sent',
        'demand.awarded',
      ]),
    );
    expect(await audit(a.body.id)).toEqual(
      expect.arrayContaining(['response.submitted', 'response.shortlisted']),
    );
    expect(await audit(d.body.id)).toEqual(
      expect.arrayContaining(['response.submitted', 'response.rejected']),
    );
    expect(await audit(b.body.id)).toEqual(['response.declined']);
  });

  it('lets a firm respond to an open demand without an invitation, withdraw until the award, and refuses after the deadline', async () => {
    const { demand } = await publishDemand(api, procurer.token, {
      title: '公开采购：耐高温电缆',
      description: '公开征集耐高温电缆供应商。',
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
      deadline: daysFromNow(10),
    });
    const response = await api.call<ResponseView>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firms.b.token,
      body: INTEREST,
    });
    expect(response.status).toBe(201);
    expect(response.body.invited).toBe(false);
    expect(
      (
        await api.call('POST', `/api/v1/responses/${response.body.id}/withdraw`, {
          token: firms.a.token,
          body: {},
        })
      ).status,
    ).toBe(404);
    const withdrawn = await api.call<ResponseView>('POST', `/api/v1/responses/${response.body.id}/withdraw`, {
      token: firms.b.token,
      body: { reason: '方案需调整' },
    });
    expect(withdrawn.body.status).toBe('WITHDRAWN');
    expect(
      (
        await api.call('POST', `/api/v1/demands/${demand.id}/responses`, {
          token: firms.b.token,
          body: INTEREST,
        })
      ).status,
    ).toBe(201);

    // Move the deadline into the past, as the calendar would.
    const db = new pg.Client({ connectionString: services.databaseUrl });
    await db.connect();
    try {
      await db.query(`UPDATE demands SET deadline = $2 WHERE id = $1`, [demand.id, daysFromNow(-1)]);
    } finally {
      await db.end();
    }
    const late = await api.call<{ code: string }>('POST', `/api/v1/demands/${demand.id}/responses`, {
      token: firms.d.token,
      body: INTEREST,
    });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('DEADLINE_PASSED');
  });

  it('publishes demands and awards as OCDS releases without private fields, and lists awards publicly', async () => {
    const { demand: open } = await publishDemand(api, procurer.token, {
      title: '公开采购：屏蔽电缆',
      description: '公开征集屏蔽电缆供应商，预算见公告。',
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
    });
    await api.call('PUT', `/api/v1/demands/${open.id}`, {
      token: procurer.token,
      body: {
        title: '公开采购：屏蔽电缆',
        description: '公开征集屏蔽电缆供应商，预算见公告。',
        sectors: ['ELECTRONICS'],
        budgetMax: 500000,
        deadline: daysFromNow(30),
      },
    });
    const response = await api.call<ResponseView>('POST', `/api/v1/demands/${open.id}/responses`, {
      token: firms.a.token,
      body: INTEREST,
    });
    expect(
      (
        await api.call('POST', `/api/v1/demands/${open.id}/award`, {
          token: procurer.token,
          body: { responseId: response.body.id },
        })
      ).status,
    ).toBe(201);
    const { demand: restricted } = await publishDemand(api, procurer.token, {
      title: '认证供应商可见：射频电缆',
      description: '技术指标仅对认证供应商公开。',
      sectors: ['ELECTRONICS'],
      requiredQualifications: [],
      visibility: 'VERIFIED_SUPPLIERS',
    });

    const body = (await api.call<OcdsReleasePackage>('GET', '/api/v1/open-data/ocds/releases?pageSize=100'))
      .body;
    const parsed = OcdsReleasePackageSchema.safeParse(body);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(body.version).toBe('1.1');
    const ids = body.releases.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const awarded = body.releases.find((r) => r.tender.id === open.id)!;
    expect(awarded.ocid).toMatch(/^ocds-[a-z0-9]{6}-/);
    expect(awarded.tag).toEqual(['award']);
    expect(awarded.tender).toMatchObject({
      status: 'complete',
      value: { amount: 500000, currency: 'CNY' },
      numberOfTenderers: 1,
    });
    expect(awarded.awards?.[0]).toMatchObject({
      status: 'active',
      value: { amount: 180000, currency: 'CNY' },
      suppliers: [{ id: firms.a.organizationId, name: '咸宁甲线缆有限公司' }],
    });
    expect(awarded.parties.map((p) => p.roles[0]).sort()).toEqual(['buyer', 'supplier']);
    const summaryOnly = body.releases.find((r) => r.tender.id === restricted.id)!;
    expect(summaryOnly.tender.description).toBeUndefined();
    expect(JSON.stringify(body)).not.toContain('技术指标仅对认证供应商公开');
    // Invited-only demands stay out, and nothing that identifies users leaks.
    expect(body.releases.some((r) => r.tender.title.startsWith('邀请制采购'))).toBe(false);
    expect(JSON.stringify(body)).not.toMatch(/@|password|proposal|按图纸定制/);

    const awards = (await api.call<PublicAwardPage>('GET', '/api/v1/open-data/awards')).body;
    expect(awards.items.map((a) => a.demandId)).toContain(open.id);
    expect(awards.items.some((a) => a.title.startsWith('邀请制采购'))).toBe(false);
    const paged = (await api.call<OcdsReleasePackage>('GET', '/api/v1/open-data/ocds/releases?pageSize=1'))
      .body;
    expect(paged.releases).toHaveLength(1);
    // The next page is a cursor (after the last release's demand), and following it gives another release.
    const next = new URL(paged.links!.next!);
    expect(next.searchParams.get('after')).toMatch(/^[0-9a-f-]{36}$/);
    const second = (await api.call<OcdsReleasePackage>('GET', `${next.pathname}${next.search}`)).body;
    expect(second.releases).toHaveLength(1);
    expect(second.releases[0]!.ocid).not.toBe(paged.releases[0]!.ocid);
  });

  it('respects a firm turning a kind of notification off, and on again', async () => {
    const invitations = async () =>
      (
        await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', {
          token: firms.d.token,
        })
      ).body.items.filter((n) => n.kind === 'INVITED_TO_DEMAND').length;
    const before = await invitations();
    const off = await api.call<{ items: { kind: string; inApp: boolean }[] }>(
      'PUT',
      '/api/v1/notifications/preferences',
      { token: firms.d.token, body: { items: [{ kind: 'INVITED_TO_DEMAND', inApp: false }] } },
    );
    expect(off.body.items.find((i) => i.kind === 'INVITED_TO_DEMAND')?.inApp).toBe(false);
    expect(off.body.items.find((i) => i.kind === 'AWARD_OUTCOME')?.inApp).toBe(true);
    const invite = async () => {
      const { demand } = await publishDemand(api, procurer.token, {
        title: '邀请制采购：同轴电缆',
        description: '仅邀请企业参与的同轴电缆采购。',
        sectors: ['ELECTRONICS'],
        requiredQualifications: [],
        visibility: 'INVITED',
      });
      expect(
        (
          await api.call('POST', `/api/v1/demands/${demand.id}/invitations`, {
            token: procurer.token,
            body: { enterpriseId: firms.d.organizationId },
          })
        ).status,
      ).toBe(201);
    };
    await invite();
    expect(await invitations()).toBe(before);
    await api.call('PUT', '/api/v1/notifications/preferences', {
      token: firms.d.token,
      body: { items: [{ kind: 'INVITED_TO_DEMAND', inApp: true }] },
    });
    await invite();
    expect(await invitations()).toBe(before + 1);
    const bad = await api.call<{ errors: { field: string }[] }>('PUT', '/api/v1/notifications/preferences', {
      token: firms.d.token,
      body: { items: [{ kind: 'NO_SUCH_KIND', inApp: false }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]!.field).toBe('items.0.kind');
  });
});
