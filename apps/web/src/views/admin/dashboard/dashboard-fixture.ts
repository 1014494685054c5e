import {
  type PlatformStatistics,
  PLAN_TARGET_DEFAULTS,
  PLAN_TARGET_KEYS,
  type PlanTargetProgress,
} from '@mcf/contracts';
import { QUALIFICATION_TYPE_CODES, SECTOR_CODES } from '@mcf/domain';

const months = Array.from(
  { length: 12 },
  (_, i) => `${i < 3 ? 2025 : 2026}-${String(((i + 9) % 12) + 1).padStart(2, '0')}`,
);

const zeroFunnel = {
  published: 0,
  matched: 0,
  responded: 0,
  awarded: 0,
  responseRate: null,
  medianHoursToFirstResponse: null,
};

export function target(
  key: PlanTargetProgress['key'],
  patch: Partial<PlanTargetProgress> = {},
): PlanTargetProgress {
  const defaults = PLAN_TARGET_DEFAULTS[key];
  return {
    key,
    source: defaults.source,
    current: 0,
    target: defaults.target,
    defaultTarget: defaults.target,
    share: 0,
    updatedAt: null,
    ...patch,
  };
}

/** An empty platform's statistics (the API's zero-filled answer), months from 2025-10 to 2026-09. */
export function emptyStatistics(): PlatformStatistics {
  return {
    generatedAt: '2026-09-15T02:00:00.000Z',
    timeZone: 'Asia/Shanghai',
    organizations: {
      total: 0,
      byKind: [
        { kind: 'ENTERPRISE', count: 0 },
        { kind: 'PROCURER', count: 0 },
      ],
      byStatus: (['PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED'] as const).map((status) => ({
        status,
        enterprise: 0,
        procurer: 0,
      })),
      bySector: SECTOR_CODES.map((sector) => ({ sector, count: 0 })),
      byRegion: [],
    },
    demands: { months: months.map((month) => ({ month, ...zeroFunnel })), total: { ...zeroFunnel } },
    certificates: {
      pending: 0,
      expiringSoon: 0,
      expiringWithinDays: 60,
      byType: QUALIFICATION_TYPE_CODES.map((type) => ({ type, pending: 0, expiringSoon: 0 })),
    },
    targets: PLAN_TARGET_KEYS.map((key) => target(key)),
  };
}

/** A small marketplace: 12 organisations, demands in two months, certificates to vet and expiring. */
export function busyStatistics(): PlatformStatistics {
  const statistics = emptyStatistics();
  statistics.organizations.total = 12;
  statistics.organizations.byKind = [
    { kind: 'ENTERPRISE', count: 9 },
    { kind: 'PROCURER', count: 3 },
  ];
  statistics.organizations.byStatus[0] = { status: 'PENDING_VERIFICATION', enterprise: 2, procurer: 1 };
  statistics.organizations.byStatus[1] = { status: 'VERIFIED', enterprise: 7, procurer: 2 };
  statistics.organizations.bySector[0] = { sector: 'NEW_MATERIALS', count: 4 };
  statistics.organizations.byRegion = [
    { regionCode: '421202', local: true, enterprise: 6, procurer: 1 },
    { regionCode: '421281', local: true, enterprise: 3, procurer: 0 },
    { regionCode: '110000', local: false, enterprise: 0, procurer: 2 },
  ];
  statistics.demands.months[10] = {
    month: '2026-08',
    published: 3,
    matched: 3,
    responded: 2,
    awarded: 1,
    responseRate: 0.6667,
    medianHoursToFirstResponse: 20.5,
  };
  statistics.demands.months[11] = {
    month: '2026-09',
    published: 1,
    matched: 0,
    responded: 0,
    awarded: 0,
    responseRate: 0,
    medianHoursToFirstResponse: null,
  };
  statistics.demands.total = {
    published: 4,
    matched: 3,
    responded: 2,
    awarded: 1,
    responseRate: 0.5,
    medianHoursToFirstResponse: 20.5,
  };
  statistics.certificates = {
    ...statistics.certificates,
    pending: 3,
    expiringSoon: 1,
    byType: statistics.certificates.byType.map((row) =>
      row.type === 'HIGH_TECH'
        ? { ...row, pending: 2, expiringSoon: 1 }
        : row.type === 'GJB9001C'
          ? { ...row, pending: 1 }
          : row,
    ),
  };
  statistics.targets = [
    target('VERIFIED_CIVIL_ENTERPRISES', { current: 7, share: 0.14 }),
    target('HIGH_TECH_ENTERPRISES', { current: 25, share: 1.25 }),
    target('AWARDED_DEMANDS', { current: 1, target: 0, share: null, updatedAt: '2026-09-01T00:00:00.000Z' }),
  ];
  return statistics;
}
