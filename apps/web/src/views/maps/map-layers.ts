import type { MapLayerKey } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';
import type { RouteLocationRaw } from 'vue-router';
import { RouteName } from '../../router/route-names';

/**
 * The web side of a map layer: its label and the filtered list a county opens on. A new layer of the
 * API (talents next) adds one entry here, pointing at its own list page.
 */
export interface MapLayerPresentation {
  labelKey: string;
  /** What one listing is called in the legend (`家企业`, `项需求`). */
  unitKey: string;
  /** What the listings are called in a sentence (`企业`, `需求`). */
  nounKey: string;
  /** Which listings the layer counts, for the legend. */
  basisKey: string;
  list(regionCode: string, sector: SectorCode | null): RouteLocationRaw;
}

export const MAP_LAYER_PRESENTATIONS: Readonly<Record<MapLayerKey, MapLayerPresentation>> = {
  // The supplier list of the county, verified firms only: the same firms the map counts.
  firms: {
    labelKey: 'maps.layers.firms',
    unitKey: 'maps.units.firms',
    nounKey: 'maps.nouns.firms',
    basisKey: 'maps.basis.firms',
    list: (regionCode, sector) => ({
      name: RouteName.SupplierSearch,
      query: { regions: regionCode, ...(sector ? { sectors: sector } : {}), verifiedOnly: 'true' },
    }),
  },
  demands: {
    labelKey: 'maps.layers.demands',
    unitKey: 'maps.units.demands',
    nounKey: 'maps.nouns.demands',
    basisKey: 'maps.basis.demands',
    list: (regionCode, sector) => ({
      name: RouteName.DemandHall,
      query: { regions: regionCode, ...(sector ? { sectors: sector } : {}) },
    }),
  },
  // The project library and the park list read these filters from their address.
  projects: {
    labelKey: 'maps.layers.projects',
    unitKey: 'maps.units.projects',
    nounKey: 'maps.nouns.projects',
    basisKey: 'maps.basis.projects',
    list: (regionCode, sector) => ({
      name: RouteName.ProjectLibrary,
      query: { region: regionCode, ...(sector ? { sector } : {}) },
    }),
  },
  parks: {
    labelKey: 'maps.layers.parks',
    unitKey: 'maps.units.parks',
    nounKey: 'maps.nouns.parks',
    basisKey: 'maps.basis.parks',
    list: (regionCode, sector) => ({
      name: RouteName.Parks,
      query: { regionCode, ...(sector ? { sector } : {}) },
    }),
  },
};

export const MAP_NAME = 'xianning-counties';
