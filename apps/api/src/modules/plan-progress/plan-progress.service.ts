import { Injectable } from '@nestjs/common';
import type {
  FinancialReportList,
  FinancialReportView,
  HiddenChampionList,
  PlanProgress,
} from '@mcf/contracts';
import {
  ACTION_PLAN_TARGETS_VERSION,
  ACTION_PLAN_YEARS,
  actionPlanTargetByKey,
  type ActionPlanTargetKey,
  chinaDateOf,
} from '@mcf/domain';
import type { Actor } from '../../core/auth/actor.js';
import { isAdmin } from '../../core/auth/actor.js';
import { ValidationFailedError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { csvCell } from '../imports/csv.util.js';
import { writeXlsx } from '../imports/xlsx/xlsx-writer.js';
import { ParksService } from '../parks/parks.service.js';
import { assembleProgress, type CountedYear, progressTable } from './plan-progress-figures.js';
import { PlanProgressRepository } from './plan-progress.repository.js';

const FIRST_YEAR = ACTION_PLAN_YEARS[0];

export interface ProgressFile {
  content: Buffer;
  contentType: string;
  fileName: string;
  fileNameZh: string;
}

/** The plan's targets against what was recorded, counted and reported; firms' private reports; 隐形冠军. */
@Injectable()
export class PlanProgressService {
  constructor(
    private readonly progress: PlanProgressRepository,
    private readonly parks: ParksService,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  /** Each year's counts as of its last day (China time), or today for the current year; nothing for years to come. */
  private async counted(now: Date): Promise<CountedYear[]> {
    const today = chinaDateOf(now);
    const thisYear = Number(today.slice(0, 4));
    const years: CountedYear[] = [];
    for (const year of ACTION_PLAN_YEARS) {
      if (year > thisYear) continue;
      const asOf = year === thisYear ? today : `${year}-12-31`;
      const until = new Date(`${year + 1}-01-01T00:00:00+08:00`);
      const firms = await this.progress.firmCounts(until < now ? until : now, asOf);
      years.push({
        year,
        platforms: await this.parks.countRecognized({ kind: 'PLATFORM' }, FIRST_YEAR, year),
        provincialBases: await this.parks.countRecognized({ mcfDemonstrationLevel: 'PROVINCIAL' }, FIRST_YEAR, year),
        highTech: firms.highTech,
        reserve: firms.reserve,
        hiddenChampions: await this.progress.hiddenChampionsRecognized(FIRST_YEAR, year),
      });
    }
    return years;
  }

  async overview(now: Date = new Date()): Promise<PlanProgress> {
    const [figures, reports, counted] = await Promise.all([
      this.progress.figures(ACTION_PLAN_TARGETS_VERSION),
      this.progress.reportTotals(ACTION_PLAN_YEARS),
      this.counted(now),
    ]);
    return assembleProgress({ figures, reports, counted });
  }

  async export(format: 'csv' | 'xlsx', now: Date = new Date()): Promise<ProgressFile> {
    const table = progressTable(await this.overview(now));
    const day = chinaDateOf(now);
    const fileName = `plan-targets-${day}.${format}`;
    const fileNameZh = `规划目标完成情况-${day}.${format}`;
    if (format === 'xlsx') {
      return {
        content: writeXlsx([{ name: '规划目标完成情况', header: true, rows: [table.header, ...table.rows], textColumns: table.textColumns, columnWidths: table.columnWidths }]),
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName,
        fileNameZh,
      };
    }
    const lines = [table.header, ...table.rows].map((row) => row.map((cell) => csvCell(cell === null ? '' : String(cell))).join(','));
    return { content: Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8'), contentType: 'text/csv; charset=utf-8', fileName, fileNameZh };
  }

  private recordedTarget(key: ActionPlanTargetKey) {
    const target = actionPlanTargetByKey(key);
    if (target.measure !== 'RECORDED') {
      throw new ValidationFailedError([
        { field: 'key', code: 'TARGET_NOT_RECORDED', message: 'this target is counted by the platform, not recorded', messageZh: '该指标由平台统计，无需填报' },
      ]);
    }
    return target;
  }

  /** Records (or replaces) a year's figure of a RECORDED target; audited with the value it replaced. */
  async recordFigure(actor: Actor, key: ActionPlanTargetKey, year: number, value: number, note: string | null): Promise<PlanProgress> {
    this.recordedTarget(key);
    await this.progress.transaction(async (manager) => {
      const before = await this.progress.findFigure(ACTION_PLAN_TARGETS_VERSION, key, year, manager);
      await this.progress.saveFigure({ planVersion: ACTION_PLAN_TARGETS_VERSION, key, year, value, note, isDemo: false, updatedBy: actor.userId }, manager);
      await this.audit.record(
        {
          actor,
          action: 'admin.plan_figure.recorded',
          targetType: 'plan_figure',
          targetId: `${key}/${year}`,
          before: before ? { value: before.value, note: before.note, isDemo: before.isDemo } : null,
          after: { value, note, version: ACTION_PLAN_TARGETS_VERSION },
        },
        manager,
      );
    });
    return this.overview();
  }

  async clearFigure(actor: Actor, key: ActionPlanTargetKey, year: number): Promise<void> {
    this.recordedTarget(key);
    await this.progress.transaction(async (manager) => {
      const before = await this.progress.findFigure(ACTION_PLAN_TARGETS_VERSION, key, year, manager);
      if (!before) throw CommonErrors.notFound();
      await this.progress.deleteFigure(ACTION_PLAN_TARGETS_VERSION, key, year, manager);
      await this.audit.record(
        { actor, action: 'admin.plan_figure.cleared', targetType: 'plan_figure', targetId: `${key}/${year}`, before: { value: before.value, note: before.note, isDemo: before.isDemo } },
        manager,
      );
    });
  }

  /** Demo figures of RECORDED targets, only where nothing is recorded. */
  seedDemoFigures(figures: { key: ActionPlanTargetKey; year: number; value: number }[]): Promise<number> {
    for (const figure of figures) this.recordedTarget(figure.key);
    return this.progress.insertDemoFigures(ACTION_PLAN_TARGETS_VERSION, figures);
  }

  /** A firm's own reports: the firm's members only. Administrators are refused too: only aggregates reach them. */
  private async ownFirm(actor: Actor, organizationId: string): Promise<void> {
    if (actor.organizationId !== organizationId) {
      if (isAdmin(actor)) throw CommonErrors.forbidden();
      throw CommonErrors.notFound();
    }
    const organization = await this.accounts.findOrganizationById(organizationId);
    if (!organization || organization.kind !== 'ENTERPRISE') throw CommonErrors.notFound();
  }

  async reports(actor: Actor, organizationId: string): Promise<FinancialReportList> {
    await this.ownFirm(actor, organizationId);
    const items = await this.progress.reportsOf(organizationId);
    return { years: [...ACTION_PLAN_YEARS], items: items.map((r) => ({ year: r.year, revenue: r.revenue, rdSpend: r.rdSpend, updatedAt: r.updatedAt.toISOString() })) };
  }

  /** Saves a year's report; the audit trail records that it was filed, never the figures. */
  async saveReport(actor: Actor, organizationId: string, year: number, revenue: number, rdSpend: number): Promise<FinancialReportView> {
    await this.ownFirm(actor, organizationId);
    const saved = await this.progress.transaction(async (manager) => {
      const report = await this.progress.saveReport(organizationId, year, revenue, rdSpend, manager);
      await this.audit.record({ actor, action: 'financial_report.saved', targetType: 'financial_report', targetId: organizationId, after: { year } }, manager);
      return report;
    });
    return { year: saved.year, revenue: saved.revenue, rdSpend: saved.rdSpend, updatedAt: saved.updatedAt.toISOString() };
  }

  async hiddenChampions(): Promise<HiddenChampionList> {
    const rows = await this.progress.hiddenChampions();
    return { items: rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })) };
  }

  async setHiddenChampion(actor: Actor, organizationId: string, recognizedYear: number, niche: string): Promise<HiddenChampionList> {
    await this.progress.transaction(async (manager) => {
      const organization = await this.accounts.findOrganizationById(organizationId, manager);
      if (!organization || organization.kind !== 'ENTERPRISE') throw CommonErrors.notFound();
      const before = await this.progress.findHiddenChampion(organizationId, manager);
      await this.progress.saveHiddenChampion(organizationId, recognizedYear, niche, actor.userId, manager);
      await this.audit.record(
        {
          actor,
          action: 'admin.hidden_champion.set',
          targetType: 'organization',
          targetId: organizationId,
          before: before ? { recognizedYear: before.recognizedYear, niche: before.niche } : null,
          after: { recognizedYear, niche },
        },
        manager,
      );
    });
    return this.hiddenChampions();
  }

  async removeHiddenChampion(actor: Actor, organizationId: string): Promise<void> {
    await this.progress.transaction(async (manager) => {
      const before = await this.progress.findHiddenChampion(organizationId, manager);
      if (!before) throw CommonErrors.notFound();
      await this.progress.deleteHiddenChampion(organizationId, manager);
      await this.audit.record(
        { actor, action: 'admin.hidden_champion.removed', targetType: 'organization', targetId: organizationId, before: { recognizedYear: before.recognizedYear, niche: before.niche } },
        manager,
      );
    });
  }
}
