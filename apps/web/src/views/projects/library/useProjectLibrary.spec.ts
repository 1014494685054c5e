import type { ProjectPage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { useProjectLibrary } from './useProjectLibrary';

const page = (names: string[], total = names.length): ProjectPage => ({
  items: names.map((name, index) => ({
    id: `00000000-0000-4000-8000-00000000000${index}`,
    name,
    ownerName: null,
    ownerOrganizationId: null,
    regionCode: '421281',
    sectors: ['EMERGENCY'],
    investmentTotal: null,
    investmentCompleted: 0,
    stage: 'PLANNING',
    programme: 'ZL8',
    isDemo: true,
    updatedAt: '2026-12-06T00:00:00.000Z',
  })),
  total,
  page: 1,
  pageSize: 20,
});

function start(list: NonNullable<Parameters<typeof useProjectLibrary>[0]>['list']) {
  const scope = effectScope();
  return scope.run(() => useProjectLibrary({ list }))!;
}

describe('useProjectLibrary', () => {
  it('sends only the filters that are set, and goes back to page 1 when they change', async () => {
    const list = vi.fn().mockResolvedValue(page(['赤壁市应急救援装备生产功能区项目']));
    const library = start(list);
    await library.setPage(3);
    expect(list).toHaveBeenLastCalledWith({ page: 3, pageSize: 20 }, expect.any(AbortSignal));
    library.filters.programme = 'ZL8';
    library.filters.q = '  赤壁 ';
    await library.applyFilters();
    expect(list).toHaveBeenLastCalledWith({ page: 1, pageSize: 20, programme: 'ZL8', q: '赤壁' }, expect.any(AbortSignal));
    expect(library.items.value.map((p) => p.name)).toEqual(['赤壁市应急救援装备生产功能区项目']);
    expect(library.filtered.value).toBe(true);
    await library.resetFilters();
    expect(library.filtered.value).toBe(false);
  });

  it('keeps only the newest answer when requests overlap', async () => {
    let resolveFirst: (value: ProjectPage) => void = () => undefined;
    const list = vi
      .fn()
      .mockImplementationOnce(() => new Promise<ProjectPage>((resolve) => (resolveFirst = resolve)))
      .mockResolvedValueOnce(page(['新']));
    const library = start(list);
    const first = library.load();
    await library.load();
    resolveFirst(page(['旧']));
    await first;
    expect(library.items.value.map((p) => p.name)).toEqual(['新']);
  });

  it('shows an error it can retry', async () => {
    const list = vi.fn().mockRejectedValueOnce(new ApiProblem({ type: 'about:blank', title: '服务暂不可用', status: 503, code: 'UNAVAILABLE' })).mockResolvedValueOnce(page([]));
    const library = start(list);
    await library.load();
    expect(library.state.value).toBe('error');
    await library.load();
    expect(library.state.value).toBe('ready');
    expect(library.items.value).toEqual([]);
  });
});
