import { VIEWER_KINDS } from '@mcf/contracts';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import { SESSION_HINT_KEY, useSessionStore } from '../stores/session';
import { adminUser, enterpriseUser, jsonResponse, problem, sessionFor } from '../testing/fixtures';
import { ADMIN_ONLY, routeAccess, safeRedirect, SIGNED_IN, startPageFor } from './access';
import { createAppRouter } from './index';
import { RouteName } from './route-names';
import { routes } from './routes';

function allRoutes(
  records = routes,
): Array<{ name?: unknown; path: string; meta?: Record<string, unknown> }> {
  return records.flatMap((record) => [record, ...allRoutes(record.children ?? [])]);
}

function metaOf(name: RouteName) {
  const record = allRoutes().find((route) => route.name === name);
  if (!record) throw new Error(`no route ${name}`);
  return record.meta ?? {};
}

async function routerAt(path: string) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  return router;
}

describe('routeAccess', () => {
  it('lets everyone open a page that declares no viewer kinds', () => {
    for (const kind of VIEWER_KINDS) expect(routeAccess({}, kind)).toBe('allowed');
  });

  it('asks a visitor to sign in, and tells a signed-in viewer of another kind no', () => {
    const meta = { access: ADMIN_ONLY };
    expect(routeAccess(meta, 'ANONYMOUS')).toBe('sign-in');
    expect(routeAccess(meta, 'ENTERPRISE')).toBe('forbidden');
    expect(routeAccess(meta, 'PROCURER')).toBe('forbidden');
    expect(routeAccess(meta, 'ADMIN')).toBe('allowed');
  });

  it('declares who may open each page of this issue', () => {
    expect(metaOf(RouteName.AdminOrganizations).access).toEqual(['ADMIN']);
    expect(metaOf(RouteName.AdminAuditLog).access).toEqual(['ADMIN']);
    expect(metaOf(RouteName.Account).access).toEqual(SIGNED_IN);
    // Every kind of organisation has members, universities, institutes and parks too (#15).
    expect(metaOf(RouteName.OrganizationMembers).access).toEqual(['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK']);
    expect(metaOf(RouteName.OfferNew).access).toEqual(['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK']);
    expect(metaOf(RouteName.MyOffers).access).toEqual(['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK']);
    expect(metaOf(RouteName.AdminOffers).access).toEqual(['ADMIN']);
    expect(metaOf(RouteName.OfferSearch).access).toBeUndefined();
    expect(metaOf(RouteName.OfferDetail).access).toBeUndefined();
    expect(metaOf(RouteName.EnterpriseProfile).access).toEqual(['ENTERPRISE']);
    expect(metaOf(RouteName.ProcurerDemandNew).access).toEqual(['PROCURER']);
    for (const open of [
      RouteName.Home,
      RouteName.ResetPassword,
      RouteName.AcceptInvitation,
      RouteName.DemandHall,
    ]) {
      expect(metaOf(open).access, open).toBeUndefined();
    }
    for (const guest of [RouteName.SignIn, RouteName.Register, RouteName.ForgotPassword]) {
      expect(metaOf(guest).guestOnly, guest).toBe(true);
    }
  });
});

describe('safeRedirect', () => {
  it('follows paths inside the app, with their query', () => {
    expect(safeRedirect('/admin/organizations?status=ALL')).toBe('/admin/organizations?status=ALL');
    expect(safeRedirect(['/account', '/other'])).toBe('/account');
  });

  it.each([
    ['https://evil.example/'],
    ['//evil.example/x'],
    ['/\\evil.example'],
    ['javascript:alert(1)'],
    [''],
    [null],
  ])('drops %j', (value) => {
    expect(safeRedirect(value)).toBeNull();
  });
});

describe('the access guard', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    // jsdom has no scrolling; the router scrolls to the top on navigation.
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.resolve(jsonResponse(404, problem(404, 'NOT_FOUND')))),
    );
  });

  it('sends a visitor to sign in with the page to come back to', async () => {
    const router = await routerAt('/organization/members');
    expect(router.currentRoute.value.name).toBe(RouteName.SignIn);
    expect(router.currentRoute.value.query).toEqual({ redirect: '/organization/members' });
  });

  it('lets the right kind through and leaves a wrong kind on the address (the layout shows 403)', async () => {
    useSessionStore().startSession(sessionFor(adminUser));
    expect((await routerAt('/admin/organizations')).currentRoute.value.name).toBe(
      RouteName.AdminOrganizations,
    );

    useSessionStore().startSession(sessionFor(enterpriseUser));
    const router = await routerAt('/admin/organizations');
    expect(router.currentRoute.value.name).toBe(RouteName.AdminOrganizations);
    expect(routeAccess(router.currentRoute.value.meta, 'ENTERPRISE')).toBe('forbidden');
  });

  it('waits for the start-up restore before deciding on a protected page', async () => {
    localStorage.setItem(SESSION_HINT_KEY, '1');
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(200, sessionFor(enterpriseUser))));
    vi.stubGlobal('fetch', fetch);

    const router = await routerAt('/account');

    expect(fetch).toHaveBeenCalledOnce();
    expect(router.currentRoute.value.name).toBe(RouteName.Account);
    expect(useSessionStore().viewerKind).toBe('ENTERPRISE');
  });

  it('sends a signed-in viewer away from sign-in and registration: to the redirect, else their start page', async () => {
    useSessionStore().startSession(sessionFor(enterpriseUser));
    expect((await routerAt('/sign-in')).currentRoute.value.name).toBe(RouteName.EnterpriseMatches);
    expect((await routerAt('/register')).currentRoute.value.name).toBe(RouteName.EnterpriseMatches);
    expect((await routerAt('/sign-in?redirect=/organization/members')).currentRoute.value.fullPath).toBe(
      '/organization/members',
    );

    useSessionStore().startSession(sessionFor(adminUser));
    expect((await routerAt('/sign-in')).currentRoute.value.name).toBe(RouteName.AdminOrganizations);
  });

  it('keeps the old audit-log address working', async () => {
    useSessionStore().startSession(sessionFor(adminUser));
    expect((await routerAt('/admin/audit-log')).currentRoute.value.name).toBe(RouteName.AdminAuditLog);
  });

  it('starts each kind on its work page: administrators on the review queue, firms on their matches, procurers on their demands', () => {
    expect(startPageFor('ADMIN')).toEqual({ name: RouteName.AdminOrganizations });
    expect(startPageFor('ENTERPRISE')).toEqual({ name: RouteName.EnterpriseMatches });
    expect(startPageFor('PROCURER')).toEqual({ name: RouteName.ProcurerDemands });
    expect(startPageFor('INSTITUTE')).toEqual({ name: RouteName.MyOffers });
    expect(startPageFor('PARK')).toEqual({ name: RouteName.MyOffers });
  });
});
