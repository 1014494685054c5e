import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STATISTICS_TIME_ZONE } from '@mcf/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { PlanTarget } from './entities/plan-target.entity.js';

export interface KindStatusRow {
  kind: string;
  status: string;
  count: number;
}

export interface SectorRow {
  sector: string;
  count: number;
}

export interface RegionRow {
  region: string;
  kind: string;
  count: number;
}

export interface FunnelRow {
  /** `YYYY-MM`; null for the all-time total and for months before the window. */
  month: string | null;
  isTotal: boolean;
  published: number;
  matched: number;
  responded: number;
  awarded: number;
  medianHours: number | null;
}

export interface CertificateRow {
  type: string;
  pending: number;
  expiringSoon: number;
}

export interface TargetValues {
  verifiedCivilEnterprises: number;
  highTechEnterprises: number;
  awardedDemands: number;
}

/**
 * The read side of the dashboard. Statistics read across features (organisations, profiles,
 * certificates, demands, responses, awards), so this one repository aggregates over their tables in
 * SQL — counts come back, never rows — and owns the plan_targets table.
 */
@Injectable()
export class StatisticsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs the reads on one snapshot, so the figures of one answer agree with each other. */
  snapshot<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', work);
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  /** The counters of one dimension (see StatisticsCount), as `key → count` rows (its stripes summed). */
  private counts(dimension: string, manager?: EntityManager): Promise<{ key: string; count: number }[]> {
    return this.manager(manager).query(
      `SELECT "key", sum("count")::int AS "count" FROM "statistics_counts" WHERE "dimension" = $1 GROUP BY "key" HAVING sum("count") <> 0`,
      [dimension],
    );
  }

  /** Organisations by kind, status and region code (`kind|status|region`), from the kept counters. */
  private async organizationCounts(manager?: EntityManager) {
    return (await this.counts('organization', manager)).map(({ key, count }) => {
      const [kind, status, region] = key.split('|') as [string, string, string];
      return { kind, status, region, count };
    });
  }

  async organizationsByKindAndStatus(manager?: EntityManager): Promise<KindStatusRow[]> {
    const totals = new Map<string, KindStatusRow>();
    for (const { kind, status, count } of await this.organizationCounts(manager)) {
      const row = totals.get(`${kind}|${status}`) ?? { kind, status, count: 0 };
      row.count += count;
      totals.set(`${kind}|${status}`, row);
    }
    return [...totals.values()];
  }

  /** Published profiles per sector they name (a profile naming two sectors counts in both). */
  async publishedProfilesBySector(manager?: EntityManager): Promise<SectorRow[]> {
    return (await this.counts('profile_sector', manager)).map(({ key, count }) => ({ sector: key, count }));
  }

  /** Organisations per region: codes under `localPrefix` (Xianning) as they are, others as their province. */
  async organizationsByRegion(localPrefix: string, manager?: EntityManager): Promise<RegionRow[]> {
    const totals = new Map<string, RegionRow>();
    for (const { kind, region: code, count } of await this.organizationCounts(manager)) {
      const region = code.startsWith(localPrefix) ? code : `${code.slice(0, 2)}0000`;
      const row = totals.get(`${region}|${kind}`) ?? { region, kind, count: 0 };
      row.count += count;
      totals.set(`${region}|${kind}`, row);
    }
    return [...totals.values()];
  }

  /**
   * The funnel per month of first publication since `monthsFrom`, plus the all-time total, from the
   * kept counters and first interests. A demand counts as responded once any firm expressed interest,
   * even if it withdrew later: the demand did draw a response.
   */
  async demandFunnel(monthsFrom: Date, manager?: EntityManager): Promise<FunnelRow[]> {
    const rows: {
      month: string | null;
      is_total: number;
      published: number;
      matched: number;
      awarded: number;
    }[] = await this.manager(manager).query(
      `WITH "first" AS (SELECT to_char($1::timestamptz AT TIME ZONE $2, 'YYYY-MM') AS "month"),
       "counted" AS (
         SELECT CASE WHEN c."key" COLLATE "C" >= f."month" THEN c."key" END AS "m", c."dimension", c."count"
           FROM "statistics_counts" c CROSS JOIN "first" f
          WHERE c."dimension" IN ('demand_published', 'demand_matched', 'demand_awarded')
       )
       SELECT "m" AS "month", GROUPING("m")::int AS "is_total",
              coalesce(sum("count") FILTER (WHERE "dimension" = 'demand_published'), 0)::int AS "published",
              coalesce(sum("count") FILTER (WHERE "dimension" = 'demand_matched'), 0)::int AS "matched",
              coalesce(sum("count") FILTER (WHERE "dimension" = 'demand_awarded'), 0)::int AS "awarded"
         FROM "counted"
        GROUP BY GROUPING SETS (("m"), ())`,
      [monthsFrom, STATISTICS_TIME_ZONE],
    );
    const interests: { month: string | null; is_total: number; responded: number; median_hours: number | null }[] = await this.manager(
      manager,
    ).query(
      `SELECT "m" AS "month", GROUPING("m")::int AS "is_total",
              count(*)::int AS "responded", percentile_cont(0.5) WITHIN GROUP (ORDER BY "hours")::float8 AS "median_hours"
         FROM (SELECT CASE WHEN i."month" COLLATE "C" >= to_char($1::timestamptz AT TIME ZONE $2, 'YYYY-MM') THEN i."month" END AS "m", i."hours"
                 FROM "demand_first_interests" i) t
        GROUP BY GROUPING SETS (("m"), ())`,
      [monthsFrom, STATISTICS_TIME_ZONE],
    );
    const keyOf = (row: { month: string | null; is_total: number }) => (row.is_total === 1 ? 'total' : (row.month ?? 'before'));
    const byMonth = new Map(interests.map((row) => [keyOf(row), row]));
    return rows.map((row) => {
      const interest = byMonth.get(keyOf(row));
      return {
        month: row.month,
        isTotal: row.is_total === 1,
        published: row.published,
        matched: row.matched,
        responded: interest?.responded ?? 0,
        awarded: row.awarded,
        medianHours: interest?.median_hours === null || interest?.median_hours === undefined ? null : Number(interest.median_hours),
      };
    });
  }

  /** Pending certificates, and approved ones expiring from `today` through `until` (China dates), by type: kept counters. */
  async certificatesByType(today: string, until: string, manager?: EntityManager): Promise<CertificateRow[]> {
    const rows: { type: string; pending: number; expiring_soon: number }[] = await this.manager(manager).query(
      `SELECT "type", sum("pending")::int AS "pending", sum("expiring_soon")::int AS "expiring_soon" FROM (
         SELECT split_part("key", '|', 1) AS "type", "count" AS "pending", 0 AS "expiring_soon"
           FROM "statistics_counts" WHERE "dimension" = 'qualification' AND split_part("key", '|', 2) = 'PENDING'
         UNION ALL
         SELECT split_part("key", '|', 2), 0, "count" FROM "statistics_counts"
          WHERE "dimension" = 'approved_expiry' AND "key" COLLATE "C" >= $1 AND "key" COLLATE "C" < $2 || '|~'
       ) t GROUP BY "type"`,
      [today, until],
    );
    return rows.map((row) => ({ type: row.type, pending: row.pending, expiringSoon: row.expiring_soon }));
  }

  /**
   * The current values of the targets, `today` being the China date certificates must be valid on. Demo
   * organisations (is_demo) never count: the plan's targets are about real firms, and an award counts only
   * when neither the buyer nor the winner is a demo organisation.
   */
  async targetValues(today: string, manager?: EntityManager): Promise<TargetValues> {
    const [row]: { verified: number; high_tech: number; awarded: number }[] = await this.manager(manager).query(
      `SELECT
         -- The maintained counters, less what demo organisations add to them (few: read by the partial index).
         ((SELECT coalesce(sum("count"), 0) FROM "statistics_counts" WHERE "dimension" = 'organization' AND "key" LIKE 'ENTERPRISE|VERIFIED|%')
          - (SELECT count(*) FROM "organizations" WHERE "is_demo" AND "kind" = 'ENTERPRISE' AND "status" = 'VERIFIED'))::int AS "verified",
         ((SELECT coalesce(sum("count"), 0) FROM "statistics_counts"
           WHERE "dimension" = 'high_tech_until' AND "key" COLLATE "C" >= $1)
          - (SELECT count(DISTINCT q."organization_id")
               FROM "organizations" o JOIN "qualifications" q ON q."organization_id" = o."id"
              WHERE o."is_demo" AND o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED'
                AND q."type" = 'HIGH_TECH' AND q."status" = 'APPROVED' AND q."expires_on" >= $1::date))::int AS "high_tech",
         ((SELECT coalesce(sum("count"), 0) FROM "statistics_counts" WHERE "dimension" = 'demand_awarded')
          - (SELECT count(*) FROM "awards" a
              WHERE a."organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo")
                 OR a."demand_id" IN (SELECT d."id" FROM "demands" d
                                       WHERE d."organization_id" IN (SELECT "id" FROM "organizations" WHERE "is_demo"))))::int AS "awarded"`,
      [today],
    );
    return {
      verifiedCivilEnterprises: row!.verified,
      highTechEnterprises: row!.high_tech,
      awardedDemands: row!.awarded,
    };
  }

  setTargets(manager?: EntityManager): Promise<PlanTarget[]> {
    return this.manager(manager).getRepository(PlanTarget).find();
  }

  findTarget(key: string, manager: EntityManager): Promise<PlanTarget | null> {
    return manager.getRepository(PlanTarget).findOne({ where: { key }, lock: { mode: 'pessimistic_write' } });
  }

  async saveTarget(
    key: string,
    target: number,
    updatedBy: string,
    manager: EntityManager,
  ): Promise<PlanTarget> {
    await manager
      .getRepository(PlanTarget)
      .upsert({ key, target, updatedBy, updatedAt: new Date() }, ['key']);
    return manager.getRepository(PlanTarget).findOneByOrFail({ key });
  }
}
