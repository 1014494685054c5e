import { API_PREFIX, type MapLayerKey, type MapLayerView, type RoadmapView } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';
import { http } from './http';

/** `GET /maps/layers/{layer}` (public): one layer's listings counted per county of 咸宁市. */
export function getMapLayer(layer: MapLayerKey, sector: SectorCode | null, signal?: AbortSignal): Promise<MapLayerView> {
  return http.get<MapLayerView>(`${API_PREFIX}/maps/layers/${layer}`, {
    query: sector ? { sector } : {},
    signal,
  });
}

/** `GET /maps/roadmap?sector=` (public): a sector's listings by quarter. */
export function getRoadmap(sector: SectorCode, signal?: AbortSignal): Promise<RoadmapView> {
  return http.get<RoadmapView>(`${API_PREFIX}/maps/roadmap`, { query: { sector }, signal });
}
