import { ENTERPRISE_SORTS } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { ApiProblem } from '../../api/http';
import { problem } from '../../testing/fixtures';
import {
  createSuggester,
  facetCounts,
  parseSearchRoute,
  type SearchFilters,
  toSearchRoute,
  useSearchPage,
} from './useSearchPage';

type Sort = (typeof ENTERPRISE_SORTS)[number];

afterEach(() => vi.useRealTimers());

describe('search address', () => {
  it('reads filters from the address, dropping unknown codes and malformed values', () => {
    const filters = parseSearchRoute(
      {
        q: '  复合材料 ',
        sectors: 'NEW_MATERIALS,MAGIC,EMERGENCY',
        regions: ['421202', '42120x'],
        qualifications: 'GJB9001C,SECRECY,GJB9001C',
        verifiedOnly: 'true',
        sort: 'name:asc',
        page: '3',
      },
      ENTERPRISE_SORTS,
    );
    expect(filters).toEqual({
      q: '复合材料',
      sectors: ['NEW_MATERIALS', 'EMERGENCY'],
      regions: ['421202'],
      qualifications: ['GJB9001C', 'SECRECY'],
      verifiedOnly: true,
      sort: 'name:asc',
      page: 3,
    });
    expect(parseSearchRoute({ sort: 'price', page: '-2' }, ENTERPRISE_SORTS)).toMatchObject({ sort: 'relevance', page: 1 });
    expect(parseSearchRoute({ page: '9999' }, ENTERPRISE_SORTS).page).toBe(500);
  });

  it('writes only what differs from the defaults, and reads it back the same', () => {
    const filters: SearchFilters<Sort> = {
      q: '发电机组',
      sectors: ['EMERGENCY'],
      regions: [],
      qualifications: ['SECRECY'],
      verifiedOnly: false,
      sort: 'relevance',
      page: 1,
    };
    const query = toSearchRoute(filters, 'relevance');
    expect(query).toEqual({ q: '发电机组', sectors: 'EMERGENCY', qualifications: 'SECRECY' });
    expect(parseSearchRoute(query as LocationQuery, ENTERPRISE_SORTS)).toEqual(filters);
  });

  it('lists facet values by count, keeping ticked ones the engine no longer counts', () => {
    expect(facetCounts({ EMERGENCY: 2, NEW_MATERIALS: 5, AI: 2 }, ['MARINE'])).toEqual([
      { value: 'NEW_MATERIALS', count: 5 },
      { value: 'AI', count: 2 },
      { value: 'EMERGENCY', count: 2 },
      { value: 'MARINE', count: 0 },
    ]);
    expect(facetCounts(undefined, [])).toEqual([]);
  });
});

describe('suggestions as the user types', () => {
  it('asks once typing pauses, and only for the last text', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn((q: string) => Promise.resolve([`${q}构件`, `${q}构件`, `${q}板材`]));
    const { suggest } = createSuggester(fetch, 250);
    const first = vi.fn();
    const last = vi.fn();
    suggest('复', first);
    await vi.advanceTimersByTimeAsync(100);
    suggest('复合', last);
    await vi.advanceTimersByTimeAsync(250);
    expect(fetch).toHaveBeenCalledOnce();
    expect(fetch).toHaveBeenCalledWith('复合', expect.any(AbortSignal));
    expect(first).not.toHaveBeenCalled();
    expect(last).toHaveBeenCalledWith([{ value: '复合构件' }, { value: '复合板材' }]);
  });

  it('answers nothing for blank text or a failure, and drops an overtaken answer', async () => {
    vi.useFakeTimers();
    let resolveFirst: (values: string[]) => void = () => undefined;
    const fetch = vi
      .fn<(q: string, signal: AbortSignal) => Promise<string[]>>()
      .mockImplementationOnce(() => new Promise((resolve) => (resolveFirst = resolve)))
      .mockImplementationOnce(() => Promise.reject(new Error('down')));
    const { suggest } = createSuggester(fetch, 10);
    const blank = vi.fn();
    suggest('   ', blank);
    expect(blank).toHaveBeenCalledWith([]);

    const overtaken = vi.fn();
    suggest('舟桥', overtaken);
    await vi.advanceTimersByTimeAsync(10);
    const failing = vi.fn();
    suggest('舟桥器材', failing);
    await vi.advanceTimersByTimeAsync(10);
    resolveFirst(['应急舟桥']);
    await vi.advanceTimersByTimeAsync(0);
    expect(overtaken).not.toHaveBeenCalled();
    expect(failing).toHaveBeenCalledWith([]);
  });

  it('sends at most 50 characters', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(() => Promise.resolve([]));
    createSuggester(fetch, 0).suggest('字'.repeat(80), () => undefined);
    await vi.advanceTimersByTimeAsync(0);
    expect(fetch).toHaveBeenCalledWith('字'.repeat(50), expect.any(AbortSignal));
  });
});

describe('search page', () => {
  function start(initial: LocationQuery = {}, search = vi.fn((_filters: SearchFilters<Sort>) => Promise.resolve({ total: 1 }))) {
    const query = ref<LocationQuery>(initial);
    const navigate = vi.fn((next: LocationQueryRaw) => {
      query.value = next as LocationQuery;
    });
    const scope = effectScope();
    const page = scope.run(() =>
      useSearchPage({
        sorts: ENTERPRISE_SORTS,
        routeQuery: () => query.value,
        navigate,
        search: (filters) => search(filters),
        suggestions: () => Promise.resolve([]),
      }),
    )!;
    return { ...page, navigate, search, query, scope };
  }

  it('searches what the address says, and again whenever it changes', async () => {
    const page = start({ q: '复合材料', page: '2' });
    await vi.waitFor(() => expect(page.state.value).toBe('ready'));
    expect(page.search).toHaveBeenCalledWith(expect.objectContaining({ q: '复合材料', page: 2 }));
    expect(page.draft.value).toBe('复合材料');

    page.toggleFacet('sectors', 'NEW_MATERIALS', true);
    expect(page.navigate).toHaveBeenLastCalledWith({ q: '复合材料', sectors: 'NEW_MATERIALS' });
    await nextTick();
    await vi.waitFor(() => expect(page.search).toHaveBeenCalledTimes(2));
    expect(page.hasFilters.value).toBe(true);

    page.toggleFacet('sectors', 'NEW_MATERIALS', false);
    expect(page.navigate).toHaveBeenLastCalledWith({ q: '复合材料' });
    page.scope.stop();
  });

  it('starts from the first page on a new query, sort or switch, and pages within the API’s limit', () => {
    const page = start({ q: 'a', page: '4' });
    page.submit('  液压阻尼器 ');
    expect(page.navigate).toHaveBeenLastCalledWith({ q: '液压阻尼器' });
    page.setSort('updatedAt:desc');
    expect(page.navigate).toHaveBeenLastCalledWith({ q: '液压阻尼器', sort: 'updatedAt:desc' });
    page.setVerifiedOnly(true);
    expect(page.navigate).toHaveBeenLastCalledWith({ q: '液压阻尼器', sort: 'updatedAt:desc', verifiedOnly: 'true' });
    page.setPage(900);
    expect(page.navigate).toHaveBeenLastCalledWith(expect.objectContaining({ page: '500' }));
    page.clearFilters();
    expect(page.navigate).toHaveBeenLastCalledWith({ q: '液压阻尼器', sort: 'updatedAt:desc' });
    page.scope.stop();
  });

  it('searches again when the same query is submitted', async () => {
    const page = start({ q: '冷链' });
    await vi.waitFor(() => expect(page.search).toHaveBeenCalledOnce());
    page.submit('冷链');
    expect(page.navigate).not.toHaveBeenCalled();
    expect(page.search).toHaveBeenCalledTimes(2);
    page.scope.stop();
  });

  it('says why a search failed', async () => {
    const page = start({}, vi.fn(() => Promise.reject(new ApiProblem(problem(503, 'SEARCH_UNAVAILABLE', { title: '搜索服务暂时不可用，请稍后再试' })))));
    await vi.waitFor(() => expect(page.state.value).toBe('error'));
    expect(page.loadError.value).toEqual({ kind: 'plain', text: '搜索服务暂时不可用，请稍后再试' });
    page.scope.stop();
  });
});

describe('leaving a search page', () => {
  it('does not search the query of the next page', async () => {
    const query = ref<LocationQuery>({ q: '冷链' });
    const active = ref(true);
    const search = vi.fn(() => Promise.resolve({}));
    const scope = effectScope();
    scope.run(() =>
      useSearchPage({
        sorts: ENTERPRISE_SORTS,
        routeQuery: () => query.value,
        navigate: () => undefined,
        search,
        suggestions: () => Promise.resolve([]),
        active: () => active.value,
      }),
    );
    await vi.waitFor(() => expect(search).toHaveBeenCalledOnce());
    active.value = false;
    query.value = { tab: 'x' };
    await nextTick();
    expect(search).toHaveBeenCalledOnce();
    scope.stop();
  });
});
