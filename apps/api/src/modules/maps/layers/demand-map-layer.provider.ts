import { Injectable } from '@nestjs/common';
import type { MapListingGroup } from '@mcf/domain';
import { MapsRepository } from '../maps.repository.js';
import type { MapLayerProvider } from './map-layer.provider.js';

/** 需求 · demands open to answers whose summary any visitor may read, by sector, where they are delivered. */
@Injectable()
export class DemandMapLayer implements MapLayerProvider {
  readonly layer = 'demands' as const;
  readonly breakdown = 'SECTOR' as const;

  constructor(private readonly repository: MapsRepository) {}

  groups(): Promise<MapListingGroup[]> {
    return this.repository.demandGroups();
  }
}
