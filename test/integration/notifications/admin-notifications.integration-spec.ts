/**
 * Administrators are notified in the app of what waits for them (#12): a new registration, a claim and a
 * certificate submitted for review. The notifications are addressed to the platform (every administrator
 * sees the same ones and their read state), never to an organisation; administrators mark them read and
 * turn kinds off like any organisation.
 */
import {
  ADMIN_NOTIFICATION_KINDS,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationView,
} from '@mcf/contracts';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient, CERTIFICATE_FIELDS, SAMPLE_PDF } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { claimForm, fileClaim, importClaimableFirm } from '../../support/claims.js';
import { WITHOUT_DEMO_DATA } from '../../support/marketplace.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;

beforeAll(async () => {
  app = await startApp(
    appEnvironment(services, { ...WITHOUT_DEMO_DATA, QUEUE_PREFIX: `${services.queuePrefix}-adm` }),
  );
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
});

afterAll(async () => {
  // The platform's preferences are shared by every spec of the run: leave every kind on.
  if (admin)
    await api.call('PUT', '/api/v1/notifications/preferences', {
      token: admin,
      body: { items: ADMIN_NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: true })) },
    });
  expect(await app?.stop()).toBe(0);
});

async function notificationsOf(token: string): Promise<NotificationPage> {
  const page = await api.call<NotificationPage>('GET', '/api/v1/notifications?pageSize=100', { token });
  expect(page.status, JSON.stringify(page.body)).toBe(200);
  return page.body;
}

/** The caller's notifications whose title names `name` (other specs of the run register firms too). */
async function about(token: string, name: string): Promise<NotificationView[]> {
  return (await notificationsOf(token)).items.filter((n) => n.titleZh.includes(name) && n.titleEn.includes(name));
}

async function organizationName(token: string): Promise<string> {
  const me = await api.call<{ organization: { name: string } | null }>('GET', '/api/v1/me', { token });
  expect(me.status, JSON.stringify(me.body)).toBe(200);
  return me.body.organization!.name;
}

describe('notifications to administrators', () => {
  it('tells the administrators of a registration, a claim and a certificate to review, and no firm', async () => {
    const firm = await api.registerOrganization('ENTERPRISE', 'admin-notify');
    const firmName = await organizationName(firm.token);

    const claimable = await importClaimableFirm(api, admin, `管理员通知认领单位${Date.now().toString(36)}`);
    const filed = await fileClaim(api, claimForm(claimable.creditCode));
    expect(filed.status, JSON.stringify(filed.body)).toBe(202);

    const uploaded = await api.uploadQualification(firm.organizationId, firm.token, CERTIFICATE_FIELDS, {
      content: SAMPLE_PDF,
      name: 'certificate.pdf',
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);

    const ofFirm = await about(admin, firmName);
    expect(ofFirm.map((n) => n.kind).sort()).toEqual(['ADMIN_ORGANIZATION_REGISTERED', 'ADMIN_QUALIFICATION_SUBMITTED']);
    expect(ofFirm.find((n) => n.kind === 'ADMIN_ORGANIZATION_REGISTERED')).toMatchObject({
      link: '/admin/organizations',
      readAt: null,
    });
    expect(ofFirm.find((n) => n.kind === 'ADMIN_QUALIFICATION_SUBMITTED')).toMatchObject({
      link: '/admin/qualifications',
      bodyZh: expect.stringContaining(CERTIFICATE_FIELDS.certificateNo!),
    });
    const ofClaim = await about(admin, claimable.name);
    expect(ofClaim).toHaveLength(1);
    expect(ofClaim[0]).toMatchObject({ kind: 'ADMIN_CLAIM_FILED', link: '/admin/claims', readAt: null });

    // The firm sees none of them: they are the platform's, not its organisation's.
    const firmsOwn = await notificationsOf(firm.token);
    expect(firmsOwn.items.filter((n) => n.kind.startsWith('ADMIN_'))).toEqual([]);
    const firmPreferences = await api.call<NotificationPreferences>('GET', '/api/v1/notifications/preferences', {
      token: firm.token,
    });
    expect(firmPreferences.body.items.map((item) => item.kind)).not.toContain('ADMIN_CLAIM_FILED');
  });

  it('lets an administrator mark one read (and a firm cannot reach it), then all', async () => {
    const firm = await api.registerOrganization('PROCURER', 'admin-notify-read');
    const [registered] = await about(admin, await organizationName(firm.token));
    expect(registered).toBeDefined();
    const unreadBefore = (await notificationsOf(admin)).unread;
    expect(unreadBefore).toBeGreaterThan(0);

    const byFirm = await api.call('POST', `/api/v1/notifications/${registered!.id}/read`, { token: firm.token });
    expect(byFirm.status).toBe(404);
    expect((await notificationsOf(admin)).items.find((n) => n.id === registered!.id)?.readAt).toBeNull();

    const read = await api.call('POST', `/api/v1/notifications/${registered!.id}/read`, { token: admin });
    expect(read.status).toBe(204);
    const after = await notificationsOf(admin);
    expect(after.items.find((n) => n.id === registered!.id)?.readAt).not.toBeNull();

    // A firm's read-all leaves the administrators' notifications unread.
    const another = await api.registerOrganization('ENTERPRISE', 'admin-notify-all');
    const anotherName = await organizationName(another.token);
    expect((await api.call('POST', '/api/v1/notifications/read-all', { token: another.token })).status).toBe(204);
    expect((await about(admin, anotherName))[0]?.readAt).toBeNull();
    expect((await api.call('POST', '/api/v1/notifications/read-all', { token: admin })).status).toBe(204);
    expect((await about(admin, anotherName))[0]?.readAt).not.toBeNull();
  });

  it('lists the administrators’ kinds in their preferences, and a kind turned off is not recorded', async () => {
    const before = await api.call<NotificationPreferences>('GET', '/api/v1/notifications/preferences', { token: admin });
    expect(before.status).toBe(200);
    expect(before.body.items.map((item) => item.kind)).toEqual([...ADMIN_NOTIFICATION_KINDS]);

    const saved = await api.call<NotificationPreferences>('PUT', '/api/v1/notifications/preferences', {
      token: admin,
      body: { items: [{ kind: 'ADMIN_ORGANIZATION_REGISTERED', inApp: false }] },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.items.find((item) => item.kind === 'ADMIN_ORGANIZATION_REGISTERED')?.inApp).toBe(false);
    expect(saved.body.items.find((item) => item.kind === 'ADMIN_QUALIFICATION_SUBMITTED')?.inApp).toBe(true);

    const quiet = await api.registerOrganization('ENTERPRISE', 'admin-notify-off');
    const quietName = await organizationName(quiet.token);
    const uploaded = await api.uploadQualification(quiet.organizationId, quiet.token, CERTIFICATE_FIELDS, {
      content: SAMPLE_PDF,
      name: 'certificate.pdf',
    });
    expect(uploaded.status).toBe(201);
    // The certificate (still on) is there, the registration (off) is not.
    expect((await about(admin, quietName)).map((n) => n.kind)).toEqual(['ADMIN_QUALIFICATION_SUBMITTED']);

    const reenabled = await api.call<NotificationPreferences>('PUT', '/api/v1/notifications/preferences', {
      token: admin,
      body: { items: [{ kind: 'ADMIN_ORGANIZATION_REGISTERED', inApp: true }] },
    });
    expect(reenabled.body.items.every((item) => item.inApp)).toBe(true);
  });
});
