import { DEMAND_SORTS, type DemandSearchResult } from '@mcf/contracts';
import { useRoute, useRouter } from 'vue-router';
import { getSuggestions, searchDemands } from '../../../api/search';
import { SEARCH_PAGE_SIZE, useSearchPage } from '../useSearchPage';

/** 需求大厅: open demands the viewer may see (the API applies visibility). */
export function useDemandSearch(
  dependencies: { searchDemands?: typeof searchDemands; getSuggestions?: typeof getSuggestions } = {},
) {
  const search$ = dependencies.searchDemands ?? searchDemands;
  const suggest$ = dependencies.getSuggestions ?? getSuggestions;
  const route = useRoute();
  const router = useRouter();
  const page = route.name;
  return useSearchPage<(typeof DEMAND_SORTS)[number], DemandSearchResult>({
    sorts: DEMAND_SORTS,
    routeQuery: () => route.query,
    navigate: (query) => void router.push({ query }),
    active: () => route.name === page,
    // The demand search has no verified-only switch.
    search: (filters, signal) => {
      const { verifiedOnly: _unused, ...rest } = filters;
      return search$({ ...rest, pageSize: SEARCH_PAGE_SIZE }, signal);
    },
    suggestions: async (q, signal) => (await suggest$(q, 'demands', signal)).suggestions,
  });
}
