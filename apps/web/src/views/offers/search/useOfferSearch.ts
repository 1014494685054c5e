import type { OfferDirection, OfferSearchResult, OfferTransferMode } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';
import { onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { searchOffers } from '../../../api/offers';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export interface OfferSearchFilters {
  q: string;
  sector: SectorCode | '';
  transferMode: OfferTransferMode | '';
  direction: OfferDirection | '';
  page: number;
}

export const OFFER_SEARCH_PAGE_SIZE = 20;

/** The query as the API takes it: empty filters left out. */
export function offerSearchParams(filters: OfferSearchFilters) {
  return {
    ...(filters.q.trim() ? { q: filters.q.trim() } : {}),
    ...(filters.sector ? { sector: filters.sector } : {}),
    ...(filters.transferMode ? { transferMode: filters.transferMode } : {}),
    ...(filters.direction ? { direction: filters.direction } : {}),
    page: filters.page,
    pageSize: OFFER_SEARCH_PAGE_SIZE,
  };
}

/** 技术成果检索: published offers by words, sector, way to transfer and direction; the newest search wins. */
export function useOfferSearch(initial: Partial<OfferSearchFilters> = {}, search$: typeof searchOffers = searchOffers) {
  const filters = reactive<OfferSearchFilters>({ q: '', sector: '', transferMode: '', direction: '', page: 1, ...initial });
  const result = shallowRef<OfferSearchResult | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function run(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    try {
      const next = await search$(offerSearchParams(filters), current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function searchFromStart(): Promise<void> {
    filters.page = 1;
    return run();
  }

  function setPage(page: number): Promise<void> {
    filters.page = page;
    return run();
  }

  void run();
  return { filters, result, state, loadError, run, searchFromStart, setPage };
}
