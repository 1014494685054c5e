import { Injectable } from '@nestjs/common';
import type { RoadmapEntry } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';
import { MapsRepository } from '../maps.repository.js';
import type { RoadmapSource } from './roadmap-source.js';

/** Demands on the roadmap: their public summary, from publication to deadline. */
@Injectable()
export class DemandRoadmapSource implements RoadmapSource {
  readonly kind = 'DEMAND' as const;

  constructor(private readonly repository: MapsRepository) {}

  async entries(sector: SectorCode, limit: number): Promise<RoadmapEntry[]> {
    const rows = await this.repository.roadmapDemands(sector, limit);
    return rows.map((row) => ({
      kind: this.kind,
      id: row.id,
      title: row.title,
      status: row.status,
      regionCode: row.region_code?.trim() ?? null,
      sectors: row.sectors,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
    }));
  }
}
