import type { ParkPage } from '@mcf/contracts';
import type { DemonstrationLevel, ParkKind, SectorCode } from '@mcf/domain';
import { onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { listParks } from '../../../api/parks';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export const PARK_PAGE_SIZE = 12;

export interface ParkListFilters {
  q: string;
  kind: ParkKind | '';
  regionCode: string;
  sector: SectorCode | '';
  mcfDemonstrationLevel: DemonstrationLevel | '';
}

/** 基地园区名录: filters and pages; the newest load wins. */
export function useParkList(dependencies: { listParks?: typeof listParks } = {}) {
  const list$ = dependencies.listParks ?? listParks;
  const filters = reactive<ParkListFilters>({ q: '', kind: '', regionCode: '', sector: '', mcfDemonstrationLevel: '' });
  const page = ref(1);
  const result = shallowRef<ParkPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  let inFlight: AbortController | null = null;
  onScopeDispose(() => inFlight?.abort());

  async function load(): Promise<void> {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    state.value = 'loading';
    loadError.value = null;
    try {
      const answer = await list$(
        {
          q: filters.q.trim() || undefined,
          kind: filters.kind || undefined,
          regionCode: filters.regionCode || undefined,
          sector: filters.sector || undefined,
          mcfDemonstrationLevel: filters.mcfDemonstrationLevel || undefined,
          page: page.value,
          pageSize: PARK_PAGE_SIZE,
        },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      result.value = answer;
      state.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function search(): Promise<void> {
    page.value = 1;
    return load();
  }

  function reset(): Promise<void> {
    Object.assign(filters, { q: '', kind: '', regionCode: '', sector: '', mcfDemonstrationLevel: '' });
    return search();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  return { filters, page, result, state, loadError, load, search, reset, setPage };
}
