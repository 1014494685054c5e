import { Injectable } from '@nestjs/common';
import type { MapListingGroup } from '@mcf/domain';
import { MapsRepository } from '../maps.repository.js';
import type { MapLayerProvider } from './map-layer.provider.js';

/** 基地园区 · the bases and parks of the registry, by focus sector, in every county they name. */
@Injectable()
export class ParkMapLayer implements MapLayerProvider {
  readonly layer = 'parks' as const;
  readonly breakdown = 'SECTOR' as const;

  constructor(private readonly repository: MapsRepository) {}

  groups(): Promise<MapListingGroup[]> {
    return this.repository.parkGroups();
  }
}
