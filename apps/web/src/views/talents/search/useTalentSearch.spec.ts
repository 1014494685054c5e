import type { TalentSearchResult } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import type { searchTalents as SearchTalents } from '../../../api/talents';
import { TALENT_PAGE_SIZE, useTalentSearch } from './useTalentSearch';

const result = (total: number, page = 1): TalentSearchResult => ({ items: [], total, page, pageSize: TALENT_PAGE_SIZE });

function start(searchTalents: typeof SearchTalents) {
  const scope = effectScope();
  return scope.run(() => useTalentSearch({ searchTalents, contactTalent: vi.fn() }))!;
}

describe('useTalentSearch', () => {
  it('asks for one page at a time, and a new search starts again on the first page', async () => {
    const searchTalents = vi.fn<typeof SearchTalents>(async (params) => result(45, params.page));
    const search = start(searchTalents);
    await search.setPage(3);
    expect(searchTalents).toHaveBeenLastCalledWith(expect.objectContaining({ page: 3, pageSize: TALENT_PAGE_SIZE }), expect.anything());
    expect(search.page.value).toBe(3);
    expect(search.total.value).toBe(45);

    search.query.q = '液压';
    await search.run();
    expect(searchTalents).toHaveBeenLastCalledWith(expect.objectContaining({ q: '液压', page: 1 }), expect.anything());
    expect(search.page.value).toBe(1);
  });
});
