import { MAP_LAYER_KEYS, type MapLayerKey, type MapLayerView } from '@mcf/contracts';
import { isSectorCode, type SectorCode } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue';
import type { LocationQuery, LocationQueryRaw, RouteLocationRaw } from 'vue-router';
import { getMapLayer } from '../../api/maps';
import { errorSummary } from '../../composables/useFormErrors';
import type { LocalisedText } from '../../composables/useLocalisedText';
import { MAP_LAYER_PRESENTATIONS } from './map-layers';

export interface MapSelection {
  layer: MapLayerKey;
  sector: SectorCode | null;
}

const first = (value: LocationQuery[string] | undefined): string => {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
};

/** The map's choice as kept in its address (`?layer=demands&sector=EMERGENCY`); unknown values fall back. */
export function parseMapRoute(query: LocationQuery): MapSelection {
  const layer = first(query.layer);
  const sector = first(query.sector);
  return {
    layer: (MAP_LAYER_KEYS as readonly string[]).includes(layer) ? (layer as MapLayerKey) : MAP_LAYER_KEYS[0],
    sector: isSectorCode(sector) ? sector : null,
  };
}

export function toMapRoute(selection: MapSelection): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  if (selection.layer !== MAP_LAYER_KEYS[0]) query.layer = selection.layer;
  if (selection.sector) query.sector = selection.sector;
  return query;
}

export interface MapPageDependencies {
  getMapLayer?: typeof getMapLayer;
  routeQuery: () => LocationQuery;
  navigate: (query: LocationQueryRaw) => void;
  open: (to: RouteLocationRaw) => void;
}

type LoadState = 'loading' | 'ready' | 'error';

/** 招商地图: one layer's counts per county, the choice in the address, a county opening its list. */
export function useMapPage(dependencies: MapPageDependencies) {
  const get$ = dependencies.getMapLayer ?? getMapLayer;
  const selection = computed(() => parseMapRoute(dependencies.routeQuery()));
  const view = shallowRef<MapLayerView | null>(null);
  const state = ref<LoadState>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  /** Counties by count, most first: the list beside (or, on a phone, below) the map. */
  const ranking = computed(() =>
    [...(view.value?.counties ?? [])].sort((a, b) => b.total - a.total || a.regionCode.localeCompare(b.regionCode)),
  );
  const empty = computed(() => view.value !== null && view.value.total === 0);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    error.value = null;
    const { layer, sector } = selection.value;
    try {
      const next = await get$(layer, sector, current.signal);
      if (current.signal.aborted) return;
      view.value = next;
      state.value = 'ready';
    } catch (caught) {
      if (current.signal.aborted) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  watch(() => JSON.stringify(selection.value), () => void load(), { immediate: true });

  function select(change: Partial<MapSelection>): void {
    dependencies.navigate(toMapRoute({ ...selection.value, ...change }));
  }

  /** Where a county opens: the layer's filtered list. */
  function countyLink(regionCode: string): RouteLocationRaw {
    return MAP_LAYER_PRESENTATIONS[selection.value.layer].list(regionCode, selection.value.sector);
  }

  function openCounty(regionCode: string): void {
    if (!view.value?.counties.some((county) => county.regionCode === regionCode)) return;
    dependencies.open(countyLink(regionCode));
  }

  return { selection, view, state, error, ranking, empty, load, select, countyLink, openCounty };
}
