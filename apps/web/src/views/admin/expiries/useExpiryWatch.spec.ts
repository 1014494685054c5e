import type { ExpiringQualification, ExpiringQualificationPage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { problem } from '../../../testing/fixtures';
import { ApiProblem } from '../../../api/http';
import { buildExpiryQuery, DEFAULT_EXPIRY_FILTERS, type ExpiryWatchDependencies, urgencyOf, useExpiryWatch } from './useExpiryWatch';

function certificate(id: string, patch: Partial<ExpiringQualification> = {}): ExpiringQualification {
  return {
    id,
    organizationId: '5f0c6c0e-2a7b-4c1d-9d2e-0a1b2c3d4e5f',
    organizationName: '咸宁某复合材料有限公司',
    regionCode: '421202',
    type: 'GJB9001C',
    name: '武器装备质量管理体系认证',
    level: null,
    certificateNo: `NO-${id}`,
    expiresAt: '2026-12-30',
    daysLeft: 24,
    window: 30,
    remindedAt: null,
    ...patch,
  };
}
const pageOf = (...items: ExpiringQualification[]): ExpiringQualificationPage => ({ items, total: items.length, page: 1, pageSize: 20 });

async function start(dependencies: ExpiryWatchDependencies = {}) {
  let rows = [certificate('a'), certificate('b'), certificate('c', { remindedAt: '2026-12-01T02:00:00.000Z' })];
  const listExpiringQualifications = vi.fn(dependencies.listExpiringQualifications ?? (() => Promise.resolve(pageOf(...rows))));
  const remindExpiringOwners = vi.fn(
    dependencies.remindExpiringOwners ??
      ((ids: string[]) => {
        rows = rows.map((row) => (ids.includes(row.id) ? { ...row, remindedAt: '2026-12-06T02:00:00.000Z' } : row));
        return Promise.resolve({ reminded: ids, skipped: [] });
      }),
  );
  const scope = effectScope();
  const watch = scope.run(() => useExpiryWatch({ listExpiringQualifications, remindExpiringOwners }))!;
  await watch.load();
  return { ...watch, listExpiringQualifications, remindExpiringOwners };
}

describe('expiry watch query', () => {
  it('asks for 30 days by default and sends only the filters set', () => {
    expect(buildExpiryQuery(DEFAULT_EXPIRY_FILTERS)).toEqual({ within: '30', page: 1, pageSize: 20 });
    expect(buildExpiryQuery({ ...DEFAULT_EXPIRY_FILTERS, within: 90, type: 'SECRECY', region: '421200' })).toEqual({
      within: '90',
      type: 'SECRECY',
      region: '421200',
      page: 1,
      pageSize: 20,
    });
  });

  it('marks a week or less as urgent, a month as a warning', () => {
    expect([0, 7, 8, 30, 31, 90].map(urgencyOf)).toEqual(['danger', 'danger', 'warning', 'warning', 'info', 'info']);
  });
});

describe('useExpiryWatch', () => {
  it('changes the window from the first page', async () => {
    const watch = await start();
    await watch.setPage(2);
    await watch.setWindow(60);
    expect(watch.listExpiringQualifications).toHaveBeenLastCalledWith({ within: '60', page: 1, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('reminds one owner only after confirming, and shows the list with the reminder', async () => {
    const watch = await start();
    watch.askOne(watch.items.value[0]!);
    expect(watch.remindExpiringOwners).not.toHaveBeenCalled();
    expect(await watch.confirm()).toBe(true);
    expect(watch.remindExpiringOwners).toHaveBeenCalledWith(['a']);
    expect(watch.lastResult.value).toEqual({ reminded: ['a'], skipped: [] });
    expect(watch.items.value[0]!.remindedAt).not.toBeNull();
    expect(watch.pending.value).toBeNull();
  });

  it('reminds the selection at once; those already reminded cannot be selected', async () => {
    const watch = await start();
    expect(watch.items.value.map(watch.selectable)).toEqual([true, true, false]);
    watch.askSelected();
    expect(watch.pending.value).toBeNull(); // nothing selected: nothing to ask
    watch.selected.value = ['a', 'b'];
    watch.askSelected();
    expect(watch.pending.value?.items.map((item) => item.id)).toEqual(['a', 'b']);
    await watch.confirm();
    expect(watch.remindExpiringOwners).toHaveBeenCalledWith(['a', 'b']);
    expect(watch.selected.value).toEqual([]);
  });

  it('keeps a refused reminder in the dialog with the error', async () => {
    const watch = await start({ remindExpiringOwners: () => Promise.reject(new ApiProblem(problem(403, 'FORBIDDEN', { title: '无权操作' }))) });
    watch.askOne(watch.items.value[0]!);
    expect(await watch.confirm()).toBe(false);
    expect(watch.pending.value?.items).toHaveLength(1);
    expect(watch.actionError.value).toEqual({ kind: 'plain', text: '无权操作' });
  });

  it('shows an error state when the list cannot be loaded', async () => {
    const watch = await start({ listExpiringQualifications: () => Promise.reject(new ApiProblem(problem(500, 'INTERNAL', { title: '服务暂时不可用' }))) });
    expect(watch.state.value).toBe('error');
    expect(watch.loadError.value).toEqual({ kind: 'plain', text: '服务暂时不可用' });
  });
});
