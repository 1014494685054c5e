import { Injectable } from '@nestjs/common';
import type { MapListingGroup } from '@mcf/domain';
import { MapsRepository } from '../maps.repository.js';
import type { MapLayerProvider } from './map-layer.provider.js';

/** 重点项目 · the key projects of the library, by stage, where they are built. */
@Injectable()
export class ProjectMapLayer implements MapLayerProvider {
  readonly layer = 'projects' as const;
  readonly breakdown = 'STAGE' as const;

  constructor(private readonly repository: MapsRepository) {}

  groups(): Promise<MapListingGroup[]> {
    return this.repository.projectGroups();
  }
}
