import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STATISTICS_TIME_ZONE } from '@mcf/contracts';
import {
  DEMAND_STATUSES_LISTED,
  DEMAND_STATUSES_OPEN_TO_READERS,
  type MapListingGroup,
  publicRecordAccess,
  type SectorCode,
} from '@mcf/domain';
import type { DataSource } from 'typeorm';

/** Visibilities whose summary (title, sectors, region, deadline) any visitor may read. */
const PUBLIC_SUMMARY_VISIBILITIES = (['PUBLIC', 'VERIFIED_SUPPLIERS', 'INVITED'] as const).filter(
  (visibility) => publicRecordAccess(visibility) !== 'NONE',
);

export interface RoadmapDemandRow {
  id: string;
  title: string;
  status: string;
  region_code: string | null;
  sectors: SectorCode[];
  starts_on: string;
  ends_on: string | null;
}

/**
 * The read side of the maps. Like the dashboard's, it reads across features (organisations, profiles,
 * demands) in SQL and returns counts grouped by what the map needs, or the public summary of a listing;
 * it owns no table.
 */
@Injectable()
export class MapsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Verified firms with a published profile, grouped by their map region (the profile's, else the
   * organisation's: `firmMapRegion`) and sectors. Pending, rejected and suspended firms are not on the map.
   */
  async firmGroups(): Promise<MapListingGroup[]> {
    const rows: { region_code: string | null; sectors: unknown; count: number }[] = await this.dataSource.query(
      `SELECT COALESCE(NULLIF(p."published"->>'regionCode', ''), o."region_code") AS "region_code",
              COALESCE(p."published"->'sectors', '[]'::jsonb) AS "sectors",
              count(*)::int AS "count"
         FROM "enterprise_profiles" p
         JOIN "organizations" o ON o."id" = p."organization_id"
        WHERE p."published" IS NOT NULL AND o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED'
        GROUP BY 1, 2`,
    );
    return rows.map((row) => {
      const sectors = Array.isArray(row.sectors) ? row.sectors.filter((s): s is string => typeof s === 'string') : [];
      return { regionCode: row.region_code, sectors, breakdown: sectors, count: row.count };
    });
  }

  /** Demands open to answers whose summary is public, grouped by their region (delivery) and sectors. */
  async demandGroups(): Promise<MapListingGroup[]> {
    const rows: { region_code: string | null; sectors: string[]; count: number }[] = await this.dataSource.query(
      `SELECT d."region_code", d."sectors", count(*)::int AS "count"
         FROM "demands" d
        WHERE d."status" = ANY($1) AND d."visibility" = ANY($2)
        GROUP BY 1, 2`,
      [DEMAND_STATUSES_LISTED, PUBLIC_SUMMARY_VISIBILITIES],
    );
    return rows.map((row) => ({ regionCode: row.region_code, sectors: row.sectors, breakdown: row.sectors, count: row.count }));
  }

  /**
   * The key projects of the library (public, demo ones included), grouped by their region (咸宁市 for
   * those across districts), sectors and stage: the projects layer breaks its counts down by stage.
   */
  async projectGroups(): Promise<MapListingGroup[]> {
    const rows: { region_code: string | null; sectors: string[]; stage: string; count: number }[] = await this.dataSource.query(
      `SELECT p."region_code", p."sectors", p."stage", count(*)::int AS "count"
         FROM "projects" p
        GROUP BY 1, 2, 3`,
    );
    return rows.map((row) => ({ regionCode: row.region_code, sectors: row.sectors, breakdown: [row.stage], count: row.count }));
  }

  /**
   * Bases and parks of the public registry by their focus sectors, once in every region they name: a
   * park across two counties is counted in each, as the park list filtered by either county shows it.
   */
  async parkGroups(): Promise<MapListingGroup[]> {
    const rows: { region_code: string; sectors: string[]; count: number }[] = await this.dataSource.query(
      `SELECT r."region_code", p."sectors", count(*)::int AS "count"
         FROM "parks" p
        CROSS JOIN LATERAL unnest(p."region_codes") AS r("region_code")
        GROUP BY 1, 2`,
    );
    return rows.map((row) => ({ regionCode: row.region_code, sectors: row.sectors, breakdown: row.sectors, count: row.count }));
  }

  /**
   * The public summaries of a sector's demands, once published (open, closed or awarded; cancelled
   * ones are gone), newest first: the start is the publication date in China time.
   */
  roadmapDemands(sector: SectorCode, limit: number): Promise<RoadmapDemandRow[]> {
    return this.dataSource.query(
      `SELECT d."id", d."title", d."status", d."region_code", d."sectors",
              to_char(d."published_at" AT TIME ZONE $4, 'YYYY-MM-DD') AS "starts_on",
              to_char(d."deadline", 'YYYY-MM-DD') AS "ends_on"
         FROM "demands" d
        WHERE d."status" = ANY($1) AND d."visibility" = ANY($2) AND $3 = ANY(d."sectors")
          AND d."published_at" IS NOT NULL
        ORDER BY d."published_at" DESC, d."id"
        LIMIT $5`,
      [DEMAND_STATUSES_OPEN_TO_READERS, PUBLIC_SUMMARY_VISIBILITIES, sector, STATISTICS_TIME_ZONE, limit],
    );
  }
}
