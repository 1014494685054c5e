import { Inject, Injectable } from '@nestjs/common';
import type { MapLayerKey, MapLayerList, MapLayerView, RoadmapView } from '@mcf/contracts';
import { countByCounty, ROADMAP_KEY_SECTORS, roadmapPeriods, type SectorCode, XIANNING_CITY_CODE } from '@mcf/domain';
import { CommonErrors } from '../../core/http/common-errors.js';
import { MAP_LAYER_PROVIDERS, type MapLayerProvider } from './layers/map-layer.provider.js';
import { ROADMAP_SOURCES, type RoadmapSource } from './roadmap/roadmap-source.js';

/** Listings a roadmap shows per source at most: the most recent ones. */
export const ROADMAP_LIMIT = 200;

/** 招商地图 / 人才地图 and 技术路线图: public counts and summaries, the same for every viewer. */
@Injectable()
export class MapsService {
  constructor(
    @Inject(MAP_LAYER_PROVIDERS) private readonly layers: readonly MapLayerProvider[],
    @Inject(ROADMAP_SOURCES) private readonly sources: readonly RoadmapSource[],
  ) {}

  layerList(): MapLayerList {
    return { layers: this.layers.map(({ layer, breakdown }) => ({ layer, breakdown })) };
  }

  async layer(key: MapLayerKey, sector: SectorCode | null): Promise<MapLayerView> {
    const provider = this.layers.find((candidate) => candidate.layer === key);
    if (!provider) throw CommonErrors.notFound();
    const counts = countByCounty(await provider.groups(), sector);
    return { layer: key, areaCode: XIANNING_CITY_CODE, sector, breakdown: provider.breakdown, ...counts };
  }

  async roadmap(sector: SectorCode): Promise<RoadmapView> {
    const perSource = await Promise.all(this.sources.map((source) => source.entries(sector, ROADMAP_LIMIT)));
    const entries = perSource.flat();
    return {
      sector,
      keySector: (ROADMAP_KEY_SECTORS as readonly string[]).includes(sector),
      periods: roadmapPeriods(entries),
      total: entries.length,
      truncated: perSource.some((list) => list.length >= ROADMAP_LIMIT),
      limit: ROADMAP_LIMIT,
    };
  }
}
