import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LEADING_FIRM_REVENUE_WAN_YUAN } from '@mcf/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { FinancialReport } from './entities/financial-report.entity.js';
import { HiddenChampion } from './entities/hidden-champion.entity.js';
import { PlanFigure } from './entities/plan-figure.entity.js';

/** Per year, over verified non-demo firms' reports: how many reported, their sums, how many are 龙头企业. */
export interface ReportTotals {
  year: number;
  firms: number;
  revenue: number;
  rdSpend: number;
  leadingFirms: number;
}

export interface HiddenChampionRow {
  organizationId: string;
  name: string;
  isDemo: boolean;
  recognizedYear: number;
  niche: string;
  updatedAt: Date;
}

/**
 * The figures of the plan's targets: recorded figures, firms' private reports (read back only as
 * aggregates, or by the firm itself), hidden champions; and counts over organisations and certificates,
 * in SQL, as of a date.
 */
@Injectable()
export class PlanProgressRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  figures(version: string): Promise<PlanFigure[]> {
    return this.dataSource.getRepository(PlanFigure).find({ where: { planVersion: version } });
  }

  findFigure(version: string, key: string, year: number, manager: EntityManager): Promise<PlanFigure | null> {
    return manager.getRepository(PlanFigure).findOne({ where: { planVersion: version, key, year }, lock: { mode: 'pessimistic_write' } });
  }

  async saveFigure(figure: Omit<PlanFigure, 'updatedAt' | 'updater'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(PlanFigure).upsert({ ...figure, updatedAt: new Date() }, ['planVersion', 'key', 'year']);
  }

  async deleteFigure(version: string, key: string, year: number, manager: EntityManager): Promise<void> {
    await manager.getRepository(PlanFigure).delete({ planVersion: version, key, year });
  }

  /** Demo figures go in only where nothing is recorded: an administrator's figure is never overwritten. */
  async insertDemoFigures(version: string, figures: { key: string; year: number; value: number }[]): Promise<number> {
    if (figures.length === 0) return 0;
    const result = await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PlanFigure)
      .values(figures.map((figure) => ({ ...figure, planVersion: version, isDemo: true, note: '演示数据（非真实统计）', updatedBy: null })))
      .orIgnore()
      .execute();
    return result.identifiers.filter(Boolean).length;
  }

  reportsOf(organizationId: string): Promise<FinancialReport[]> {
    return this.dataSource.getRepository(FinancialReport).find({ where: { organizationId }, order: { year: 'ASC' } });
  }

  async saveReport(organizationId: string, year: number, revenue: number, rdSpend: number, manager: EntityManager): Promise<FinancialReport> {
    await manager.getRepository(FinancialReport).upsert({ organizationId, year, revenue, rdSpend, updatedAt: new Date() }, ['organizationId', 'year']);
    return manager.getRepository(FinancialReport).findOneByOrFail({ organizationId, year });
  }

  async reportTotals(years: readonly number[]): Promise<ReportTotals[]> {
    const rows: { year: number; firms: number; revenue: string; rd_spend: string; leading: number }[] = await this.dataSource.query(
      `SELECT f."year", count(*)::int AS "firms", sum(f."revenue") AS "revenue", sum(f."rd_spend") AS "rd_spend",
              count(*) FILTER (WHERE f."revenue" >= $2)::int AS "leading"
         FROM "financial_reports" f JOIN "organizations" o ON o."id" = f."organization_id"
        WHERE f."year" = ANY($1::int[]) AND NOT o."is_demo" AND o."status" = 'VERIFIED'
        GROUP BY f."year"`,
      [years, LEADING_FIRM_REVENUE_WAN_YUAN],
    );
    return rows.map((row) => ({ year: row.year, firms: row.firms, revenue: Number(row.revenue), rdSpend: Number(row.rd_spend), leadingFirms: row.leading }));
  }

  /**
   * Verified, non-demo ENTERPRISE organisations registered before `until`, and those of them holding a
   * HIGH_TECH certificate that was approved and in force on `asOf` (one that has since lapsed still counts
   * for the year it was in force).
   */
  async firmCounts(until: Date, asOf: string): Promise<{ reserve: number; highTech: number }> {
    const [row]: { reserve: number; high_tech: number }[] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM "organizations" o
           WHERE o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED' AND NOT o."is_demo" AND o."created_at" < $1)::int AS "reserve",
         (SELECT count(DISTINCT q."organization_id") FROM "qualifications" q JOIN "organizations" o ON o."id" = q."organization_id"
           WHERE o."kind" = 'ENTERPRISE' AND o."status" = 'VERIFIED' AND NOT o."is_demo"
             AND q."type" = 'HIGH_TECH' AND q."status" IN ('APPROVED', 'EXPIRED')
             AND q."issued_on" <= $2::date AND q."expires_on" >= $2::date)::int AS "high_tech"`,
      [until, asOf],
    );
    return { reserve: row!.reserve, highTech: row!.high_tech };
  }

  async hiddenChampionsRecognized(fromYear: number, toYear: number): Promise<number> {
    const [row]: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS "count" FROM "hidden_champions" h JOIN "organizations" o ON o."id" = h."organization_id"
        WHERE NOT o."is_demo" AND h."recognized_year" BETWEEN $1 AND $2`,
      [fromYear, toYear],
    );
    return row!.count;
  }

  async hiddenChampions(): Promise<HiddenChampionRow[]> {
    const rows: { organization_id: string; name: string; is_demo: boolean; recognized_year: number; niche: string; updated_at: Date }[] =
      await this.dataSource.query(
        `SELECT h."organization_id", o."name", o."is_demo", h."recognized_year", h."niche", h."updated_at"
           FROM "hidden_champions" h JOIN "organizations" o ON o."id" = h."organization_id"
          ORDER BY h."recognized_year" DESC, o."name"`,
      );
    return rows.map((row) => ({
      organizationId: row.organization_id,
      name: row.name,
      isDemo: row.is_demo,
      recognizedYear: row.recognized_year,
      niche: row.niche,
      updatedAt: row.updated_at,
    }));
  }

  findHiddenChampion(organizationId: string, manager: EntityManager): Promise<HiddenChampion | null> {
    return manager.getRepository(HiddenChampion).findOne({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  async saveHiddenChampion(organizationId: string, recognizedYear: number, niche: string, setBy: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(HiddenChampion).upsert({ organizationId, recognizedYear, niche, setBy, updatedAt: new Date() }, ['organizationId']);
  }

  async deleteHiddenChampion(organizationId: string, manager: EntityManager): Promise<void> {
    await this.manager(manager).getRepository(HiddenChampion).delete({ organizationId });
  }
}
