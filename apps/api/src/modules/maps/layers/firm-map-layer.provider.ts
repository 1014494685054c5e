import { Injectable } from '@nestjs/common';
import type { MapListingGroup } from '@mcf/domain';
import { MapsRepository } from '../maps.repository.js';
import type { MapLayerProvider } from './map-layer.provider.js';

/** 招商地图 · firms: verified firms with a published profile, by sector. */
@Injectable()
export class FirmMapLayer implements MapLayerProvider {
  readonly layer = 'firms' as const;
  readonly breakdown = 'SECTOR' as const;

  constructor(private readonly repository: MapsRepository) {}

  groups(): Promise<MapListingGroup[]> {
    return this.repository.firmGroups();
  }
}
