/**
 * Every quantitative target of Xianning's military-civilian fusion action plan 2021–2025
 * (shared/context/xianning-mcf-action-plan-2021-2025.txt, 修改稿 published 2021-07-08), each with the
 * sentence it comes from, verbatim. Versioned: a revised plan adds a new version, it never edits this one,
 * so that figures recorded against a version keep meaning what they meant.
 *
 * How each target is measured on the platform (`measure`):
 * - RECORDED: the platform cannot count it (产值, R&D intensity); administrators record the yearly figure.
 * - COUNTED: counted from the platform's registries (parks and platforms, verified firms, certificates,
 *   the 隐形冠军 flag administrators set).
 * - REPORTED: counted from the revenue and R&D spend firms report privately each year; shown only as an
 *   aggregate over at least AGGREGATE_MIN_FIRMS reporting firms.
 */
export const ACTION_PLAN_TARGETS_VERSION = 'xianning-mcf-2021-2025-revised-2021-07-08';

/** The plan's years: it runs 2021–2025 and every figure is due by 2025 (“力争到2025年”). */
export const ACTION_PLAN_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
export type ActionPlanYear = (typeof ACTION_PLAN_YEARS)[number];
export const ACTION_PLAN_TARGET_YEAR = 2025;

/** Reported figures are shown only for groups of at least this many firms (one firm's figure never shows). */
export const AGGREGATE_MIN_FIRMS = 5;

/** A 龙头企业 of the plan: revenue over 5亿元, i.e. 50 000 万元 (firms report in 万元). */
export const LEADING_FIRM_REVENUE_WAN_YUAN = 50_000;

export const ACTION_PLAN_TARGET_KEYS = [
  'INDUSTRY_OUTPUT',
  'OUTPUT_NEW_MATERIALS',
  'OUTPUT_INTELLIGENT_EQUIPMENT',
  'OUTPUT_EMERGENCY_SAFETY',
  'RD_INTENSITY',
  'DEFENCE_RESEARCH_CAPABILITY',
  'EQUIPMENT_MANUFACTURING_CAPABILITY',
  'DUAL_USE_PLATFORMS',
  'HIGH_TECH_ENTERPRISES',
  'PROVINCIAL_DEMONSTRATION_BASES',
  'RESERVE_ENTERPRISES',
  'LEADING_ENTERPRISES',
  'HIDDEN_CHAMPIONS',
] as const;
export type ActionPlanTargetKey = (typeof ACTION_PLAN_TARGET_KEYS)[number];

export const ACTION_PLAN_MEASURES = ['RECORDED', 'COUNTED', 'REPORTED'] as const;
export type ActionPlanMeasure = (typeof ACTION_PLAN_MEASURES)[number];

/** Units: 亿元, percent, a multiple of the 2020 level, or a count of 家 / 个. */
export const ACTION_PLAN_UNITS = ['YI_YUAN', 'PERCENT', 'MULTIPLE', 'FIRMS', 'PLATFORMS', 'BASES'] as const;
export type ActionPlanUnit = (typeof ACTION_PLAN_UNITS)[number];

export const ACTION_PLAN_UNIT_ZH: Readonly<Record<ActionPlanUnit, string>> = {
  YI_YUAN: '亿元',
  PERCENT: '%',
  MULTIPLE: '倍（以2020年为1）',
  FIRMS: '家',
  PLATFORMS: '个',
  BASES: '家',
};

export interface ActionPlanTarget {
  key: ActionPlanTargetKey;
  nameZh: string;
  nameEn: string;
  /** The figure the plan sets: at least `min`, and `max` where the plan gives a range (“5-8个”). */
  min: number;
  max: number | null;
  unit: ActionPlanUnit;
  measure: ActionPlanMeasure;
  /** “新增”/“培育”: only what is added from 2021 on counts; otherwise the level reached. */
  cumulativeFrom2021: boolean;
  /** The figure as the plan writes it, verbatim (e.g. “突破200亿”). */
  figureText: string;
  /** The sentence of the plan that sets it, verbatim. */
  source: string;
  /** How the platform measures it, in Chinese, for the dashboard. */
  basisZh: string;
}

const DEVELOPMENT_TARGETS =
  '着力推动高新复合材料、应急装备、军事医学等领域国防科研与装备制造两个能力倍增,军转民、民参军重点企业R&D经费投入强度达到2.5%,力争培育军地两用科技创新平台5-8个, 军民融合高新技术企业20家。';
const OUTPUT_TARGETS = '力争军民融合产业产值突破200亿,其中军用新材料突破20亿,军用智能装备突破30亿,应急安全突破50亿。';
const FIRM_TARGETS =
  '新增1-2家省级军民融合示范基地,储备军转民、民参军企业50家,培育5-10家过5亿元的民参军龙头企业,新增细分行业“隐形冠军”企业5家。';

export const ACTION_PLAN_TARGETS: readonly ActionPlanTarget[] = [
  {
    key: 'INDUSTRY_OUTPUT',
    nameZh: '军民融合产业产值',
    nameEn: 'Output of the military-civilian fusion industry',
    min: 200,
    max: null,
    unit: 'YI_YUAN',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '突破200亿',
    source: OUTPUT_TARGETS,
    basisZh: '管理员按年填报（统计部门数据）',
  },
  {
    key: 'OUTPUT_NEW_MATERIALS',
    nameZh: '军用新材料产值',
    nameEn: 'Output of military new materials',
    min: 20,
    max: null,
    unit: 'YI_YUAN',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '突破20亿',
    source: OUTPUT_TARGETS,
    basisZh: '管理员按年填报（统计部门数据）',
  },
  {
    key: 'OUTPUT_INTELLIGENT_EQUIPMENT',
    nameZh: '军用智能装备产值',
    nameEn: 'Output of military intelligent equipment',
    min: 30,
    max: null,
    unit: 'YI_YUAN',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '突破30亿',
    source: OUTPUT_TARGETS,
    basisZh: '管理员按年填报（统计部门数据）',
  },
  {
    key: 'OUTPUT_EMERGENCY_SAFETY',
    nameZh: '应急安全产值',
    nameEn: 'Output of emergency and safety industry',
    min: 50,
    max: null,
    unit: 'YI_YUAN',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '突破50亿',
    source: OUTPUT_TARGETS,
    basisZh: '管理员按年填报（统计部门数据）',
  },
  {
    key: 'RD_INTENSITY',
    nameZh: '军转民、民参军重点企业R&D经费投入强度',
    nameEn: 'R&D intensity of key dual-use firms',
    min: 2.5,
    max: null,
    unit: 'PERCENT',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '达到2.5%',
    source: DEVELOPMENT_TARGETS,
    basisZh: '管理员按年填报；另列企业自报研发经费÷营业收入的汇总值（不少于5家企业时显示）',
  },
  {
    key: 'DEFENCE_RESEARCH_CAPABILITY',
    nameZh: '国防科研能力（高新复合材料、应急装备、军事医学等领域）',
    nameEn: 'Defence research capability (multiple of 2020)',
    min: 2,
    max: null,
    unit: 'MULTIPLE',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '两个能力倍增',
    source: DEVELOPMENT_TARGETS,
    basisZh: '管理员按年填报相对2020年的倍数',
  },
  {
    key: 'EQUIPMENT_MANUFACTURING_CAPABILITY',
    nameZh: '装备制造能力（高新复合材料、应急装备、军事医学等领域）',
    nameEn: 'Equipment manufacturing capability (multiple of 2020)',
    min: 2,
    max: null,
    unit: 'MULTIPLE',
    measure: 'RECORDED',
    cumulativeFrom2021: false,
    figureText: '两个能力倍增',
    source: DEVELOPMENT_TARGETS,
    basisZh: '管理员按年填报相对2020年的倍数',
  },
  {
    key: 'DUAL_USE_PLATFORMS',
    nameZh: '军地两用科技创新平台',
    nameEn: 'Dual-use science and technology innovation platforms',
    min: 5,
    max: 8,
    unit: 'PLATFORMS',
    measure: 'COUNTED',
    cumulativeFrom2021: true,
    figureText: '5-8个',
    source: DEVELOPMENT_TARGETS,
    basisZh: '基地园区名录中类型为“创新平台”、2021年起认定的条目（不含演示数据）',
  },
  {
    key: 'HIGH_TECH_ENTERPRISES',
    nameZh: '军民融合高新技术企业',
    nameEn: 'High-tech military-civilian fusion enterprises',
    min: 20,
    max: null,
    unit: 'FIRMS',
    measure: 'COUNTED',
    cumulativeFrom2021: false,
    figureText: '20家',
    source: DEVELOPMENT_TARGETS,
    basisZh: '已认证企业中持有当年年末（当年则为今日）有效的高新技术企业证书者（不含演示数据）',
  },
  {
    key: 'PROVINCIAL_DEMONSTRATION_BASES',
    nameZh: '省级军民融合示范基地',
    nameEn: 'Provincial military-civilian fusion demonstration bases',
    min: 1,
    max: 2,
    unit: 'BASES',
    measure: 'COUNTED',
    cumulativeFrom2021: true,
    figureText: '新增1-2家',
    source: FIRM_TARGETS,
    basisZh: '基地园区名录中2021年起认定为省级军民融合示范基地的条目（不含演示数据）',
  },
  {
    key: 'RESERVE_ENTERPRISES',
    nameZh: '储备军转民、民参军企业',
    nameEn: 'Reserve of dual-use enterprises',
    min: 50,
    max: null,
    unit: 'FIRMS',
    measure: 'COUNTED',
    cumulativeFrom2021: false,
    figureText: '50家',
    source: FIRM_TARGETS,
    basisZh: '当年年末前注册、现为已认证状态的企业（不含演示数据）',
  },
  {
    key: 'LEADING_ENTERPRISES',
    nameZh: '过5亿元的民参军龙头企业',
    nameEn: 'Leading firms with revenue over 500 million yuan',
    min: 5,
    max: 10,
    unit: 'FIRMS',
    measure: 'REPORTED',
    cumulativeFrom2021: false,
    figureText: '5-10家',
    source: FIRM_TARGETS,
    basisZh: '企业自报当年营业收入超过5亿元的家数（自报企业不少于5家时显示）',
  },
  {
    key: 'HIDDEN_CHAMPIONS',
    nameZh: '细分行业“隐形冠军”企业',
    nameEn: 'Hidden champions of market niches',
    min: 5,
    max: null,
    unit: 'FIRMS',
    measure: 'COUNTED',
    cumulativeFrom2021: true,
    figureText: '“隐形冠军”企业5家',
    source: FIRM_TARGETS,
    basisZh: '管理员标记为“隐形冠军”、认定年份在2021年起的企业（不含演示数据）',
  },
];

export function actionPlanTargetByKey(key: ActionPlanTargetKey): ActionPlanTarget {
  return ACTION_PLAN_TARGETS.find((target) => target.key === key)!;
}

/** Whether a year's value reaches the plan's figure (`min`; a range is reached at its lower end). */
export function reachesActionPlanTarget(target: Pick<ActionPlanTarget, 'min'>, value: number | null): boolean | null {
  return value === null ? null : value >= target.min;
}

/**
 * A figure over firms' private reports, or null when fewer than `minFirms` firms reported: with fewer,
 * a reader could work one firm's figure out.
 */
export function aggregateOverFirms<T>(
  reports: readonly T[],
  aggregate: (reports: readonly T[]) => number,
  minFirms: number = AGGREGATE_MIN_FIRMS,
): number | null {
  return reports.length >= minFirms ? aggregate(reports) : null;
}

/** R&D spend ÷ revenue over the reporting firms, as a percentage to two decimals; null when revenue is 0. */
export function rdIntensityPercent(reports: readonly { revenue: number; rdSpend: number }[]): number | null {
  const revenue = reports.reduce((sum, report) => sum + report.revenue, 0);
  if (revenue <= 0) return null;
  const spend = reports.reduce((sum, report) => sum + report.rdSpend, 0);
  return Math.round((spend / revenue) * 10_000) / 100;
}
