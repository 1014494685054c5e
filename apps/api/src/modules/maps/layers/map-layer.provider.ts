import type { MapBreakdown, MapLayerKey, MapListingGroup } from '@mcf/domain';

/**
 * One layer of the maps: it names its key and breakdown and hands back its public listings grouped by
 * region, sectors and breakdown keys (counts, never rows). The service counts them per county with the
 * domain's rule. A provider decides what is public for its kind of listing, and nothing else.
 */
export interface MapLayerProvider {
  readonly layer: MapLayerKey;
  readonly breakdown: MapBreakdown;
  groups(): Promise<MapListingGroup[]>;
}

/** Every layer provider, as one array (see MapsModule). */
export const MAP_LAYER_PROVIDERS = Symbol('MAP_LAYER_PROVIDERS');
