import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { demandConditionSql, demandsListedCondition, namedSqlParameters, type StoredExplanation } from '@mcf/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { MatchDiagnostics } from '@mcf/contracts';
import { Match } from './entities/match.entity.js';

export interface MatchRow {
  demandId: string;
  organizationId: string;
  eligible: boolean;
  /** Eligible, below the text threshold, stored only because no firm passed it. */
  weak: boolean;
  score: number;
  explanation: StoredExplanation;
  demandVersion: number;
}

/**
 * Inserts or updates the match rows of the JSON array in `$1`: one statement whatever the number of rows (a
 * demand at 10⁵ firms writes hundreds), as one JSON document because as arrays every explanation was escaped
 * again as an element of a text array literal, which cost the matching process more than building the rows.
 */
const UPSERT_ROWS_OF_$1 = `INSERT INTO "matches" ("demand_id", "organization_id", "eligible", "weak", "score", "explanation", "demand_version", "updated_at")
       SELECT r."demandId", r."organizationId", r."eligible", r."weak", r."score", r."explanation", r."demandVersion", now()
         FROM jsonb_to_recordset($1::jsonb)
           AS r("demandId" uuid, "organizationId" uuid, "eligible" boolean, "weak" boolean, "score" real, "explanation" jsonb, "demandVersion" integer)
       ON CONFLICT ("demand_id", "organization_id") DO UPDATE SET "eligible" = EXCLUDED."eligible", "weak" = EXCLUDED."weak",
         "score" = EXCLUDED."score", "explanation" = EXCLUDED."explanation", "demand_version" = EXCLUDED."demand_version",
         "updated_at" = EXCLUDED."updated_at"`;

/** Stored matches: one row per demand and firm, so a retried job overwrites instead of duplicating. */
@Injectable()
export class MatchesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Inserts or updates `rows`, sent as one JSON document in `$1` (see UPSERT_ROWS_OF_$1). */
  private async upsert(rows: MatchRow[], manager: EntityManager): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(UPSERT_ROWS_OF_$1, [JSON.stringify(rows)]);
  }

  /**
   * The matches of a demand become exactly `rows`, and its diagnostics `diagnostics` (null: none), in one
   * statement: a matching job waited on its transaction's round trips, each holding a connection while the
   * worker's event loop scored other demands.
   */
  async replaceForDemand(
    demandId: string,
    demandVersion: number,
    rows: MatchRow[],
    diagnostics: MatchDiagnostics | null,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `WITH "gone" AS (
         DELETE FROM "matches" WHERE "demand_id" = $2::uuid
            AND "organization_id" NOT IN (SELECT (r->>'organizationId')::uuid FROM jsonb_array_elements($1::jsonb) AS r)
       ), "undiagnosed" AS (
         DELETE FROM "demand_match_diagnostics" WHERE "demand_id" = $2::uuid AND $4::jsonb IS NULL
       ), "diagnosed" AS (
         INSERT INTO "demand_match_diagnostics" ("demand_id", "demand_version", "diagnostics", "updated_at")
         SELECT $2::uuid, $3::integer, $4::jsonb, now() WHERE $4::jsonb IS NOT NULL
         ON CONFLICT ("demand_id") DO UPDATE SET "demand_version" = EXCLUDED."demand_version",
           "diagnostics" = EXCLUDED."diagnostics", "updated_at" = now()
       )
       ${UPSERT_ROWS_OF_$1}`,
      [JSON.stringify(rows), demandId, demandVersion, diagnostics === null ? null : JSON.stringify(diagnostics)],
    );
  }

  /** The firm's matches on open demands become exactly `rows` (history on closed demands stays). */
  async replaceForEnterprise(
    organizationId: string,
    rows: MatchRow[],
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `DELETE FROM "matches" m USING "demands" d
        WHERE m."demand_id" = d."id" AND d."status" = 'PUBLISHED' AND m."organization_id" = $1 AND NOT (m."demand_id" = ANY($2::uuid[]))`,
      [organizationId, rows.map((r) => r.demandId)],
    );
    await this.upsert(rows, manager);
  }

  async diagnosticsFor(demandId: string, demandVersion: number): Promise<MatchDiagnostics | null> {
    const [row] = (await this.dataSource.query(
      `SELECT "diagnostics" FROM "demand_match_diagnostics" WHERE "demand_id" = $1 AND "demand_version" = $2`,
      [demandId, demandVersion],
    )) as { diagnostics: MatchDiagnostics }[];
    return row?.diagnostics ?? null;
  }

  eligibleFor(demandId: string, limit = 100): Promise<Match[]> {
    return this.dataSource.getRepository(Match).find({
      where: { demandId, eligible: true },
      order: { score: 'DESC', organizationId: 'ASC' },
      take: limit,
    });
  }

  /**
   * The firm's matches on the demands listed to it (open, and visible to it by the visibility rule:
   * an INVITED demand only once it is invited). Verified or not, a firm is listed the same demands
   * (the rule differs only in the details it reads), so the firm's status is not needed here.
   */
  async forEnterprise(organizationId: string, limit = 100): Promise<Match[]> {
    const listed = namedSqlParameters('listed');
    const visible = demandConditionSql(
      demandsListedCondition({ kind: 'ENTERPRISE', organizationId, verified: false }),
      'd',
      listed.placeholder,
    );
    return this.dataSource
      .getRepository(Match)
      .createQueryBuilder('m')
      .innerJoin('demands', 'd', 'd.id = m.demand_id')
      .where('m.organization_id = :organizationId', { organizationId })
      .andWhere(visible, listed.parameters)
      .orderBy('m.score', 'DESC')
      .addOrderBy('m.demand_id', 'ASC')
      .limit(limit)
      .getMany();
  }
}
