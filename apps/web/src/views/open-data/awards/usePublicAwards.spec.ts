import type { PublicAwardPage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { NetworkError } from '../../../api/http';
import { type PublicAwardsDependencies, usePublicAwards } from './usePublicAwards';

const award = (n: number) => ({
  demandId: `4444444${n}-4444-4444-8444-444444444444`,
  title: `复合材料天线罩采购 ${n}`,
  buyer: '某部队装备采购站',
  supplier: { id: '22222222-2222-4222-8222-222222222222', name: '咸宁甲复合材料有限公司' },
  awardedAt: '2026-03-01T09:00:00.000Z',
});

function start(getPublicAwards: PublicAwardsDependencies['getPublicAwards'], extra: PublicAwardsDependencies = {}) {
  const spy = vi.fn(getPublicAwards);
  const scope = effectScope();
  return { ...scope.run(() => usePublicAwards({ getPublicAwards: spy, ...extra }))!, getPublicAwards: spy };
}

describe('中标公示', () => {
  it('loads the awards a page at a time', async () => {
    const page = start((): Promise<PublicAwardPage> => Promise.resolve({ items: [award(1), award(2)], total: 42, page: 1, pageSize: 20 }));
    await page.load();
    expect(page.state.value).toBe('ready');
    expect(page.items.value.map((a) => a.title)).toEqual(['复合材料天线罩采购 1', '复合材料天线罩采购 2']);
    expect(page.getPublicAwards).toHaveBeenCalledWith({ page: 1, pageSize: 20 }, expect.any(AbortSignal));
    await page.setPage(3);
    expect(page.getPublicAwards).toHaveBeenLastCalledWith({ page: 3, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('is empty without awards, and says when the platform cannot be reached', async () => {
    const empty = start(() => Promise.resolve({ items: [], total: 0, page: 1, pageSize: 20 }));
    await empty.load();
    expect(empty.state.value).toBe('ready');
    expect(empty.items.value).toEqual([]);

    const offline = start(() => Promise.reject(new NetworkError('no answer')));
    await offline.load();
    expect(offline.state.value).toBe('error');
    expect(offline.error.value).toEqual({ kind: 'key', key: 'errors.network' });
  });

  it('links the OCDS release package on the API', () => {
    expect(start(() => Promise.reject(new Error('unused'))).ocdsUrl.value).toBe('/api/v1/open-data/ocds/releases?page=1&pageSize=100');
    expect(start(() => Promise.reject(new Error('unused')), { apiBaseUrl: 'https://api.example.cn/' }).ocdsUrl.value).toBe(
      'https://api.example.cn/api/v1/open-data/ocds/releases?page=1&pageSize=100',
    );
  });
});
