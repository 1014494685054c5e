import {
  type CertificateCount,
  type DemandFunnel,
  EXPIRING_WITHIN_DAYS,
  ORGANIZATION_KINDS,
  PLAN_TARGET_DEFAULTS,
  PLAN_TARGET_KEYS,
  type PlanTargetKey,
  type PlanTargetProgress,
  type PlatformStatistics,
  type RegionCount,
  STATISTICS_TIME_ZONE,
} from '@mcf/contracts';
import {
  ORGANIZATION_STATUSES,
  QUALIFICATION_TYPE_CODES,
  type QualificationTypeCode,
  SECTOR_CODES,
  type SectorCode,
  XIANNING_REGIONS,
} from '@mcf/domain';
import type { PlanTarget } from './entities/plan-target.entity.js';
import type { StatisticsPeriod } from './statistics-period.util.js';
import type {
  CertificateRow,
  FunnelRow,
  KindStatusRow,
  RegionRow,
  SectorRow,
  TargetValues,
} from './statistics.repository.js';

/** What the repository counted, on one snapshot. */
export interface RawFigures {
  kindStatus: KindStatusRow[];
  sectors: SectorRow[];
  regions: RegionRow[];
  funnel: FunnelRow[];
  certificates: CertificateRow[];
  values: TargetValues;
  setTargets: PlanTarget[];
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A share as a fraction to four places (two decimals of a percentage); null when there is nothing to divide by. */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? round(part / whole, 4) : null;
}

function funnelOf(row: FunnelRow | undefined): DemandFunnel {
  const published = row?.published ?? 0;
  const responded = row?.responded ?? 0;
  return {
    published,
    matched: row?.matched ?? 0,
    responded,
    awarded: row?.awarded ?? 0,
    responseRate: shareOf(responded, published),
    medianHoursToFirstResponse: row?.medianHours == null ? null : round(row.medianHours, 1),
  };
}

const XIANNING_ORDER = new Map(XIANNING_REGIONS.map((region, index) => [region.code, index]));

function regionCounts(rows: RegionRow[], localPrefix: string): RegionCount[] {
  const byRegion = new Map<string, RegionCount>();
  for (const row of rows) {
    const entry = byRegion.get(row.region) ?? {
      regionCode: row.region,
      local: row.region.startsWith(localPrefix),
      enterprise: 0,
      procurer: 0,
    };
    if (row.kind === 'ENTERPRISE') entry.enterprise += row.count;
    else if (row.kind === 'PROCURER') entry.procurer += row.count;
    byRegion.set(row.region, entry);
  }
  const rank = (entry: RegionCount) =>
    entry.local ? (XIANNING_ORDER.get(entry.regionCode) ?? XIANNING_ORDER.size) : XIANNING_ORDER.size + 1;
  // Xianning first, in the catalogue's order; then the provinces, most organisations first.
  return [...byRegion.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      b.enterprise + b.procurer - (a.enterprise + a.procurer) ||
      a.regionCode.localeCompare(b.regionCode),
  );
}

const TARGET_VALUE: Record<PlanTargetKey, keyof TargetValues> = {
  VERIFIED_CIVIL_ENTERPRISES: 'verifiedCivilEnterprises',
  HIGH_TECH_ENTERPRISES: 'highTechEnterprises',
  AWARDED_DEMANDS: 'awardedDemands',
};

/** Every target with its current value: the administrator's target where set, else the default. */
export function targetProgress(
  values: TargetValues,
  setTargets: readonly PlanTarget[],
): PlanTargetProgress[] {
  const set = new Map(setTargets.map((row) => [row.key, row]));
  return PLAN_TARGET_KEYS.map((key) => {
    const defaults = PLAN_TARGET_DEFAULTS[key];
    const row = set.get(key);
    const current = values[TARGET_VALUE[key]];
    const target = row?.target ?? defaults.target;
    return {
      key,
      source: defaults.source,
      current,
      target,
      defaultTarget: defaults.target,
      share: shareOf(current, target),
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/** The dashboard's answer from the raw counts: zero-filled, in the catalogues' order. */
export function assembleStatistics(
  raw: RawFigures,
  period: StatisticsPeriod,
  localPrefix: string,
  now: Date,
): PlatformStatistics {
  const count = (kind: string, status: string) =>
    raw.kindStatus
      .filter((row) => row.kind === kind && row.status === status)
      .reduce((sum, row) => sum + row.count, 0);
  const byKind = ORGANIZATION_KINDS.map((kind) => ({
    kind,
    count: raw.kindStatus.filter((row) => row.kind === kind).reduce((sum, row) => sum + row.count, 0),
  }));

  const sectorCounts = new Map(raw.sectors.map((row) => [row.sector, row.count]));
  const monthRows = new Map(
    raw.funnel.filter((row) => !row.isTotal && row.month).map((row) => [row.month!, row]),
  );

  const certificateRows = new Map(raw.certificates.map((row) => [row.type, row]));
  const byType: CertificateCount[] = QUALIFICATION_TYPE_CODES.map((type: QualificationTypeCode) => ({
    type,
    pending: certificateRows.get(type)?.pending ?? 0,
    expiringSoon: certificateRows.get(type)?.expiringSoon ?? 0,
  }));

  return {
    generatedAt: now.toISOString(),
    timeZone: STATISTICS_TIME_ZONE,
    organizations: {
      total: byKind.reduce((sum, entry) => sum + entry.count, 0),
      byKind,
      byStatus: ORGANIZATION_STATUSES.map((status) => ({
        status,
        enterprise: count('ENTERPRISE', status),
        procurer: count('PROCURER', status),
      })),
      bySector: SECTOR_CODES.map((sector: SectorCode) => ({ sector, count: sectorCounts.get(sector) ?? 0 })),
      byRegion: regionCounts(raw.regions, localPrefix),
    },
    demands: {
      months: period.months.map((month) => ({ month, ...funnelOf(monthRows.get(month)) })),
      total: funnelOf(raw.funnel.find((row) => row.isTotal)),
    },
    certificates: {
      pending: byType.reduce((sum, entry) => sum + entry.pending, 0),
      expiringSoon: byType.reduce((sum, entry) => sum + entry.expiringSoon, 0),
      expiringWithinDays: EXPIRING_WITHIN_DAYS,
      byType,
    },
    targets: targetProgress(raw.values, raw.setTargets),
  };
}
