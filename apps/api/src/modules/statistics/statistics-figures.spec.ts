import { describe, expect, it } from 'vitest';
import type { PlanTarget } from './entities/plan-target.entity.js';
import { assembleStatistics, type RawFigures, shareOf, targetProgress } from './statistics-figures.js';
import { statisticsPeriod } from './statistics-period.util.js';

const NOW = new Date('2026-03-15T04:00:00Z');
const PERIOD = statisticsPeriod(NOW, 12, 60);

const EMPTY: RawFigures = {
  kindStatus: [],
  sectors: [],
  regions: [],
  funnel: [
    { month: null, isTotal: true, published: 0, matched: 0, responded: 0, awarded: 0, medianHours: null },
  ],
  certificates: [],
  values: { verifiedCivilEnterprises: 0, highTechEnterprises: 0, awardedDemands: 0 },
  setTargets: [],
};

describe('assembleStatistics', () => {
  it('answers zeros for every category on an empty platform, with the plan’s default targets', () => {
    const statistics = assembleStatistics(EMPTY, PERIOD, '4212', NOW);
    expect(statistics.organizations.total).toBe(0);
    expect(statistics.organizations.byStatus.map((entry) => entry.status)).toEqual([
      'PENDING_VERIFICATION',
      'VERIFIED',
      'REJECTED',
      'SUSPENDED',
    ]);
    expect(statistics.organizations.bySector).toHaveLength(13);
    expect(statistics.organizations.bySector.every((entry) => entry.count === 0)).toBe(true);
    expect(statistics.demands.months).toHaveLength(12);
    expect(statistics.demands.months[11]).toEqual({
      month: '2026-03',
      published: 0,
      matched: 0,
      responded: 0,
      awarded: 0,
      responseRate: null,
      medianHoursToFirstResponse: null,
    });
    expect(statistics.certificates.byType).toHaveLength(9);
    expect(
      statistics.targets.map((target) => [target.key, target.target, target.source, target.share]),
    ).toEqual([
      ['VERIFIED_CIVIL_ENTERPRISES', 50, 'PLAN', 0],
      ['HIGH_TECH_ENTERPRISES', 20, 'PLAN', 0],
      ['AWARDED_DEMANDS', 100, 'PLATFORM', 0],
    ]);
  });

  it('pivots kinds, fills months, rounds the rate and the median, and totals certificates', () => {
    const statistics = assembleStatistics(
      {
        ...EMPTY,
        kindStatus: [
          { kind: 'ENTERPRISE', status: 'VERIFIED', count: 7 },
          { kind: 'ENTERPRISE', status: 'PENDING_VERIFICATION', count: 2 },
          { kind: 'PROCURER', status: 'VERIFIED', count: 3 },
        ],
        sectors: [{ sector: 'NEW_MATERIALS', count: 4 }],
        funnel: [
          {
            month: '2026-01',
            isTotal: false,
            published: 3,
            matched: 3,
            responded: 2,
            awarded: 1,
            medianHours: 5.04,
          },
          // Months before the window are grouped under null and left out of the months.
          { month: null, isTotal: false, published: 4, matched: 4, responded: 4, awarded: 4, medianHours: 1 },
          {
            month: null,
            isTotal: true,
            published: 7,
            matched: 7,
            responded: 6,
            awarded: 5,
            medianHours: 2.25,
          },
        ],
        certificates: [
          { type: 'HIGH_TECH', pending: 2, expiringSoon: 1 },
          { type: 'GJB9001C', pending: 1, expiringSoon: 0 },
        ],
      },
      PERIOD,
      '4212',
      NOW,
    );
    expect(statistics.organizations.byKind).toEqual([
      { kind: 'ENTERPRISE', count: 9 },
      { kind: 'PROCURER', count: 3 },
      // Universities, institutes and parks (#15) are counted too, none in this fixture.
      { kind: 'INSTITUTE', count: 0 },
      { kind: 'PARK', count: 0 },
    ]);
    expect(statistics.organizations.byStatus[1]).toEqual({ status: 'VERIFIED', enterprise: 7, procurer: 3 });
    expect(statistics.organizations.bySector[0]).toEqual({ sector: 'NEW_MATERIALS', count: 4 });
    const january = statistics.demands.months.find((month) => month.month === '2026-01')!;
    expect(january).toMatchObject({
      published: 3,
      responded: 2,
      responseRate: 0.6667,
      medianHoursToFirstResponse: 5,
    });
    expect(statistics.demands.months.reduce((sum, month) => sum + month.published, 0)).toBe(3);
    expect(statistics.demands.total).toMatchObject({
      published: 7,
      responded: 6,
      awarded: 5,
      responseRate: 0.8571,
      medianHoursToFirstResponse: 2.3,
    });
    expect(statistics.certificates).toMatchObject({ pending: 3, expiringSoon: 1, expiringWithinDays: 60 });
  });

  it('lists Xianning’s own codes first, in catalogue order, then provinces by size', () => {
    const statistics = assembleStatistics(
      {
        ...EMPTY,
        regions: [
          { region: '440000', kind: 'ENTERPRISE', count: 1 },
          { region: '110000', kind: 'PROCURER', count: 2 },
          { region: '421281', kind: 'ENTERPRISE', count: 1 },
          { region: '421202', kind: 'ENTERPRISE', count: 5 },
          { region: '421202', kind: 'PROCURER', count: 1 },
          { region: '421290', kind: 'ENTERPRISE', count: 1 },
        ],
      },
      PERIOD,
      '4212',
      NOW,
    );
    expect(statistics.organizations.byRegion).toEqual([
      { regionCode: '421202', local: true, enterprise: 5, procurer: 1 },
      { regionCode: '421281', local: true, enterprise: 1, procurer: 0 },
      { regionCode: '421290', local: true, enterprise: 1, procurer: 0 },
      { regionCode: '110000', local: false, enterprise: 0, procurer: 2 },
      { regionCode: '440000', local: false, enterprise: 1, procurer: 0 },
    ]);
  });
});

describe('targetProgress', () => {
  it('uses the administrator’s target where one is set, and has no share for a target of 0', () => {
    const set = [
      { key: 'AWARDED_DEMANDS', target: 0, updatedBy: null, updatedAt: new Date('2026-01-02T03:04:05Z') },
      {
        key: 'HIGH_TECH_ENTERPRISES',
        target: 8,
        updatedBy: null,
        updatedAt: new Date('2026-01-01T00:00:00Z'),
      },
    ] as PlanTarget[];
    const progress = targetProgress(
      { verifiedCivilEnterprises: 60, highTechEnterprises: 2, awardedDemands: 3 },
      set,
    );
    expect(progress).toEqual([
      {
        key: 'VERIFIED_CIVIL_ENTERPRISES',
        source: 'PLAN',
        current: 60,
        target: 50,
        defaultTarget: 50,
        share: 1.2,
        updatedAt: null,
      },
      {
        key: 'HIGH_TECH_ENTERPRISES',
        source: 'PLAN',
        current: 2,
        target: 8,
        defaultTarget: 20,
        share: 0.25,
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
      {
        key: 'AWARDED_DEMANDS',
        source: 'PLATFORM',
        current: 3,
        target: 0,
        defaultTarget: 100,
        share: null,
        updatedAt: '2026-01-02T03:04:05.000Z',
      },
    ]);
  });

  it('rounds shares to four places', () => {
    expect(shareOf(1, 3)).toBe(0.3333);
    expect(shareOf(0, 0)).toBeNull();
  });
});
