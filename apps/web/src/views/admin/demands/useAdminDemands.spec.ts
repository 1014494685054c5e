import type { AdminDemandPage, AdminDemandRow, DemandView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import {
  type AdminDemandsDependencies,
  buildAdminDemandQuery,
  moderationsFor,
  useAdminDemands,
} from './useAdminDemands';

function row(id: string, patch: Partial<AdminDemandRow> = {}): AdminDemandRow {
  return {
    id,
    title: '应急桥梁液压阻尼器采购',
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    organizationId: '0b6f3c1e-2d4a-4f5b-8c6d-7e8f9a0b1c2d',
    organizationName: '某部队装备采购站',
    deadline: '2026-12-31',
    responseCount: 2,
    statusReason: null,
    publishedAt: '2026-03-01T08:00:00.000Z',
    closedAt: null,
    createdAt: '2026-03-01T08:00:00.000Z',
    ...patch,
  };
}

const D1 = '6f1e2d3c-4b5a-4968-8776-655443322110';
const D2 = '7a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

async function start(dependencies: AdminDemandsDependencies = {}) {
  let rows = [row(D1), row(D2, { status: 'DRAFT' })];
  const listAdminDemands = vi.fn(
    dependencies.listAdminDemands ??
      (() => Promise.resolve<AdminDemandPage>({ items: rows, total: rows.length, page: 1, pageSize: 20 })),
  );
  const moderateDemand = vi.fn(
    dependencies.moderateDemand ??
      ((id: string, action: 'close' | 'cancel') => {
        rows = rows.map((r) =>
          r.id === id ? { ...r, status: action === 'close' ? 'CLOSED' : 'CANCELLED' } : r,
        );
        return Promise.resolve({ id } as DemandView);
      }),
  );
  const scope = effectScope();
  const page = scope.run(() => useAdminDemands({ listAdminDemands, moderateDemand }))!;
  await page.load();
  return { ...page, listAdminDemands, moderateDemand };
}

describe('demand moderation', () => {
  it('sends only the filters that are set, the organisation name trimmed, and goes back to page 1', async () => {
    expect(buildAdminDemandQuery({ status: '', organization: '  ', page: 2, pageSize: 50 })).toEqual({
      page: 2,
      pageSize: 50,
    });
    const page = await start();
    await page.setPage(3);
    page.filters.status = 'PUBLISHED';
    page.filters.organization = ' 采购站 ';
    await page.applyFilters();
    expect(page.listAdminDemands).toHaveBeenLastCalledWith(
      { status: 'PUBLISHED', organization: '采购站', page: 1, pageSize: 20 },
      expect.any(AbortSignal),
    );
  });

  it('offers close and cancel for a published demand, cancel for a draft, nothing once ended', () => {
    expect(moderationsFor('PUBLISHED')).toEqual(['close', 'cancel']);
    expect(moderationsFor('DRAFT')).toEqual(['cancel']);
    expect(moderationsFor('CLOSED')).toEqual([]);
    expect(moderationsFor('AWARDED')).toEqual([]);
  });

  it('asks for a reason before closing, then closes and shows the list again', async () => {
    const page = await start();
    page.ask(page.result.value!.items[0]!, 'close');
    expect(await page.confirm()).toBe(false);
    expect(page.reasonError.value).not.toBeNull();
    expect(page.moderateDemand).not.toHaveBeenCalled();
    page.reason.value = ' 发布内容不符合平台规定 ';
    expect(await page.confirm()).toBe(true);
    expect(page.moderateDemand).toHaveBeenCalledWith(D1, 'close', '发布内容不符合平台规定');
    expect(page.lastDone.value?.action).toBe('close');
    expect(page.pending.value).toBeNull();
    expect(page.result.value!.items[0]!.status).toBe('CLOSED');
  });

  it('keeps the dialog open with the error when the demand changed meanwhile, and reloads the list', async () => {
    const page = await start({
      moderateDemand: () =>
        Promise.reject(
          new ApiProblem(
            problem(409, 'INVALID_STATUS_TRANSITION', { title: '当前状态的需求不能执行此操作' }),
          ),
        ),
    });
    const loads = page.listAdminDemands.mock.calls.length;
    page.ask(page.result.value!.items[1]!, 'cancel');
    page.reason.value = '测试数据清理';
    expect(await page.confirm()).toBe(false);
    expect(page.pending.value).not.toBeNull();
    expect(page.actionError.value).not.toBeNull();
    expect(page.listAdminDemands.mock.calls.length).toBe(loads + 1);
  });

  it('shows an error state when the list cannot be loaded', async () => {
    const page = await start({ listAdminDemands: () => Promise.reject(new Error('offline')) });
    expect(page.state.value).toBe('error');
    expect(page.loadError.value).not.toBeNull();
  });
});
