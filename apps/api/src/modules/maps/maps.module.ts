import { Module } from '@nestjs/common';
import { DemandMapLayer } from './layers/demand-map-layer.provider.js';
import { FirmMapLayer } from './layers/firm-map-layer.provider.js';
import { MAP_LAYER_PROVIDERS, type MapLayerProvider } from './layers/map-layer.provider.js';
import { ParkMapLayer } from './layers/park-map-layer.provider.js';
import { ProjectMapLayer } from './layers/project-map-layer.provider.js';
import { MapsController } from './maps.controller.js';
import { MapsRepository } from './maps.repository.js';
import { MapsService } from './maps.service.js';
import { DemandRoadmapSource } from './roadmap/demand-roadmap.source.js';
import { ROADMAP_SOURCES, type RoadmapSource } from './roadmap/roadmap-source.js';

/**
 * The maps. A layer or roadmap source is one injectable: list it in `providers` and in the `inject` of
 * its registry below (its key in MAP_LAYER_KEYS / ROADMAP_ENTRY_KINDS of the contracts), importing the
 * module whose exported service it reads through.
 */
@Module({
  controllers: [MapsController],
  providers: [
    MapsRepository,
    MapsService,
    FirmMapLayer,
    DemandMapLayer,
    ProjectMapLayer,
    ParkMapLayer,
    {
      provide: MAP_LAYER_PROVIDERS,
      useFactory: (...layers: MapLayerProvider[]) => layers,
      inject: [FirmMapLayer, DemandMapLayer, ProjectMapLayer, ParkMapLayer],
    },
    DemandRoadmapSource,
    {
      provide: ROADMAP_SOURCES,
      useFactory: (...sources: RoadmapSource[]) => sources,
      inject: [DemandRoadmapSource],
    },
  ],
})
export class MapsModule {}
