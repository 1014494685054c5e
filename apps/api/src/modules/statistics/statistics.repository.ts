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

  async organizationsByKindAndStatus(manager?: EntityManager): Promise<KindStatusRow[]> {
    const rows: { kind: string; status: string; count: number }[] = await this.manager(manager).query(
      `SELECT "kind", "status", count(*)::int AS "count" FROM "organizations" GROUP BY "kind", "status"`,
    );
    return rows;
  }

  /** Published profiles per sector they name (a profile naming two sectors counts in both). */
  async publishedProfilesBySector(manager?: EntityManager): Promise<SectorRow[]> {
    return this.manager(manager).query(
      `SELECT s."sector", count(*)::int AS "count"
         FROM "enterprise_profiles" p
         JOIN "organizations" o ON o."id" = p."organization_id" AND o."kind" = 'ENTERPRISE'
        CROSS JOIN LATERAL jsonb_array_elements_text(
               CASE WHEN jsonb_typeof(p."published" -> 'sectors') = 'array' THEN p."published" -> 'sectors' ELSE '[]'::jsonb END
             ) AS s("sector")
        WHERE p."published" IS NOT NULL
        GROUP BY s."sector"`,
    );
  }

  /** Organisations per region: codes under `localPrefix` (Xianning) as they are, others as their province. */
  async organizationsByRegion(localPrefix: string, manager?: EntityManager): Promise<RegionRow[]> {
    return this.manager(manager).query(
      `SELECT CASE WHEN left("region_code", 4) = $1 THEN "region_code" ELSE left("region_code", 2) || '0000' END AS "region",
              "kind", count(*)::int AS "count"
         FROM "organizations"
        GROUP BY 1, 2`,
      [localPrefix],
    );
  }

  /**
   * The funnel per month of first publication since `monthsFrom`, plus the all-time total (one
   * GROUPING SETS query). A demand counts as responded once any firm expressed interest, even if it
   * withdrew later: the demand did draw a response.
   */
  async demandFunnel(monthsFrom: Date, manager?: EntityManager): Promise<FunnelRow[]> {
    const rows: {
      month: string | null;
      is_total: number;
      published: number;
      matched: number;
      responded: number;
      awarded: number;
      median_hours: number | null;
    }[] = await this.manager(manager).query(
      `WITH "published" AS (
         SELECT d."published_at",
                d."matching_status" = 'READY' AS "matched",
                EXISTS (SELECT 1 FROM "awards" a WHERE a."demand_id" = d."id") AS "awarded",
                (SELECT min(r."created_at") FROM "demand_responses" r
                  WHERE r."demand_id" = d."id" AND r."kind" = 'INTEREST') AS "first_interest_at",
                CASE WHEN d."published_at" >= $1 THEN to_char(d."published_at" AT TIME ZONE $2, 'YYYY-MM') END AS "month"
           FROM "demands" d
          WHERE d."published_at" IS NOT NULL
       )
       SELECT "month", GROUPING("month")::int AS "is_total",
              count(*)::int AS "published",
              count(*) FILTER (WHERE "matched")::int AS "matched",
              count("first_interest_at")::int AS "responded",
              count(*) FILTER (WHERE "awarded")::int AS "awarded",
              percentile_cont(0.5) WITHIN GROUP (
                ORDER BY extract(epoch FROM "first_interest_at" - "published_at") / 3600
              )::float8 AS "median_hours"
         FROM "published"
        GROUP BY GROUPING SETS (("month"), ())`,
      [monthsFrom, STATISTICS_TIME_ZONE],
    );
    return rows.map((row) => ({
      month: row.month,
      isTotal: row.is_total === 1,
      published: row.published,
      matched: row.matched,
      responded: row.responded,
      awarded: row.awarded,
      medianHours: row.median_hours === null ? null : Number(row.median_hours),
    }));
  }

  /** Pending certificates, and approved ones expiring from `today` through `until` (China dates), by type. */
  async certificatesByType(today: string, until: string, manager?: EntityManager): Promise<CertificateRow[]> {
    const rows: { type: string; pending: number; expiring_soon: number }[] = await this.manager(
      manager,
    ).query(
      `SELECT "type",
              count(*) FILTER (WHERE "status" = 'PENDING')::int AS "pending",
              count(*) FILTER (WHERE "status" = 'APPROVED' AND "expires_on" BETWEEN $1::date AND $2::date)::int AS "expiring_soon"
         FROM "qualifications"
        GROUP BY "type"`,
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
    const [row]: { verified: number; high_tech: number; awarded: number }[] = await this.manager(
      manager,
    ).query(
      `SELECT
         (SELECT count(*) FROM "organizations"
           WHERE "kind" = 'ENTERPRISE' AND "status" = 'VERIFIED' AND NOT "is_demo")::int AS "verified",
         (SELECT count(DISTINCT q."organization_id")
            FROM "qualifications" q
            JOIN "organizations" o ON o."id" = q."organization_id"
           WHERE o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED' AND NOT o."is_demo"
             AND q."type" = 'HIGH_TECH' AND q."status" = 'APPROVED' AND q."expires_on" >= $1::date)::int AS "high_tech",
         (SELECT count(*)
            FROM "awards" a
            JOIN "demands" d ON d."id" = a."demand_id"
            JOIN "organizations" buyer ON buyer."id" = d."organization_id"
            JOIN "organizations" winner ON winner."id" = a."organization_id"
           WHERE NOT buyer."is_demo" AND NOT winner."is_demo")::int AS "awarded"`,
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
