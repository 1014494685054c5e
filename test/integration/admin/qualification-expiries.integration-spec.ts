import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEventPage, ExpiringQualificationPage, ExpiryReminderResult, NotificationPage } from '@mcf/contracts';
import { ApiClient, CERTIFICATE_FIELDS, newCreditCode, SAMPLE_PDF, TEST_PASSWORD, uniqueEmail } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { QUEUE_PREFIX: `${services.queuePrefix}-expiries` }));
  api = new ApiClient(app.baseUrl);
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

/** A date `days` from today in China time (YYYY-MM-DD). */
function inDays(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** A firm in `region` (registerOrganization always uses 421202), signed in. */
async function firmIn(region: string, label: string) {
  const email = uniqueEmail(label);
  const creditCode = newCreditCode();
  const registered = await api.call<{ organization: { id: string } }>('POST', '/api/v1/auth/register', {
    body: { email, password: TEST_PASSWORD, name: `${label} 负责人`, organization: { kind: 'ENTERPRISE', name: `${label} 测试单位 ${creditCode.slice(-6)}`, creditCode, region } },
  });
  expect(registered.status).toBe(201);
  const { token } = await api.login(email, TEST_PASSWORD);
  return { organizationId: registered.body.organization.id, token };
}

async function approvedCertificate(admin: string, firm: { organizationId: string; token: string }, type: string, days: number): Promise<string> {
  const uploaded = await api.uploadQualification(
    firm.organizationId,
    firm.token,
    { ...CERTIFICATE_FIELDS, type, certificateNo: `EXP-${type}-${days}`, issuedAt: inDays(-300), expiresAt: inDays(days) },
    { content: SAMPLE_PDF, name: 'c.pdf' },
  );
  expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
  expect((await api.call('POST', `/api/v1/admin/qualifications/${uploaded.body.id}/approve`, { token: admin })).status).toBe(200);
  return uploaded.body.id;
}

describe('到期预警: certificates expiring within 30/60/90 days and reminding their owners', () => {
  it('lists by window, type and region, and reminds once per certificate and window (audited)', async () => {
    const admin = await api.adminToken();
    const xianning = await firmIn('421202', 'expwatch');
    const beijing = await firmIn('110101', 'expwatchbj');
    const a20 = await approvedCertificate(admin, xianning, 'GJB9001C', 20);
    const a50 = await approvedCertificate(admin, xianning, 'ISO9001', 50);
    const a80 = await approvedCertificate(admin, xianning, 'HIGH_TECH', 80);
    const a120 = await approvedCertificate(admin, xianning, 'ISO9001', 120);
    const b10 = await approvedCertificate(admin, beijing, 'GJB9001C', 10);
    const ours = new Set([a20, a50, a80, a120, b10]);

    const list = async (query: string) => {
      const response = await api.call<ExpiringQualificationPage>('GET', `/api/v1/admin/qualifications/expiring?pageSize=100&${query}`, { token: admin });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      return response.body;
    };
    const idsOf = (page: ExpiringQualificationPage) => page.items.map((q) => q.id).filter((id) => ours.has(id));

    expect(idsOf(await list('within=30'))).toEqual([b10, a20]);
    expect(idsOf(await list(''))).toEqual([b10, a20]); // 30 days by default
    expect(idsOf(await list('within=60'))).toEqual([b10, a20, a50]);
    expect(idsOf(await list('within=90'))).toEqual([b10, a20, a50, a80]);
    expect(idsOf(await list('within=90&type=GJB9001C'))).toEqual([b10, a20]);
    expect(idsOf(await list('within=90&region=421200'))).toEqual([a20, a50, a80]); // the city includes its districts
    expect(idsOf(await list('within=90&region=110000'))).toEqual([b10]);
    const first = (await list('within=90')).items.find((q) => q.id === a50)!;
    expect(first).toMatchObject({ organizationId: xianning.organizationId, regionCode: '421202', type: 'ISO9001', certificateNo: 'EXP-ISO9001-50', expiresAt: inDays(50), daysLeft: 50, window: 60, remindedAt: null });
    expect(first.organizationName).toContain('expwatch');

    // Pagination.
    const page1 = await api.call<ExpiringQualificationPage>('GET', '/api/v1/admin/qualifications/expiring?within=90&region=421200&pageSize=2&page=1', { token: admin });
    const page2 = await api.call<ExpiringQualificationPage>('GET', '/api/v1/admin/qualifications/expiring?within=90&region=421200&pageSize=2&page=2', { token: admin });
    expect(page1.body.total).toBe(page2.body.total);
    expect(page1.body.items).toHaveLength(2);
    expect(page2.body.items.map((q) => q.id)).not.toContain(page1.body.items[0]!.id);

    // Bad filters are 400s naming the field.
    for (const [query, field] of [['within=45', 'within'], ['type=NOPE', 'type'], ['region=12', 'region']] as const) {
      const bad = await api.call('GET', `/api/v1/admin/qualifications/expiring?${query}`, { token: admin });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain(field);
    }

    // Remind: a bulk of two, then again (already reminded), then ones that cannot be.
    const remind = (ids: string[]) => api.call<ExpiryReminderResult>('POST', '/api/v1/admin/qualifications/expiry-reminders', { token: admin, body: { ids } });
    const firstTime = await remind([a20, b10]);
    expect(firstTime.status).toBe(200);
    expect(firstTime.body).toEqual({ reminded: [a20, b10], skipped: [] });
    const again = await remind([a20]);
    expect(again.body).toEqual({ reminded: [], skipped: [{ id: a20, reason: 'ALREADY_REMINDED' }] });
    const missing = '00000000-0000-4000-8000-0000000000ee';
    expect((await remind([a120, missing])).body).toEqual({
      reminded: [],
      skipped: [
        { id: a120, reason: 'NOT_EXPIRING' },
        { id: missing, reason: 'NOT_FOUND' },
      ],
    });
    expect((await api.call('POST', '/api/v1/admin/qualifications/expiry-reminders', { token: admin, body: { ids: [] } })).status).toBe(400);

    // The owner was told once; the list shows when.
    const told = (await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token: xianning.token })).body.items.filter(
      (n) => n.kind === 'QUALIFICATION_EXPIRING',
    );
    expect(told).toHaveLength(1);
    expect(told[0]!.titleZh).toContain('20天后到期');
    expect(told[0]!.bodyZh).toContain('平台管理员提醒');
    const reminded = (await list('within=30')).items.find((q) => q.id === a20)!;
    expect(reminded.remindedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await list('within=90')).items.find((q) => q.id === a50)!.remindedAt).toBeNull();

    // Audited, once per reminder.
    const audit = await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?action=admin.qualification.expiry_reminded&targetId=${a20}`, { token: admin });
    expect(audit.body.items).toEqual([expect.objectContaining({ targetType: 'qualification', after: { expiresOn: inDays(20), window: 30, daysLeft: 20 } })]);

    // A firm that turned expiry reminders off is not reminded, and the answer says why.
    expect(
      (await api.call('PUT', '/api/v1/notifications/preferences', { token: xianning.token, body: { items: [{ kind: 'QUALIFICATION_EXPIRING', inApp: false, email: false }] } })).status,
    ).toBe(200);
    expect((await remind([a50])).body).toEqual({ reminded: [], skipped: [{ id: a50, reason: 'NOTIFICATIONS_OFF' }] });
  });
});
