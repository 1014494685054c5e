import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ProblemDetailsSchema, type EnterprisePublicView, type ProfileDraftView, type QualificationView } from '@mcf/contracts';
import { ApiClient, CERTIFICATE_FIELDS, SAMPLE_PDF } from '../../support/api-client.js';
import { samplePdfOfSize } from '../../support/sample-files.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;

beforeAll(async () => {
  app = await startApp(appEnvironment(services));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

const PROFILE = {
  summary: '公司专业从事超静音发电机组与车载电源的研发制造，产品用于野战保障与应急救援。',
  sectors: ['EMERGENCY', 'NEW_ENERGY'],
  products: ['超静音发电机组', '车载电源'],
  capabilities: ['机电一体化设计', '整机环境试验'],
  equipment: ['发电机组试验台'],
  employees: 180,
  foundedYear: 2009,
  regionCode: '421281',
  contactName: '刘工',
  contactPhone: '0715-5000000',
};

async function verifiedFirm() {
  const firm = await api.registerOrganization('ENTERPRISE', 'firm');
  await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
  return firm;
}

describe('contact details of a published profile', () => {
  const CONTACT_KEYS = /contactName|contactPhone|刘工|0715-5000000/;

  it('are left out for visitors and members of unverified organisations, and shown to verified members, admins and the firm', async () => {
    const firm = await api.registerOrganization('ENTERPRISE', 'firm');
    await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: PROFILE });
    expect((await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token })).status).toBe(200);
    const url = `/api/v1/enterprises/${firm.organizationId}`;

    const anonymous = await api.call<EnterprisePublicView>('GET', url);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.contactWithheld).toBe(true);
    expect(JSON.stringify(anonymous.body)).not.toMatch(CONTACT_KEYS);
    expect(anonymous.body.profile.products).toEqual(PROFILE.products);

    const pendingProcurer = await api.registerOrganization('PROCURER', 'pending');
    const unverified = await api.call<EnterprisePublicView>('GET', url, { token: pendingProcurer.token });
    expect(unverified.body.contactWithheld).toBe(true);
    expect(JSON.stringify(unverified.body)).not.toMatch(CONTACT_KEYS);

    const procurer = await api.registerOrganization('PROCURER', 'verified');
    await api.setOrganizationStatus(admin, procurer.organizationId, 'verify');
    const { token: verifiedToken } = await api.login(procurer.email, procurer.password);
    for (const token of [verifiedToken, admin, firm.token]) {
      const view = await api.call<EnterprisePublicView>('GET', url, { token });
      expect(view.body.contactWithheld).toBe(false);
      expect(view.body.profile).toMatchObject({ contactName: '刘工', contactPhone: '0715-5000000' });
    }
  });

  it('never reach the search index', async () => {
    const firm = await verifiedFirm();
    const product = `QX${Date.now()}`;
    await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: { ...PROFILE, products: [...PROFILE.products, product] } });
    await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token });
    const deadline = Date.now() + 20_000;
    let hits: Array<Record<string, unknown>> = [];
    while (Date.now() < deadline) {
      const found = await api.call<{ items: Array<Record<string, unknown>> }>('GET', `/api/v1/search/enterprises?q=${product}`);
      hits = found.body.items.filter((item) => JSON.stringify(item).includes(firm.organizationId));
      if (hits.length > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(hits).toHaveLength(1);
    expect(JSON.stringify(hits)).not.toMatch(CONTACT_KEYS);
  });
});

describe('capability profiles', () => {
  it('saves drafts privately, publishes a version, and shows completeness', async () => {
    const firm = await verifiedFirm();
    const saved = await api.call<ProfileDraftView>('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: { summary: '太短' } });
    expect(saved.status).toBe(200);
    expect(saved.body.completeness.missing).toContain('summary');
    expect((await api.call('GET', `/api/v1/enterprises/${firm.organizationId}`)).status).toBe(404);

    const notReady = await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token });
    expect(notReady.status).toBe(422);
    expect(ProblemDetailsSchema.parse(notReady.body).errors?.map((e) => e.field).sort()).toEqual(['products', 'sectors']);

    const full = await api.call<ProfileDraftView>('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: PROFILE });
    expect(full.body.completeness.score).toBeGreaterThanOrEqual(90);
    const published = await api.call<ProfileDraftView>('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token });
    expect(published.body.publishedVersion).toBe(1);
    const view = await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ verified: true, version: 1, profile: { products: ['超静音发电机组', '车载电源'] } });

    // A later draft does not change what the public sees until it is published.
    await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: { ...PROFILE, products: ['新产品'] } });
    expect((await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`)).body.profile.products).toEqual(['超静音发电机组', '车载电源']);
  });

  it('validates the profile and names the fields', async () => {
    const firm = await verifiedFirm();
    const response = await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, {
      token: firm.token,
      body: { sectors: ['UNKNOWN_SECTOR'], website: 'javascript:alert(1)', regionCode: '99', ownerId: 'x' },
    });
    expect(response.status).toBe(400);
    const fields = ProblemDetailsSchema.parse(response.body).errors?.map((e) => e.field).sort();
    expect(fields).toEqual(['ownerId', 'regionCode', 'sectors.0', 'website']);
  });

  it("cannot be read or written by another firm (404) or written by an administrator (403)", async () => {
    const firm = await verifiedFirm();
    const other = await verifiedFirm();
    expect((await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: other.token, body: PROFILE })).status).toBe(404);
    expect((await api.call('GET', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: other.token })).status).toBe(404);
    expect((await api.call('GET', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: admin })).status).toBe(200);
    expect((await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: admin, body: PROFILE })).status).toBe(403);
  });
});

describe('an organisation awaiting verification', () => {
  it('can already edit and publish its profile', async () => {
    const firm = await api.registerOrganization('ENTERPRISE', 'pending-firm');
    expect((await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: PROFILE })).status).toBe(200);
    expect((await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token })).status).toBe(200);
    expect((await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`)).body.verified).toBe(false);
  });
});

describe('qualification certificates', () => {
  it('refuses a zip and an executable renamed .pdf, by content', async () => {
    const firm = await verifiedFirm();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]);
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0]);
    for (const content of [zip, exe]) {
      const response = await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content, name: 'certificate.pdf', type: 'application/pdf' });
      expect(response.status).toBe(415);
      expect(ProblemDetailsSchema.parse(response.body).errors?.[0]).toMatchObject({ field: 'file', code: 'UNSUPPORTED_FILE_TYPE' });
    }
    const list = await api.call<{ items: unknown[] }>('GET', `/api/v1/enterprises/${firm.organizationId}/qualifications`, { token: firm.token });
    expect(list.body.items).toEqual([]);
  });

  it('answers 413 for 10 MB + 1 byte and accepts exactly 10 MB', async () => {
    const firm = await verifiedFirm();
    const tooLarge = samplePdfOfSize(10 * 1024 * 1024 + 1);
    expect((await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content: tooLarge, name: 'big.pdf' })).status).toBe(413);
    const limit = samplePdfOfSize(10 * 1024 * 1024);
    expect((await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content: limit, name: 'limit.pdf' })).status).toBe(201);
  });

  it('names missing and inconsistent fields', async () => {
    const firm = await verifiedFirm();
    const noFile = await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS);
    expect(noFile.status).toBe(400);
    expect(ProblemDetailsSchema.parse(noFile.body).errors?.[0]?.field).toBe('file');
    const secrecy = await api.uploadQualification(
      firm.organizationId,
      firm.token,
      { ...CERTIFICATE_FIELDS, type: 'SECRECY', expiresAt: '2024-01-01' },
      { content: SAMPLE_PDF, name: 'a.pdf' },
    );
    expect(secrecy.status).toBe(400);
    expect(ProblemDetailsSchema.parse(secrecy.body).errors?.map((e) => e.field).sort()).toEqual(['expiresAt', 'level']);
  });

  it('a firm cannot upload to or download from another firm', async () => {
    const firm = await verifiedFirm();
    const other = await verifiedFirm();
    expect((await api.uploadQualification(firm.organizationId, other.token, CERTIFICATE_FIELDS, { content: SAMPLE_PDF, name: 'x.pdf' })).status).toBe(404);
    const mine = await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, { content: SAMPLE_PDF, name: '证书.pdf' });
    expect(mine.status).toBe(201);
    expect((await api.call('GET', `/api/v1/qualifications/${mine.body.id}/file`, { token: other.token })).status).toBe(404);
    const download = await fetch(`${app.baseUrl}/api/v1/qualifications/${mine.body.id}/file`, { headers: { Authorization: `Bearer ${firm.token}` } });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(SAMPLE_PDF);
    expect((await fetch(`${app.baseUrl}/api/v1/qualifications/${mine.body.id}/file`, { headers: { Authorization: `Bearer ${admin}` } })).status).toBe(200);
  });

  it('shows as vetted only when approved and in date; an edit sends it back to PENDING', async () => {
    const firm = await verifiedFirm();
    await api.call('PUT', `/api/v1/enterprises/${firm.organizationId}/profile`, { token: firm.token, body: PROFILE });
    await api.call('POST', `/api/v1/enterprises/${firm.organizationId}/profile/publish`, { token: firm.token });
    const upload = async (fields: Record<string, string>) =>
      (await api.uploadQualification(firm.organizationId, firm.token, { ...CERTIFICATE_FIELDS, ...fields }, { content: SAMPLE_PDF, name: 'c.pdf' })).body.id;
    const approved = await upload({ certificateNo: 'A-1' });
    const rejected = await upload({ certificateNo: 'R-1' });
    const expired = await upload({ certificateNo: 'E-1', issuedAt: '2020-01-01', expiresAt: '2023-01-01' });
    const pending = await upload({ certificateNo: 'P-1' });

    const queue = await api.call<{ items: { id: string }[] }>('GET', '/api/v1/admin/qualifications?status=PENDING&pageSize=100', { token: admin });
    const queued = queue.body.items.map((q) => q.id);
    expect(queued.indexOf(approved)).toBeLessThan(queued.indexOf(pending));
    // ?page=n and the cursor walk (?after=) give the same certificates at the same position.
    let after: string | null = null;
    for (let page = 1; page <= Math.min(queued.length, 4); page += 1) {
      const byOffset = await api.call<{ items: { id: string; organizationName: string }[] }>('GET', `/api/v1/admin/qualifications?status=PENDING&pageSize=1&page=${page}`, { token: admin });
      const byCursor: { body: { items: { id: string }[]; next: string | null } } = await api.call<{ items: { id: string }[]; next: string | null }>(
        'GET',
        `/api/v1/admin/qualifications?status=PENDING&pageSize=1${after ? `&after=${after}` : ''}`,
        { token: admin },
      );
      expect(byOffset.body.items.map((q) => q.id), `page ${page}`).toEqual([queued[page - 1]]);
      expect(byCursor.body.items.map((q) => q.id), `cursor ${page}`).toEqual([queued[page - 1]]);
      expect(byOffset.body.items[0]!.organizationName).not.toBe('');
      after = byCursor.body.next;
    }

    expect((await api.call('POST', `/api/v1/admin/qualifications/${approved}/approve`, { token: admin })).status).toBe(200);
    expect((await api.call('POST', `/api/v1/admin/qualifications/${rejected}/reject`, { token: admin, body: { reason: '证书编号无法核实' } })).status).toBe(200);
    expect((await api.call('POST', `/api/v1/admin/qualifications/${expired}/approve`, { token: admin })).status).toBe(200);
    expect((await api.call('POST', `/api/v1/admin/qualifications/${approved}/approve`, { token: admin })).status).toBe(409);

    const publicView = await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`);
    expect(publicView.body.qualifications.map((q) => q.certificateNo)).toEqual(['A-1']);
    const othersSee = await api.call<{ items: QualificationView[] }>('GET', `/api/v1/enterprises/${firm.organizationId}/qualifications`);
    expect(othersSee.body.items.map((q) => q.certificateNo)).toEqual(['A-1']);
    const ownerSees = await api.call<{ items: QualificationView[] }>('GET', `/api/v1/enterprises/${firm.organizationId}/qualifications`, { token: firm.token });
    expect(Object.fromEntries(ownerSees.body.items.map((q) => [q.certificateNo, [q.status, q.vetted]]))).toEqual({
      'A-1': ['APPROVED', true],
      'R-1': ['REJECTED', false],
      'E-1': ['APPROVED', false],
      'P-1': ['PENDING', false],
    });

    const edited = await api.call<QualificationView>('PATCH', `/api/v1/qualifications/${approved}`, { token: firm.token, body: { issuer: '另一认证机构' } });
    expect(edited.body).toMatchObject({ status: 'PENDING', vetted: false, issuer: '另一认证机构' });
    expect((await api.call<EnterprisePublicView>('GET', `/api/v1/enterprises/${firm.organizationId}`)).body.qualifications).toEqual([]);

    const bulk = await api.call<{ approved: string[]; skipped: { id: string }[] }>('POST', '/api/v1/admin/qualifications/approve', { token: admin, body: { ids: [approved, pending, rejected] } });
    expect(bulk.body.approved.sort()).toEqual([approved, pending].sort());
    expect(bulk.body.skipped.map((s) => s.id)).toEqual([rejected]);

    const audit = await api.call<{ items: { action: string }[] }>('GET', `/api/v1/admin/audit-events?targetType=qualification&targetId=${approved}`, { token: admin });
    expect(audit.body.items.map((e) => e.action)).toEqual(['admin.qualification.approve', 'qualification.edited', 'admin.qualification.approve', 'qualification.submitted']);
  });
});
