import { DEMAND_STATUSES, type DemandPage, type DemandStatus, type DemandView } from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { listMyDemands } from '../../../api/demands';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';
import { type PollingOptions, usePolling } from '../usePolling';

export const MY_DEMANDS_PAGE_SIZE = 20;

/** A status filter from the address (`?status=PUBLISHED`); anything else means all. */
export function statusFilterOf(value: unknown): DemandStatus | null {
  return typeof value === 'string' && (DEMAND_STATUSES as readonly string[]).includes(value) ? (value as DemandStatus) : null;
}

export function pageOf(value: unknown): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Matching is still running for this demand. */
export const isMatching = (demand: DemandView) =>
  demand.status === 'PUBLISHED' && demand.matching !== null && demand.matching.status === 'PENDING';

export interface MyDemandsDependencies {
  listMyDemands?: typeof listMyDemands;
  polling?: PollingOptions;
}

/**
 * 我的需求: the organisation's demands, filtered by status, a page at a time. While any shown demand is
 * still being matched, the page is asked for again quietly until matching has finished.
 */
export function useMyDemands(dependencies: MyDemandsDependencies = {}) {
  const list$ = dependencies.listMyDemands ?? listMyDemands;
  const status = ref<DemandStatus | null>(null);
  const page = ref(1);
  const result = shallowRef<DemandPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const items = computed(() => result.value?.items ?? []);
  const anyMatching = computed(() => items.value.some(isMatching));

  async function fetchPage(quiet: boolean): Promise<boolean> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    if (!quiet) {
      state.value = 'loading';
      loadError.value = null;
    }
    try {
      const next = await list$(
        { status: status.value ?? undefined, page: page.value, pageSize: MY_DEMANDS_PAGE_SIZE },
        current.signal,
      );
      if (current.signal.aborted) return false;
      result.value = next;
      state.value = 'ready';
      loadError.value = null;
      return true;
    } catch (error) {
      if (current.signal.aborted) return false;
      if (!quiet) {
        loadError.value = errorSummary(error);
        state.value = 'error';
      }
      return false;
    }
  }

  const polling = usePolling(async () => {
    await fetchPage(true);
    return anyMatching.value;
  }, dependencies.polling);

  async function load(): Promise<void> {
    polling.stop();
    await fetchPage(false);
    if (anyMatching.value) polling.start();
  }

  /** Shows one status (null: all) from its first page, or a given page of it. */
  function show(nextStatus: DemandStatus | null, nextPage = 1): Promise<void> {
    status.value = nextStatus;
    page.value = nextPage;
    return load();
  }

  function setPage(nextPage: number): Promise<void> {
    page.value = nextPage;
    return load();
  }

  return { status, page, result, items, state, loadError, anyMatching, load, show, setPage };
}
