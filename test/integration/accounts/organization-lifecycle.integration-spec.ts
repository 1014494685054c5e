import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AuditEventPage, ProblemDetailsSchema, type InvitationView, type OrganizationAdminPage, type UserView } from '@mcf/contracts';
import { ApiClient, newCreditCode, uniqueEmail } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';
import { registerNamed } from '../../support/marketplace.js';

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

describe('administrators decide on organisations', () => {
  it('verify, suspend, reinstate; each visible to the firm; impossible moves answer 409', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const status = async () => (await api.call<UserView>('GET', '/api/v1/me', { token: firm.token })).body.organization?.status;
    expect(await status()).toBe('PENDING_VERIFICATION');

    const suspendPending = await api.call('POST', `/api/v1/admin/organizations/${firm.organizationId}/suspend`, { token: admin, body: { reason: '不应允许' } });
    expect(suspendPending.status).toBe(409);
    expect((suspendPending.body as { code: string }).code).toBe('INVALID_STATUS_TRANSITION');

    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    expect(await status()).toBe('VERIFIED');
    await api.setOrganizationStatus(admin, firm.organizationId, 'suspend');
    expect(await status()).toBe('SUSPENDED');
    await api.setOrganizationStatus(admin, firm.organizationId, 'reinstate');
    expect(await status()).toBe('VERIFIED');
  });

  it('a rejection needs a reason, which the list shows', async () => {
    const firm = await api.registerOrganization('PROCURER');
    const missing = await api.call('POST', `/api/v1/admin/organizations/${firm.organizationId}/reject`, { token: admin, body: {} });
    expect(missing.status).toBe(400);
    expect(ProblemDetailsSchema.parse(missing.body).errors?.[0]?.field).toBe('reason');
    const rejected = await api.call('POST', `/api/v1/admin/organizations/${firm.organizationId}/reject`, { token: admin, body: { reason: '营业执照信息与信用代码不符' } });
    expect(rejected.status).toBe(200);
    const list = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?status=REJECTED&q=${firm.creditCode}`, { token: admin });
    expect(list.body.items).toEqual([expect.objectContaining({ id: firm.organizationId, status: 'REJECTED', statusReason: '营业执照信息与信用代码不符', memberCount: 1 })]);
  });

  it('lists with filters, sorting and pagination, and validates the query', async () => {
    const page = await api.call<OrganizationAdminPage>('GET', '/api/v1/admin/organizations?kind=ENTERPRISE&sort=name&page=1&pageSize=2', { token: admin });
    expect(page.status).toBe(200);
    expect(page.body.items.length).toBeLessThanOrEqual(2);
    expect(page.body.items.every((o) => o.kind === 'ENTERPRISE')).toBe(true);
    const names = page.body.items.map((o) => o.name);
    expect([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(names);
    const bad = await api.call('GET', '/api/v1/admin/organizations?status=ALMOST&pageSize=1000', { token: admin });
    expect(bad.status).toBe(400);
    expect(ProblemDetailsSchema.parse(bad.body).errors?.map((e) => e.field).sort()).toEqual(['query.pageSize', 'query.status']);
  });

  it('pages by keyset (?after=) in every sort, the same rows as ?page= gives, and refuses a malformed cursor', async () => {
    // The run's database is shared with other files: this test walks organisations of its own, by name.
    const marker = `键集分页${Date.now().toString(36)}`;
    for (let i = 0; i < 6; i += 1)
      await registerNamed(api, i % 2 === 0 ? 'ENTERPRISE' : 'PROCURER', `${marker}测试单位${i}`, newCreditCode(), '421202');
    const mine = `q=${encodeURIComponent(marker)}`;
    for (const sort of ['createdAt', '-createdAt', 'name', '-name']) {
      const all = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?${mine}&sort=${sort}&pageSize=100`, { token: admin });
      expect(all.body.total).toBe(6);
      expect(all.body.next).toBeNull();
      const walked: string[] = [];
      let after: string | null | undefined;
      let pages = 0;
      do {
        const page: { body: OrganizationAdminPage } = await api.call<OrganizationAdminPage>(
          'GET',
          `/api/v1/admin/organizations?${mine}&sort=${sort}&pageSize=2${after ? `&after=${after}` : ''}`,
          { token: admin },
        );
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        expect(page.body.total).toBe(all.body.total);
        walked.push(...page.body.items.map((o) => o.id));
        after = page.body.next;
        pages += 1;
      } while (after && pages < 100);
      expect(walked, sort).toEqual(all.body.items.map((o) => o.id));
      // ?page=n holds what the cursor walk holds at the same position (the ids come first, then the rows).
      for (const page of [2, 3]) {
        const byOffset = await api.call<OrganizationAdminPage>('GET', `/api/v1/admin/organizations?${mine}&sort=${sort}&pageSize=2&page=${page}`, { token: admin });
        expect(byOffset.body.items.map((o) => o.id), `${sort} page ${page}`).toEqual(walked.slice((page - 1) * 2, page * 2));
        expect(byOffset.body.items.every((o) => o.name.startsWith(marker))).toBe(true);
      }
    }
    // The audit trail pages the same way, newest first.
    const byPage: string[] = [];
    const byCursor: string[] = [];
    for (let page = 1, more = true; more; page += 1) {
      const body = (await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?targetType=organization&organization=${encodeURIComponent(marker)}&pageSize=5&page=${page}`, { token: admin })).body;
      byPage.push(...body.items.map((e) => e.id));
      more = page * 5 < body.total;
    }
    for (let after: string | null = null, first = true; first || after; first = false) {
      const body: AuditEventPage = (
        await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?targetType=organization&organization=${encodeURIComponent(marker)}&pageSize=5${after ? `&after=${after}` : ''}`, { token: admin })
      ).body;
      byCursor.push(...body.items.map((e) => e.id));
      after = body.next;
    }
    expect(byPage.length).toBeGreaterThan(5);
    expect(byCursor).toEqual(byPage);
    const bad = await api.call('GET', '/api/v1/admin/organizations?after=not-a-cursor', { token: admin });
    expect(bad.status).toBe(400);
    expect(ProblemDetailsSchema.parse(bad.body).errors?.map((e) => e.field)).toEqual(['query.after']);
  });

  it('an unknown or malformed organisation id answers 404', async () => {
    expect((await api.call('POST', '/api/v1/admin/organizations/3f1c2b9a-0000-4000-8000-000000000000/verify', { token: admin })).status).toBe(404);
    expect((await api.call('POST', '/api/v1/admin/organizations/not-a-uuid/verify', { token: admin })).status).toBe(404);
  });
});

describe('a suspended organisation', () => {
  it('can sign in and read, nothing else', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    await api.setOrganizationStatus(admin, firm.organizationId, 'verify');
    await api.setOrganizationStatus(admin, firm.organizationId, 'suspend');
    const { token } = await api.login(firm.email, firm.password);
    expect((await api.call('GET', '/api/v1/me', { token })).status).toBe(200);
    expect((await api.call('GET', `/api/v1/organizations/${firm.organizationId}/members`, { token })).status).toBe(200);
    const write = await api.call('POST', `/api/v1/organizations/${firm.organizationId}/invitations`, { token, body: { email: uniqueEmail('blocked') } });
    expect(write.status).toBe(403);
    expect((write.body as { code: string }).code).toBe('ORGANIZATION_SUSPENDED');
  });
});

describe('members join by invitation from the owner', () => {
  it('invite, accept, sign in as a member; members cannot manage invitations; revoked invitations cannot be used', async () => {
    const firm = await api.registerOrganization('ENTERPRISE');
    const email = uniqueEmail('member');
    const invitation = await api.call<InvitationView>('POST', `/api/v1/organizations/${firm.organizationId}/invitations`, { token: firm.token, body: { email } });
    expect(invitation.status).toBe(201);
    expect(invitation.body.token).toBeTruthy();

    const listed = await api.call<{ items: InvitationView[] }>('GET', `/api/v1/organizations/${firm.organizationId}/invitations`, { token: firm.token });
    expect(listed.body.items).toEqual([expect.objectContaining({ email, status: 'PENDING' })]);
    expect(listed.body.items[0]).not.toHaveProperty('token');

    const accepted = await api.call<UserView>('POST', '/api/v1/invitations/accept', { body: { token: invitation.body.token, name: '新成员', password: 'Member-Pass-2026' } });
    expect(accepted.status).toBe(201);
    expect(accepted.body.organization).toMatchObject({ id: firm.organizationId, membershipRole: 'MEMBER' });
    expect((await api.call('POST', '/api/v1/invitations/accept', { body: { token: invitation.body.token, name: '再来', password: 'Member-Pass-2026' } })).status).toBe(400);

    const member = await api.login(email, 'Member-Pass-2026');
    const members = await api.call<{ items: { email: string; membershipRole: string }[] }>('GET', `/api/v1/organizations/${firm.organizationId}/members`, { token: member.token });
    expect(members.body.items.map((m) => m.membershipRole).sort()).toEqual(['MEMBER', 'OWNER']);
    const memberInvites = await api.call('POST', `/api/v1/organizations/${firm.organizationId}/invitations`, { token: member.token, body: { email: uniqueEmail('x') } });
    expect(memberInvites.status).toBe(403);
    expect((memberInvites.body as { code: string }).code).toBe('OWNER_ONLY');

    const second = await api.call<InvitationView>('POST', `/api/v1/organizations/${firm.organizationId}/invitations`, { token: firm.token, body: { email: uniqueEmail('revoked') } });
    expect((await api.call('DELETE', `/api/v1/organizations/${firm.organizationId}/invitations/${second.body.id}`, { token: firm.token })).status).toBe(204);
    expect((await api.call('POST', '/api/v1/invitations/accept', { body: { token: second.body.token, name: '被撤销', password: 'Member-Pass-2026' } })).status).toBe(400);
  });
});
