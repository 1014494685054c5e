import type { PlanProgress, PlanTargetRow, PlanYearValue } from '@mcf/contracts';
import {
  ACTION_PLAN_TARGETS,
  ACTION_PLAN_TARGETS_VERSION,
  ACTION_PLAN_UNIT_ZH,
  ACTION_PLAN_YEARS,
  AGGREGATE_MIN_FIRMS,
  type ActionPlanTargetKey,
  reachesActionPlanTarget,
  rdIntensityPercent,
} from '@mcf/domain';
import type { CellValue } from '../imports/xlsx/xlsx-writer.js';
import type { ReportTotals } from './plan-progress.repository.js';

/** What the registries counted for one year (null: the year has not begun). */
export interface CountedYear {
  year: number;
  platforms: number;
  provincialBases: number;
  highTech: number;
  reserve: number;
  hiddenChampions: number;
}

export interface RawProgress {
  figures: { key: string; year: number; value: number; isDemo: boolean }[];
  reports: ReportTotals[];
  counted: CountedYear[];
  minGroupSize?: number;
}

const COUNTED: Partial<Record<ActionPlanTargetKey, keyof Omit<CountedYear, 'year'>>> = {
  DUAL_USE_PLATFORMS: 'platforms',
  PROVINCIAL_DEMONSTRATION_BASES: 'provincialBases',
  HIGH_TECH_ENTERPRISES: 'highTech',
  RESERVE_ENTERPRISES: 'reserve',
  HIDDEN_CHAMPIONS: 'hiddenChampions',
};

/** Every target of the plan, with each year's value from its source, against the plan's figure. */
export function assembleProgress(raw: RawProgress): PlanProgress {
  const minGroup = raw.minGroupSize ?? AGGREGATE_MIN_FIRMS;
  const figure = new Map(raw.figures.map((f) => [`${f.key}|${f.year}`, f]));
  const reports = new Map(raw.reports.map((r) => [r.year, r]));
  const counted = new Map(raw.counted.map((c) => [c.year, c]));
  const targets: PlanTargetRow[] = ACTION_PLAN_TARGETS.map((target) => {
    const years = ACTION_PLAN_YEARS.map((year): PlanYearValue => {
      const report = reports.get(year);
      const firms = report?.firms ?? 0;
      const enough = firms >= minGroup;
      const base = { year, isDemo: false, reportingFirms: null, reportedAggregate: null, withheld: false };
      let entry: PlanYearValue;
      if (target.measure === 'RECORDED') {
        const recorded = figure.get(`${target.key}|${year}`);
        entry = { ...base, value: recorded?.value ?? null, basis: 'RECORDED', isDemo: recorded?.isDemo ?? false, reached: null };
        if (target.key === 'RD_INTENSITY') {
          entry.reportingFirms = firms;
          entry.reportedAggregate = enough && report ? rdIntensityPercent([report]) : null;
        }
      } else if (target.measure === 'REPORTED') {
        entry = { ...base, value: enough && report ? report.leadingFirms : null, basis: 'REPORTED', reached: null, reportingFirms: firms, withheld: !enough && firms > 0 };
      } else {
        const counts = counted.get(year);
        entry = { ...base, value: counts ? counts[COUNTED[target.key]!] : null, basis: 'COUNTED', reached: null };
      }
      entry.reached = reachesActionPlanTarget(target, entry.value);
      return entry;
    });
    return { ...target, years };
  });
  return { version: ACTION_PLAN_TARGETS_VERSION, years: [...ACTION_PLAN_YEARS], minGroupSize: minGroup, targets };
}

const MEASURE_ZH = { RECORDED: '管理员填报', COUNTED: '平台统计', REPORTED: '企业自报汇总' } as const;

/** The dashboard as one table: a row per target, a column per year, the plan's figure and its sentence. */
export function progressTable(progress: PlanProgress): { header: string[]; rows: CellValue[][]; textColumns: number[]; columnWidths: number[] } {
  const header = [
    '指标代码',
    '指标',
    '规划目标（2025年）',
    '目标下限',
    '目标上限',
    '单位',
    '口径',
    ...progress.years.map((year) => `${year}年`),
    '2025年是否达成',
    '备注',
    '规划原文',
  ];
  const rows = progress.targets.map((target) => {
    const notes: string[] = [];
    const demoYears = target.years.filter((y) => y.isDemo).map((y) => y.year);
    if (demoYears.length > 0) notes.push(`演示数据：${demoYears.join('、')}年`);
    const withheld = target.years.filter((y) => y.withheld).map((y) => y.year);
    if (withheld.length > 0) notes.push(`自报企业不足${progress.minGroupSize}家未显示：${withheld.join('、')}年`);
    const reported = target.years.filter((y) => y.reportedAggregate !== null);
    if (reported.length > 0) notes.push(`企业自报汇总：${reported.map((y) => `${y.year}年${y.reportedAggregate}%（${y.reportingFirms}家）`).join('；')}`);
    const last = target.years.at(-1)!;
    return [
      target.key,
      target.nameZh,
      target.figureText,
      target.min,
      target.max,
      ACTION_PLAN_UNIT_ZH[target.unit],
      `${MEASURE_ZH[target.measure]}：${target.basisZh}`,
      ...target.years.map((y) => y.value),
      last.reached === null ? '无数据' : last.reached ? '已达成' : '未达成',
      notes.join('；'),
      target.source,
    ];
  });
  return {
    header,
    rows,
    textColumns: [0],
    columnWidths: [34, 40, 18, 10, 10, 16, 50, ...progress.years.map(() => 10), 14, 50, 80],
  };
}
