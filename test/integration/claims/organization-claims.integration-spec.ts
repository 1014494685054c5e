/**
 * 机构认领: a firm that was imported (or loaded as demo data) has no account; registering its credit code
 * answers 409 with `claimable: true`, the firm files a claim with its business licence, an administrator
 * approves (the claimant then signs in as the owner) or rejects with a reason. Every step is audited;
 * administrators are emailed of a new claim and the claimant of the decision (SMTP configured here).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  type AuditEventPage,
  type ClaimAdminPage,
  type ClaimAdminView,
  ProblemDetailsSchema,
} from '@mcf/contracts';
import {
  ApiClient,
  newCreditCode,
  SAMPLE_PDF,
  TEST_PASSWORD,
  uniqueEmail,
} from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { claimForm, fileClaim, importClaimableFirm } from '../../support/claims.js';
import { waitUntil } from '../../support/marketplace.js';
import { freePort, SmtpSink } from '../../support/smtp-sink.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let sink: SmtpSink;
let admin: string;

beforeAll(async () => {
  sink = new SmtpSink(await freePort());
  await sink.start();
  app = await startApp(
    appEnvironment(services, {
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://mcf.example.cn',
      QUEUE_PREFIX: `${services.queuePrefix}-claims`,
    }),
  );
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
  await sink?.stop();
});

function registration(creditCode: string) {
  return {
    email: uniqueEmail('claim-reg'),
    password: TEST_PASSWORD,
    name: '李经理',
    organization: { kind: 'ENTERPRISE', name: '咸宁认领测试有限公司', creditCode, region: '421202' },
  };
}

async function claimOf(id: string): Promise<ClaimAdminView | undefined> {
  const page = await api.call<ClaimAdminPage>('GET', '/api/v1/admin/claims?pageSize=100', { token: admin });
  expect(page.status, JSON.stringify(page.body)).toBe(200);
  return page.body.items.find((claim) => claim.id === id);
}

async function auditActions(organizationId: string): Promise<string[]> {
  const page = await api.call<AuditEventPage>(
    'GET',
    `/api/v1/admin/audit-events?targetType=organization&targetId=${organizationId}`,
    { token: admin },
  );
  return page.body.items.map((event) => event.action);
}

describe('registration with the code of an organisation nobody speaks for', () => {
  it('answers 409 CREDIT_CODE_TAKEN with claimable: true for an imported firm, and claimable: false for one with an owner', async () => {
    const firm = await importClaimableFirm(api, admin);
    const taken = await api.call('POST', '/api/v1/auth/register', { body: registration(firm.creditCode) });
    expect(taken.status).toBe(409);
    const problem = ProblemDetailsSchema.parse(taken.body);
    expect(problem).toMatchObject({ code: 'CREDIT_CODE_TAKEN', claimable: true });
    expect(problem.errors?.[0]).toMatchObject({
      field: 'organization.creditCode',
      code: 'CREDIT_CODE_CLAIMABLE',
    });

    const owned = await api.registerOrganization('ENTERPRISE', 'owned');
    const second = await api.call('POST', '/api/v1/auth/register', { body: registration(owned.creditCode) });
    expect(ProblemDetailsSchema.parse(second.body)).toMatchObject({
      code: 'CREDIT_CODE_TAKEN',
      claimable: false,
    });
  });

  it('offers a demo firm that has no account too', async () => {
    const client = new pg.Client({ connectionString: services.databaseUrl });
    await client.connect();
    let creditCode: string | undefined;
    try {
      const found = await client.query<{ credit_code: string }>(
        `SELECT credit_code FROM organizations o WHERE o.is_demo AND o.kind = 'ENTERPRISE' AND NOT EXISTS (SELECT 1 FROM users u WHERE u.organization_id = o.id) LIMIT 1`,
      );
      creditCode = found.rows[0]?.credit_code;
    } finally {
      await client.end();
    }
    expect(creditCode, 'a demo firm without members').toBeDefined();
    const answer = await api.call('POST', '/api/v1/auth/register', { body: registration(creditCode!) });
    expect(ProblemDetailsSchema.parse(answer.body)).toMatchObject({
      code: 'CREDIT_CODE_TAKEN',
      claimable: true,
    });
  });
});

describe('a claim', () => {
  it('is filed, emailed to administrators, approved, and makes the claimant the owner who can sign in and edit the profile', async () => {
    const firm = await importClaimableFirm(api, admin);
    const form = claimForm(firm.creditCode);
    const filed = await fileClaim(api, { ...form });
    expect(filed.status).toBe(202);
    expect(filed.body).toEqual({ id: expect.any(String), status: 'PENDING' });

    const pending = await claimOf(filed.body.id);
    expect(pending).toMatchObject({
      status: 'PENDING',
      organization: { id: firm.organizationId, name: firm.name, creditCode: firm.creditCode, isDemo: false },
      claimantName: '李经理',
      claimantEmail: form.email,
      licence: { kind: 'PDF', size: SAMPLE_PDF.length, name: '营业执照.pdf' },
      reason: null,
      decidedAt: null,
    });
    expect(JSON.stringify(pending)).not.toMatch(/argon2|password/i);
    const licence = await fetch(`${app.baseUrl}/api/v1/admin/claims/${filed.body.id}/licence`, {
      headers: { Authorization: `Bearer ${admin}` },
    });
    expect(licence.status).toBe(200);
    expect(licence.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await licence.arrayBuffer()).equals(Buffer.from(SAMPLE_PDF))).toBe(true);

    const [toAdmins] = await waitUntil(
      'admin email',
      async () =>
        sink.received.filter(
          (m) => m.subject.includes(firm.name) && m.subject.startsWith('新的机构认领申请'),
        ),
      (m) => m.length === 1,
      45_000,
    );
    expect(toAdmins!.to).toContain('admin@demo.mcf.local');
    expect(toAdmins!.text).toContain('https://mcf.example.cn/admin/claims');

    // Not an account until approved.
    expect(
      (await api.call('POST', '/api/v1/auth/login', { body: { email: form.email, password: form.password } }))
        .status,
    ).toBe(401);

    const approved = await api.call<ClaimAdminView>('POST', `/api/v1/admin/claims/${filed.body.id}/approve`, {
      token: admin,
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'APPROVED', decidedByEmail: 'admin@demo.mcf.local' });

    const claimant = await api.login(form.email, form.password);
    expect(claimant.session.user.organization).toMatchObject({
      id: firm.organizationId,
      membershipRole: 'OWNER',
    });
    const saved = await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, {
      token: claimant.token,
      body: {
        summary: '认领后由企业自己完善的能力档案简介，专业从事复合材料构件研发制造。',
        sectors: ['NEW_MATERIALS'],
        products: ['碳纤维构件'],
      },
    });
    expect(saved.status).toBe(200);

    const [toClaimant] = await waitUntil(
      'claimant email',
      async () => sink.to(form.email),
      (m) => m.length === 1,
      45_000,
    );
    expect(toClaimant!.subject).toContain('认领申请已通过');
    expect(toClaimant!.text).toContain('https://mcf.example.cn/sign-in');

    expect(await auditActions(firm.organizationId)).toEqual(
      expect.arrayContaining(['organization.claim_filed', 'admin.organization.claim_approved']),
    );

    // It is somebody's now: neither registration nor another claim offers it.
    const again = await api.call('POST', '/api/v1/auth/register', { body: registration(firm.creditCode) });
    expect(ProblemDetailsSchema.parse(again.body)).toMatchObject({
      code: 'CREDIT_CODE_TAKEN',
      claimable: false,
    });
    const late = await fileClaim(api, { ...claimForm(firm.creditCode) });
    expect(late.status).toBe(409);
    expect(ProblemDetailsSchema.parse(late.body).code).toBe('NOT_CLAIMABLE');
    expect(
      (await api.call('POST', `/api/v1/admin/claims/${filed.body.id}/approve`, { token: admin })).status,
    ).toBe(409);
  });

  it('of two for one firm, only the first approved wins; the other can only be rejected', async () => {
    const firm = await importClaimableFirm(api, admin);
    const first = await fileClaim(api, { ...claimForm(firm.creditCode) });
    const second = await fileClaim(api, { ...claimForm(firm.creditCode) });
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(
      (await api.call('POST', `/api/v1/admin/claims/${first.body.id}/approve`, { token: admin })).status,
    ).toBe(200);
    const loser = await api.call('POST', `/api/v1/admin/claims/${second.body.id}/approve`, { token: admin });
    expect(loser.status).toBe(409);
    expect(ProblemDetailsSchema.parse(loser.body).code).toBe('ORGANIZATION_ALREADY_CLAIMED');
    expect(
      (
        await api.call('POST', `/api/v1/admin/claims/${second.body.id}/reject`, {
          token: admin,
          body: { reason: '已由他人认领' },
        })
      ).status,
    ).toBe(200);
  });

  it('is rejected with a reason that the claimant is emailed, and may be filed again', async () => {
    const firm = await importClaimableFirm(api, admin);
    const form = claimForm(firm.creditCode);
    const filed = await fileClaim(api, { ...form });
    const noReason = await api.call('POST', `/api/v1/admin/claims/${filed.body.id}/reject`, {
      token: admin,
      body: {},
    });
    expect(noReason.status).toBe(400);
    expect(ProblemDetailsSchema.parse(noReason.body).errors?.map((e) => e.field)).toEqual(['reason']);

    const rejected = await api.call<ClaimAdminView>('POST', `/api/v1/admin/claims/${filed.body.id}/reject`, {
      token: admin,
      body: { reason: '营业执照与机构名称不符' },
    });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ status: 'REJECTED', reason: '营业执照与机构名称不符' });
    expect(
      (await api.call('POST', `/api/v1/admin/claims/${filed.body.id}/approve`, { token: admin })).status,
    ).toBe(409);
    const [mail] = await waitUntil(
      'rejection email',
      async () => sink.to(form.email),
      (m) => m.length === 1,
      45_000,
    );
    expect(mail!.text).toContain('原因：营业执照与机构名称不符');
    expect(await auditActions(firm.organizationId)).toContain('admin.organization.claim_rejected');
    expect(
      (await api.call('POST', '/api/v1/auth/login', { body: { email: form.email, password: form.password } }))
        .status,
    ).toBe(401);

    expect((await fileClaim(api, { ...form })).status).toBe(202);
    const pendingOnly = await api.call<ClaimAdminPage>(
      'GET',
      '/api/v1/admin/claims?status=PENDING&pageSize=100',
      { token: admin },
    );
    expect(pendingOnly.body.items.every((claim) => claim.status === 'PENDING')).toBe(true);
    expect(pendingOnly.body.items.filter((claim) => claim.claimantEmail === form.email)).toHaveLength(1);
  });

  it('names what is wrong: the licence, its kind, the fields, an unknown code, a taken or pending email', async () => {
    const firm = await importClaimableFirm(api, admin);
    const noLicence = await fileClaim(api, { ...claimForm(firm.creditCode) }, null);
    expect(noLicence.status).toBe(400);
    expect(ProblemDetailsSchema.parse(noLicence.body).errors?.map((e) => e.field)).toEqual(['licence']);

    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(64)]);
    const refused = await fileClaim(
      api,
      { ...claimForm(firm.creditCode) },
      { content: zip, name: 'licence.pdf' },
    );
    expect(refused.status).toBe(415);

    const invalid = await fileClaim(api, {
      creditCode: '123',
      name: '',
      email: 'not-an-email',
      password: 'short',
    });
    expect(invalid.status).toBe(400);
    expect(
      ProblemDetailsSchema.parse(invalid.body)
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['creditCode', 'email', 'name', 'password']);

    const unknown = await fileClaim(api, { ...claimForm(newCreditCode()) });
    expect(unknown.status).toBe(409);
    expect(ProblemDetailsSchema.parse(unknown.body).code).toBe('NOT_CLAIMABLE');

    const existing = await api.registerOrganization('ENTERPRISE', 'claimant');
    const taken = await fileClaim(api, { ...claimForm(firm.creditCode, { email: existing.email }) });
    expect(taken.status).toBe(409);
    expect(ProblemDetailsSchema.parse(taken.body).code).toBe('EMAIL_TAKEN');

    const form = claimForm(firm.creditCode);
    expect((await fileClaim(api, { ...form })).status).toBe(202);
    const twice = await fileClaim(api, { ...form });
    expect(twice.status).toBe(409);
    expect(ProblemDetailsSchema.parse(twice.body).code).toBe('CLAIM_PENDING');
  });
});
