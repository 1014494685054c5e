import { ENTERPRISE_SORTS, type EnterpriseSearchResult } from '@mcf/contracts';
import { useRoute, useRouter } from 'vue-router';
import { getSuggestions, searchEnterprises } from '../../../api/search';
import { SEARCH_PAGE_SIZE, useSearchPage } from '../useSearchPage';

/** 供应商搜索: published supplier profiles, open to visitors too. */
export function useEnterpriseSearch(
  dependencies: { searchEnterprises?: typeof searchEnterprises; getSuggestions?: typeof getSuggestions } = {},
) {
  const search$ = dependencies.searchEnterprises ?? searchEnterprises;
  const suggest$ = dependencies.getSuggestions ?? getSuggestions;
  const route = useRoute();
  const router = useRouter();
  const page = route.name;
  return useSearchPage<(typeof ENTERPRISE_SORTS)[number], EnterpriseSearchResult>({
    sorts: ENTERPRISE_SORTS,
    routeQuery: () => route.query,
    navigate: (query) => void router.push({ query }),
    active: () => route.name === page,
    search: (filters, signal) => search$({ ...filters, pageSize: SEARCH_PAGE_SIZE }, signal),
    suggestions: async (q, signal) => (await suggest$(q, 'enterprises', signal)).suggestions,
  });
}
