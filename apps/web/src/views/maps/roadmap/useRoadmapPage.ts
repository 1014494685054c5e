import type { RoadmapView } from '@mcf/contracts';
import { isSectorCode, ROADMAP_KEY_SECTORS, type SectorCode } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { getRoadmap } from '../../../api/maps';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/** The sector of the address (`?sector=EMERGENCY`), else the plan's first key sector. */
export function roadmapSectorOf(query: LocationQuery): SectorCode {
  const raw = Array.isArray(query.sector) ? query.sector[0] : query.sector;
  return typeof raw === 'string' && isSectorCode(raw) ? raw : ROADMAP_KEY_SECTORS[0];
}

export interface RoadmapPageDependencies {
  getRoadmap?: typeof getRoadmap;
  routeQuery: () => LocationQuery;
  navigate: (query: LocationQueryRaw) => void;
}

type LoadState = 'loading' | 'ready' | 'error';

/** 技术路线图: one sector's public listings by quarter; the sector in the address. */
export function useRoadmapPage(dependencies: RoadmapPageDependencies) {
  const get$ = dependencies.getRoadmap ?? getRoadmap;
  const sector = computed(() => roadmapSectorOf(dependencies.routeQuery()));
  const roadmap = shallowRef<RoadmapView | null>(null);
  const state = ref<LoadState>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  /** The plan's key sectors, and the one chosen when it is not among them. */
  const tabs = computed<SectorCode[]>(() =>
    (ROADMAP_KEY_SECTORS as readonly SectorCode[]).includes(sector.value)
      ? [...ROADMAP_KEY_SECTORS]
      : [...ROADMAP_KEY_SECTORS, sector.value],
  );
  /** Newest quarter first: what is happening now leads. */
  const periods = computed(() => [...(roadmap.value?.periods ?? [])].reverse());
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    error.value = null;
    try {
      const next = await get$(sector.value, current.signal);
      if (current.signal.aborted) return;
      roadmap.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  watch(sector, () => void load(), { immediate: true });

  function choose(next: SectorCode): void {
    dependencies.navigate(next === ROADMAP_KEY_SECTORS[0] ? {} : { sector: next });
  }

  return { sector, roadmap, state, error, tabs, periods, load, choose };
}
