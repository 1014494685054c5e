import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, type RouteRecordRaw } from 'vue-router';
import { routeAccess } from '../../router/access';
import { createAppRouter } from '../../router';
import { RouteName } from '../../router/route-names';
import { PLANNED_PAGES, routes } from '../../router/routes';
import { useSessionStore } from '../../stores/session';
import { adminUser, jsonResponse, problem, sessionFor } from '../../testing/fixtures';

function allRoutes(records: RouteRecordRaw[] = routes): RouteRecordRaw[] {
  return records.flatMap((record) => [record, ...allRoutes(record.children ?? [])]);
}

const record = (name: RouteName) => allRoutes().find((entry) => entry.name === name);

describe('routes of the demand, match, search and job pages', () => {
  beforeEach(() => {
    localStorage.clear();
    setActivePinia(createPinia());
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    vi.stubGlobal('fetch', vi.fn(() => Promise.resolve(jsonResponse(404, problem(404, 'NOT_FOUND')))));
  });

  it('opens each page to the right viewers', () => {
    const cases: Array<[RouteName, string, 'ENTERPRISE' | 'PROCURER' | 'ADMIN' | null]> = [
      [RouteName.SupplierSearch, '/search/enterprises', null],
      [RouteName.DemandHall, '/search/demands', null],
      [RouteName.DemandDetail, '/demands/:id', null],
      [RouteName.ProcurerDemands, '/procurer/demands', 'PROCURER'],
      [RouteName.ProcurerDemandNew, '/procurer/demands/new', 'PROCURER'],
      [RouteName.ProcurerDemandEdit, '/procurer/demands/:id/edit', 'PROCURER'],
      [RouteName.EnterpriseMatches, '/enterprise/matches', 'ENTERPRISE'],
      [RouteName.AdminJobs, '/admin/jobs', 'ADMIN'],
    ];
    for (const [name, path, only] of cases) {
      const entry = record(name);
      expect(entry, name).toBeDefined();
      expect(`/${entry!.path}`, name).toBe(path);
      // Every page is its own lazily loaded chunk, out of the entry.
      expect(typeof entry!.component, name).toBe('function');
      expect(entry!.meta?.access, name).toEqual(only ? [only] : undefined);
      if (only) expect(routeAccess(entry!.meta ?? {}, 'ANONYMOUS'), name).toBe('sign-in');
    }
  });

  it('leaves none of them on the "coming soon" list', () => {
    const planned = PLANNED_PAGES.map((page) => page.name);
    for (const name of [RouteName.SupplierSearch, RouteName.DemandHall, RouteName.EnterpriseMatches, RouteName.ProcurerDemands, RouteName.ProcurerDemandNew]) {
      expect(planned).not.toContain(name);
    }
  });

  it('sends the old addresses of the directory and the demand hall to the search pages, query and all', async () => {
    const router = createAppRouter(createMemoryHistory());
    await router.push('/suppliers?q=复合材料');
    expect(router.currentRoute.value.name).toBe(RouteName.SupplierSearch);
    expect(router.currentRoute.value.query).toEqual({ q: '复合材料' });
    await router.push('/demands');
    expect(router.currentRoute.value.name).toBe(RouteName.DemandHall);
  });

  it('lets an administrator open the job page', async () => {
    useSessionStore().startSession(sessionFor(adminUser));
    const router = createAppRouter(createMemoryHistory());
    await router.push('/admin/jobs');
    expect(router.currentRoute.value.name).toBe(RouteName.AdminJobs);
  });
});
