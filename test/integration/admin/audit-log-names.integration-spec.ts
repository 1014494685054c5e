import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AuditEventPage, AuditEventView } from '@mcf/contracts';
import { ApiClient, CERTIFICATE_FIELDS, DEMO_ADMIN, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { QUEUE_PREFIX: `${services.queuePrefix}-audit-names` }));
  api = new ApiClient(app.baseUrl);
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

describe('the audit log names people, organisations and objects (read model)', () => {
  it('resolves names server-side and filters by actor, organisation name, action and dates', async () => {
    const admin = await api.adminToken();
    const firm = await api.registerOrganization('ENTERPRISE', 'auditnames');
    const other = await api.registerOrganization('ENTERPRISE', 'auditother');
    // The name ApiClient.registerOrganization gives.
    const firmName = `auditnames 测试单位 ${firm.creditCode.slice(-6)}`;
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    await api.setOrganizationStatus(admin, other.organizationId, 'verify');
    const uploaded = await api.uploadQualification(firm.organizationId, firm.token, { ...CERTIFICATE_FIELDS, certificateNo: 'AUDIT-NAMES-1' }, { content: SAMPLE_PDF, name: 'c.pdf' });
    expect(uploaded.status).toBe(201);
    expect((await api.call('POST', `/api/v1/admin/qualifications/${uploaded.body.id}/approve`, { token: admin })).status).toBe(200);
    expect((await api.call('POST', `/api/v1/admin/users/${firm.userId}/disable`, { token: admin, body: { reason: '测试停用' } })).status).toBeLessThan(300);
    expect((await api.call('POST', `/api/v1/admin/users/${firm.userId}/enable`, { token: admin })).status).toBeLessThan(300);

    const list = async (query: string) => {
      const response = await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?${query}`, { token: admin });
      expect(response.status).toBe(200);
      return response.body;
    };
    const byAction = (items: AuditEventView[], action: string) => items.find((e) => e.action === action);

    const aboutFirm = await list(`organization=${encodeURIComponent('auditnames')}&pageSize=100`);
    expect(aboutFirm.items.map((e) => e.action).sort()).toEqual(
      [
        'admin.organization.verify',
        'admin.qualification.approve',
        'admin.user.disable',
        'admin.user.enable',
        'organization.registered',
        'qualification.submitted',
      ].sort(),
    );
    const firmRef = { id: firm.organizationId, name: firmName, kind: 'ENTERPRISE' };
    expect(byAction(aboutFirm.items, 'organization.registered')).toMatchObject({
      actorName: 'auditnames 负责人',
      actorOrganization: firmRef,
      targetLabel: firmName,
      targetOrganization: firmRef,
    });
    expect(byAction(aboutFirm.items, 'admin.organization.verify')).toMatchObject({
      actorOrganization: null,
      targetLabel: firmName,
      targetOrganization: firmRef,
    });
    expect(byAction(aboutFirm.items, 'admin.organization.verify')!.actorName).toEqual(expect.any(String));
    expect(byAction(aboutFirm.items, 'admin.qualification.approve')).toMatchObject({
      targetLabel: 'AUDIT-NAMES-1',
      targetCode: 'GJB9001C',
      targetOrganization: firmRef,
    });
    expect(byAction(aboutFirm.items, 'admin.user.disable')).toMatchObject({
      targetLabel: 'auditnames 负责人',
      targetOrganization: firmRef,
    });
    // Nothing of the other firm, though its name shares the 测试单位 part.
    expect(aboutFirm.items.some((e) => e.targetId === other.organizationId)).toBe(false);

    // The actor filter takes part of a name or email; with the organisation, only the admin's actions on the firm.
    const byAdmin = await list(`actor=${encodeURIComponent(DEMO_ADMIN.email.slice(0, 8))}&organization=auditnames&pageSize=100`);
    expect(byAdmin.items.map((e) => e.action).sort()).toEqual(
      ['admin.organization.verify', 'admin.qualification.approve', 'admin.user.disable', 'admin.user.enable'].sort(),
    );
    const byFirmUser = await list(`actor=${encodeURIComponent('auditnames 负责')}&pageSize=100`);
    expect(byFirmUser.items.map((e) => e.action).sort()).toEqual(['organization.registered', 'qualification.submitted']);

    // Action, pagination and date range.
    const approvals = await list(`organization=auditnames&action=admin.qualification.approve`);
    expect(approvals.total).toBe(1);
    const firstPage = await list(`organization=auditnames&pageSize=2&page=1`);
    const secondPage = await list(`organization=auditnames&pageSize=2&page=2`);
    expect(firstPage.total).toBe(6);
    expect(firstPage.items).toHaveLength(2);
    expect(secondPage.items.map((e) => e.id)).not.toContain(firstPage.items[0]!.id);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect((await list(`organization=auditnames&from=${encodeURIComponent(tomorrow)}`)).total).toBe(0);
    expect((await list(`organization=auditnames&to=${encodeURIComponent(tomorrow)}`)).total).toBe(6);

    // LIKE wildcards are taken literally.
    expect((await list(`organization=${encodeURIComponent('%')}`)).total).toBe(0);
    expect((await list(`actor=${encodeURIComponent('_')}`)).total).toBe(0);

    // A bad query is a 400 naming the field.
    const bad = await api.call<{ errors?: Array<{ field?: string; name?: string }> }>('GET', `/api/v1/admin/audit-events?organization=${'x'.repeat(201)}`, { token: admin });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('organization');
  });
});
