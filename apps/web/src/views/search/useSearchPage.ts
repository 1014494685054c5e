import { isRegionCodeFormat, QUALIFICATION_TYPE_CODES, type QualificationTypeCode, SECTOR_CODES, type SectorCode } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { errorSummary } from '../../composables/useFormErrors';
import type { LocalisedText } from '../../composables/useLocalisedText';

/** The API serves pages 1–500 of at most 50 hits. */
export const SEARCH_PAGE_SIZE = 20;
export const SEARCH_MAX_PAGE = 500;
export const SUGGEST_DELAY_MS = 250;
export const SUGGEST_MAX_LENGTH = 50;

export type SearchFacetName = 'sectors' | 'regions' | 'qualifications';

/** What a search page shows, as kept in its address (`?q=&sectors=A,B&page=2`). */
export interface SearchFilters<Sort extends string> {
  q: string;
  sectors: SectorCode[];
  regions: string[];
  qualifications: QualificationTypeCode[];
  verifiedOnly: boolean;
  sort: Sort;
  page: number;
}

function first(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

function listOf<T extends string>(value: LocationQuery[string] | undefined, accept: (item: string) => item is T): T[] {
  const raw = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
  const items = raw.flatMap((item) => item.split(',')).map((item) => item.trim());
  return [...new Set(items.filter(accept))];
}

const isSector = (value: string): value is SectorCode => (SECTOR_CODES as readonly string[]).includes(value);
const isQualification = (value: string): value is QualificationTypeCode =>
  (QUALIFICATION_TYPE_CODES as readonly string[]).includes(value);
const isRegion = (value: string): value is string => isRegionCodeFormat(value);

/** The filters of an address; anything unknown or malformed is left out rather than sent. */
export function parseSearchRoute<Sort extends string>(query: LocationQuery, sorts: readonly Sort[]): SearchFilters<Sort> {
  const sort = first(query.sort);
  const page = Number(first(query.page));
  return {
    q: first(query.q).trim().slice(0, 200),
    sectors: listOf(query.sectors, isSector),
    regions: listOf(query.regions, isRegion),
    qualifications: listOf(query.qualifications, isQualification),
    verifiedOnly: first(query.verifiedOnly) === 'true',
    sort: (sorts as readonly string[]).includes(sort) ? (sort as Sort) : sorts[0]!,
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, SEARCH_MAX_PAGE) : 1,
  };
}

/** The address of some filters: only what differs from the defaults. */
export function toSearchRoute<Sort extends string>(filters: SearchFilters<Sort>, defaultSort: Sort): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (filters.q.trim()) query.q = filters.q.trim();
  if (filters.sectors.length) query.sectors = filters.sectors.join(',');
  if (filters.regions.length) query.regions = filters.regions.join(',');
  if (filters.qualifications.length) query.qualifications = filters.qualifications.join(',');
  if (filters.verifiedOnly) query.verifiedOnly = 'true';
  if (filters.sort !== defaultSort) query.sort = filters.sort;
  if (filters.page > 1) query.page = String(filters.page);
  return query;
}

export interface FacetCount {
  value: string;
  count: number;
}

/** A facet's values by count (most first); ticked values stay listed even when the engine counts none. */
export function facetCounts(counts: Record<string, number> | undefined, selected: readonly string[]): FacetCount[] {
  const entries = Object.entries(counts ?? {}).map(([value, count]) => ({ value, count }));
  for (const value of selected) if (!entries.some((entry) => entry.value === value)) entries.push({ value, count: 0 });
  return entries.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

export interface Suggestion {
  value: string;
}

/**
 * Suggestions as the user types, for el-autocomplete: waits until typing pauses, asks once, drops the
 * answers of questions that were overtaken, and answers nothing (rather than an error) when it fails.
 */
export function createSuggester(
  fetchSuggestions: (q: string, signal: AbortSignal) => Promise<string[]>,
  delayMs = SUGGEST_DELAY_MS,
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let controller: AbortController | null = null;

  function cancel(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    controller?.abort();
    controller = null;
  }

  function suggest(input: string, callback: (suggestions: Suggestion[]) => void): void {
    cancel();
    const q = input.trim().slice(0, SUGGEST_MAX_LENGTH);
    if (q === '') {
      callback([]);
      return;
    }
    timer = setTimeout(() => {
      timer = null;
      const current = new AbortController();
      controller = current;
      fetchSuggestions(q, current.signal)
        .then((values) => {
          if (!current.signal.aborted) callback([...new Set(values)].map((value) => ({ value })));
        })
        .catch(() => {
          if (!current.signal.aborted) callback([]);
        });
    }, delayMs);
  }

  return { suggest, cancel };
}

export interface SearchPageOptions<Sort extends string, Result> {
  sorts: readonly Sort[];
  /** The current address query (the route's). */
  routeQuery: () => LocationQuery;
  /** Goes to the address of new filters (a router push). */
  navigate: (query: LocationQueryRaw) => void;
  search: (filters: SearchFilters<Sort>, signal: AbortSignal) => Promise<Result>;
  suggestions: (q: string, signal: AbortSignal) => Promise<string[]>;
  suggestDelayMs?: number;
  /** False once the address is another page's (leaving): its query is then not searched. */
  active?: () => boolean;
}

/**
 * A search page: its filters live in the address (shareable, back and forward work), every change of the
 * address searches again (the previous request is cancelled), and the search box suggests as one types.
 */
export function useSearchPage<Sort extends string, Result>(options: SearchPageOptions<Sort, Result>) {
  const defaultSort = options.sorts[0]!;
  const filters = computed(() => parseSearchRoute(options.routeQuery(), options.sorts));
  /** What is typed in the box; the search runs on submit. */
  const draft = ref(filters.value.q);
  const result = shallowRef<Result | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  const suggester = createSuggester(options.suggestions, options.suggestDelayMs);
  onScopeDispose(() => {
    controller?.abort();
    suggester.cancel();
  });

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const next = await options.search(filters.value, current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  watch(
    () => JSON.stringify(filters.value),
    () => {
      if (options.active && !options.active()) return;
      draft.value = filters.value.q;
      void load();
    },
    { immediate: true },
  );

  function go(patch: Partial<SearchFilters<Sort>>): void {
    // Any change but paging starts from the first page again.
    const next = { ...filters.value, page: 1, ...patch };
    options.navigate(toSearchRoute(next, defaultSort));
  }

  function submit(q: string = draft.value): void {
    suggester.cancel();
    draft.value = q;
    if (q.trim() === filters.value.q && filters.value.page === 1) void load();
    else go({ q: q.trim() });
  }

  function toggleFacet(facet: SearchFacetName, value: string, on: boolean): void {
    const current = filters.value[facet] as string[];
    const next = on ? [...new Set([...current, value])] : current.filter((entry) => entry !== value);
    go({ [facet]: next } as Partial<SearchFilters<Sort>>);
  }

  /** How many filters are on: the phone's 筛选 button says so while the drawer is closed. */
  const activeFilterCount = computed(
    () =>
      filters.value.sectors.length +
      filters.value.regions.length +
      filters.value.qualifications.length +
      (filters.value.verifiedOnly ? 1 : 0),
  );
  const hasFilters = computed(() => activeFilterCount.value > 0);

  return {
    filters,
    draft,
    result,
    state,
    loadError,
    load,
    submit,
    toggleFacet,
    setVerifiedOnly: (verifiedOnly: boolean) => go({ verifiedOnly }),
    setSort: (sort: Sort) => go({ sort }),
    setPage: (page: number) => go({ page: Math.min(Math.max(1, page), SEARCH_MAX_PAGE) }),
    clearFilters: () => go({ sectors: [], regions: [], qualifications: [], verifiedOnly: false }),
    hasFilters,
    activeFilterCount,
    suggest: suggester.suggest,
  };
}
