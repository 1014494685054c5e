import { Injectable } from '@nestjs/common';
import {
  EXPIRING_WITHIN_DAYS,
  PLAN_TARGET_DEFAULTS,
  type PlanTargetKey,
  type PlanTargetList,
  type PlanTargetProgress,
  type PlatformStatistics,
  STATISTICS_MONTHS,
  type StatisticsDataset,
  type StatisticsDownloadFormat,
} from '@mcf/contracts';
import { XIANNING_CITY_CODE } from '@mcf/domain';
import type { Actor } from '../../core/auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import { assembleStatistics, targetProgress } from './statistics-figures.js';
import { type DatasetFile, datasetFile, datasetTable } from './statistics-datasets.js';
import { statisticsPeriod } from './statistics-period.util.js';
import { StatisticsRepository } from './statistics.repository.js';

/** Codes under this prefix are Xianning's and are reported per county; others per province. */
const LOCAL_PREFIX = XIANNING_CITY_CODE.slice(0, 4);

/** The administrators' dashboard: the platform's figures, the plan's targets and their downloads. */
@Injectable()
export class StatisticsService {
  constructor(
    private readonly statistics: StatisticsRepository,
    private readonly audit: AuditService,
  ) {}

  async overview(now: Date = new Date()): Promise<PlatformStatistics> {
    const period = statisticsPeriod(now, STATISTICS_MONTHS, EXPIRING_WITHIN_DAYS);
    const raw = await this.statistics.snapshot(async (manager) => ({
      kindStatus: await this.statistics.organizationsByKindAndStatus(manager),
      sectors: await this.statistics.publishedProfilesBySector(manager),
      regions: await this.statistics.organizationsByRegion(LOCAL_PREFIX, manager),
      funnel: await this.statistics.demandFunnel(period.monthsFrom, manager),
      certificates: await this.statistics.certificatesByType(period.today, period.expiringUntil, manager),
      values: await this.statistics.targetValues(period.today, manager),
      setTargets: await this.statistics.setTargets(manager),
    }));
    return assembleStatistics(raw, period, LOCAL_PREFIX, now);
  }

  async targets(now: Date = new Date()): Promise<PlanTargetList> {
    const period = statisticsPeriod(now, STATISTICS_MONTHS, EXPIRING_WITHIN_DAYS);
    const [values, setTargets] = await this.statistics.snapshot(
      async (manager) =>
        [
          await this.statistics.targetValues(period.today, manager),
          await this.statistics.setTargets(manager),
        ] as const,
    );
    return { items: targetProgress(values, setTargets) };
  }

  /** Sets one target; the change and the value it replaced go to the audit trail in the same transaction. */
  async setTarget(actor: Actor, key: PlanTargetKey, target: number): Promise<PlanTargetProgress> {
    await this.statistics.transaction(async (manager) => {
      const before = await this.statistics.findTarget(key, manager);
      await this.statistics.saveTarget(key, target, actor.userId, manager);
      await this.audit.record(
        {
          actor,
          action: 'admin.plan_target.set',
          targetType: 'plan_target',
          targetId: key,
          before: { target: before?.target ?? PLAN_TARGET_DEFAULTS[key].target, isDefault: before === null },
          after: { target },
        },
        manager,
      );
    });
    const { items } = await this.targets();
    return items.find((item) => item.key === key)!;
  }

  async download(
    dataset: StatisticsDataset,
    format: StatisticsDownloadFormat,
    now: Date = new Date(),
  ): Promise<DatasetFile> {
    const statistics = await this.overview(now);
    const day = statisticsPeriod(now, 1, 0).today;
    return datasetFile(dataset, datasetTable(statistics, dataset), format, day);
  }
}
