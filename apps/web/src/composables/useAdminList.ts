import { onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { errorSummary } from './useFormErrors';
import type { LocalisedText } from './useLocalisedText';

/** What every paged admin list's filters hold besides its own fields. */
export interface PagedFilters {
  page: number;
  pageSize: number;
}

export interface AdminListOptions<F extends PagedFilters, R> {
  /** The filters the list starts with (from the address, or the defaults). */
  initial: F;
  /** What "reset" puts back. */
  resetTo: Readonly<F>;
  /** Asks the API for one page; a newer load aborts the signal of an older one. */
  fetch: (filters: F, signal: AbortSignal) => Promise<R>;
  /** Checked before each load; false keeps the list as it is (filters the API would refuse). */
  canLoad?: (filters: F) => boolean;
  /** Told the filters after each load that succeeded (to keep the address in step). */
  onLoaded?: (filters: F) => void;
}

/**
 * A paged admin list with filters: the filters, the last page, whether it is loading, ready or
 * failed (and why), and the moves between pages. Only the latest load counts: a newer one aborts
 * the older, and so does leaving the page. Shared by the demands, organisations and audit lists.
 */
export function useAdminList<F extends PagedFilters, R>(options: AdminListOptions<F, R>) {
  const filters = reactive({ ...options.initial }) as F;
  const result = shallowRef<R | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);

  let inFlight: AbortController | null = null;
  onScopeDispose(() => inFlight?.abort());

  async function load(): Promise<void> {
    if (options.canLoad && !options.canLoad(filters)) return;
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    state.value = 'loading';
    loadError.value = null;
    try {
      const page = await options.fetch(filters, controller.signal);
      if (controller.signal.aborted) return;
      result.value = page;
      state.value = 'ready';
      options.onLoaded?.({ ...filters });
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  /** A filter changed: back to the first page. */
  function applyFilters(): Promise<void> {
    filters.page = 1;
    return load();
  }

  function setPage(page: number): Promise<void> {
    filters.page = page;
    return load();
  }

  function setPageSize(pageSize: number): Promise<void> {
    filters.pageSize = pageSize;
    filters.page = 1;
    return load();
  }

  function resetFilters(): Promise<void> {
    Object.assign(filters, options.resetTo);
    return load();
  }

  return { filters, result, state, loadError, load, applyFilters, setPage, setPageSize, resetFilters };
}
