import type { OrganizationAdminPage, OrganizationAdminView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { organizationView, problem } from '../../../testing/fixtures';
import {
  actionsFor,
  buildOrganizationQuery,
  DEFAULT_ORGANIZATION_FILTERS,
  type AdminOrganizationsDependencies,
  filtersFromRouteQuery,
  filtersToRouteQuery,
  useAdminOrganizations,
} from './useAdminOrganizations';

const pending = organizationView({ id: '11111111-1111-4111-8111-111111111111', name: '咸宁甲公司' });
const verified = organizationView({
  id: '22222222-2222-4222-8222-222222222222',
  name: '咸宁乙公司',
  status: 'VERIFIED',
});

function pageOf(...items: OrganizationAdminView[]): OrganizationAdminPage {
  return { items, total: items.length, page: 1, pageSize: 20, next: null };
}

async function start(dependencies: AdminOrganizationsDependencies = {}) {
  const listOrganizations = vi.fn(
    dependencies.listOrganizations ?? (() => Promise.resolve(pageOf(pending, verified))),
  );
  const changeOrganizationStatus = vi.fn(
    dependencies.changeOrganizationStatus ??
      ((id: string) => Promise.resolve(organizationView({ id, status: 'VERIFIED' }))),
  );
  const onFiltersApplied = vi.fn();
  const scope = effectScope();
  const page = scope.run(() =>
    useAdminOrganizations({ ...dependencies, listOrganizations, changeOrganizationStatus, onFiltersApplied }),
  )!;
  await vi.waitFor(() => expect(page.state.value).not.toBe('loading'));
  return { ...page, listOrganizations, changeOrganizationStatus, onFiltersApplied, scope };
}

describe('organisation list query', () => {
  it('sends only the filters that are set, the search trimmed, with paging and sort', () => {
    expect(buildOrganizationQuery({ ...DEFAULT_ORGANIZATION_FILTERS, status: '', q: '   ' })).toEqual({
      page: 1,
      pageSize: 20,
      sort: '-createdAt',
    });
    expect(
      buildOrganizationQuery({
        status: 'SUSPENDED',
        kind: 'PROCURER',
        q: '  总体单位 ',
        sort: 'name',
        page: 3,
        pageSize: 50,
      }),
    ).toEqual({ status: 'SUSPENDED', kind: 'PROCURER', q: '总体单位', sort: 'name', page: 3, pageSize: 50 });
  });

  it('starts on the queue awaiting review', () => {
    expect(buildOrganizationQuery(DEFAULT_ORGANIZATION_FILTERS)).toMatchObject({
      status: 'PENDING_VERIFICATION',
    });
  });

  it('reads the filters from the address and writes back only what differs from the defaults', () => {
    const filters = filtersFromRouteQuery({
      status: 'ALL',
      kind: 'ENTERPRISE',
      q: '新材料',
      sort: 'name',
      page: '2',
      pageSize: '50',
    });
    expect(filters).toEqual({
      status: '',
      kind: 'ENTERPRISE',
      q: '新材料',
      sort: 'name',
      page: 2,
      pageSize: 50,
    });
    expect(filtersToRouteQuery(filters)).toEqual({
      status: 'ALL',
      kind: 'ENTERPRISE',
      q: '新材料',
      sort: 'name',
      page: '2',
      pageSize: '50',
    });
    expect(filtersToRouteQuery(DEFAULT_ORGANIZATION_FILTERS)).toEqual({});
  });

  it('ignores values in the address it does not know', () => {
    expect(
      filtersFromRouteQuery({ status: 'DELETED', kind: 'ARMY', sort: 'id', page: '-1', pageSize: '1000' }),
    ).toEqual(DEFAULT_ORGANIZATION_FILTERS);
  });
});

describe('actionsFor', () => {
  it('offers what the domain transitions allow', () => {
    expect(actionsFor('PENDING_VERIFICATION')).toEqual(['verify', 'reject']);
    expect(actionsFor('VERIFIED')).toEqual(['suspend']);
    expect(actionsFor('SUSPENDED')).toEqual(['reinstate']);
    expect(actionsFor('REJECTED')).toEqual(['verify']);
  });
});

describe('useAdminOrganizations', () => {
  it('loads the first page and keeps the address in step', async () => {
    const page = await start();
    expect(page.listOrganizations).toHaveBeenCalledWith(
      { status: 'PENDING_VERIFICATION', sort: '-createdAt', page: 1, pageSize: 20 },
      expect.any(AbortSignal),
    );
    expect(page.result.value?.items).toHaveLength(2);
    expect(page.onFiltersApplied).toHaveBeenCalledWith(DEFAULT_ORGANIZATION_FILTERS);
    page.scope.stop();
  });

  it('goes back to the first page when a filter changes, and keeps it for paging', async () => {
    const page = await start();
    await page.setPage(3);
    expect(page.listOrganizations).toHaveBeenLastCalledWith(
      expect.objectContaining({ page: 3 }),
      expect.any(AbortSignal),
    );

    page.filters.kind = 'PROCURER';
    page.filters.q = ' 演示 ';
    await page.applyFilters();
    expect(page.listOrganizations).toHaveBeenLastCalledWith(
      {
        status: 'PENDING_VERIFICATION',
        kind: 'PROCURER',
        q: '演示',
        sort: '-createdAt',
        page: 1,
        pageSize: 20,
      },
      expect.any(AbortSignal),
    );

    await page.setPageSize(50);
    expect(page.listOrganizations).toHaveBeenLastCalledWith(
      expect.objectContaining({ page: 1, pageSize: 50 }),
      expect.any(AbortSignal),
    );
    page.scope.stop();
  });

  it('shows the problem when the list cannot be loaded', async () => {
    const page = await start({
      listOrganizations: () =>
        Promise.reject(new ApiProblem(problem(403, 'FORBIDDEN', { title: '无权执行此操作' }))),
    });
    expect(page.state.value).toBe('error');
    expect(page.loadError.value).toEqual({ kind: 'plain', text: '无权执行此操作' });
    page.scope.stop();
  });

  it('verifies after confirmation, without a reason, then loads the list again', async () => {
    const page = await start();
    page.ask(pending, 'verify');
    expect(page.pending.value).toEqual({ organization: pending, action: 'verify' });
    expect(page.changeOrganizationStatus).not.toHaveBeenCalled();

    await expect(page.confirm()).resolves.toBe(true);

    expect(page.changeOrganizationStatus).toHaveBeenCalledWith(pending.id, 'verify', undefined);
    expect(page.listOrganizations).toHaveBeenCalledTimes(2);
    expect(page.pending.value).toBeNull();
    expect(page.lastDone.value).toEqual({ organization: pending, action: 'verify' });
    page.scope.stop();
  });

  it('asks for a reason to reject, suspend or reinstate, checked with the contracts schema', async () => {
    const page = await start();
    page.ask(pending, 'reject');
    page.reason.value = ' ';

    await expect(page.confirm()).resolves.toBe(false);
    expect(page.reasonError.value).toEqual({
      kind: 'bilingual',
      zh: '请填写原因（2至500个字）',
      en: 'a reason of 2–500 characters is required',
    });
    expect(page.changeOrganizationStatus).not.toHaveBeenCalled();

    page.reason.value = '  营业执照与统一社会信用代码不一致 ';
    await expect(page.confirm()).resolves.toBe(true);
    expect(page.changeOrganizationStatus).toHaveBeenCalledWith(pending.id, 'reject', {
      reason: '营业执照与统一社会信用代码不一致',
    });
    expect(page.listOrganizations).toHaveBeenCalledTimes(2);
    page.scope.stop();
  });

  it('keeps the dialog open with the problem on a 409 and shows the list as it now is', async () => {
    const conflict = new ApiProblem(
      problem(409, 'INVALID_STATUS_TRANSITION', { title: '当前状态（VERIFIED）不允许该操作' }),
    );
    const page = await start({ changeOrganizationStatus: () => Promise.reject(conflict) });
    page.ask(pending, 'verify');

    await expect(page.confirm()).resolves.toBe(false);

    expect(page.pending.value).not.toBeNull();
    expect(page.actionError.value).toEqual({ kind: 'plain', text: '当前状态（VERIFIED）不允许该操作' });
    await vi.waitFor(() => expect(page.listOrganizations).toHaveBeenCalledTimes(2));
    page.scope.stop();
  });

  it('does nothing on cancel', async () => {
    const page = await start();
    page.ask(verified, 'suspend');
    page.cancel();
    expect(page.pending.value).toBeNull();
    expect(page.changeOrganizationStatus).not.toHaveBeenCalled();
    page.scope.stop();
  });
});
