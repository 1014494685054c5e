import type { PublicAwardPage } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { getPublicAwards, OCDS_RELEASES_PATH } from '../../../api/open-data';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const AWARDS_PAGE_SIZE = 20;

export interface PublicAwardsDependencies {
  getPublicAwards?: typeof getPublicAwards;
  pageSize?: number;
  /** Where the API is (empty: the app's own origin). */
  apiBaseUrl?: string;
}

type LoadState = 'loading' | 'ready' | 'error';

/** 中标公示: the public list of awards, newest first, a page at a time, and where the OCDS export is. */
export function usePublicAwards(dependencies: PublicAwardsDependencies = {}) {
  const get$ = dependencies.getPublicAwards ?? getPublicAwards;
  const pageSize = dependencies.pageSize ?? AWARDS_PAGE_SIZE;
  const awards = shallowRef<PublicAwardPage | null>(null);
  const state = ref<LoadState>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const page = ref(1);
  const items = computed(() => awards.value?.items ?? []);
  const apiBase = (dependencies.apiBaseUrl ?? import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/+$/, '');
  /** The first page of the OCDS 1.1 release package: the same facts for machines (its `links.next` pages on). */
  const ocdsUrl = computed(() => `${apiBase}${OCDS_RELEASES_PATH}?page=1&pageSize=100`);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    error.value = null;
    try {
      const next = await get$({ page: page.value, pageSize }, current.signal);
      if (current.signal.aborted) return;
      awards.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  return { awards, items, state, error, page, ocdsUrl, load, setPage };
}
