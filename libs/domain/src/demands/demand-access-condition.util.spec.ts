import { describe, expect, it } from 'vitest';
import {
  demandAccessCondition,
  demandsListedCondition,
  meetsDemandCondition,
  readsDetailsOfEveryReadableDemand,
} from './demand-access-condition.util.js';
import {
  DEMAND_ACCESS_LEVELS,
  demandAccess,
  demandAccessAtLeast,
  type DemandAccessFacts,
  type DemandViewer,
} from './demand-access.util.js';
import { DEMAND_STATUSES, DEMAND_VISIBILITIES } from './demand-status.constant.js';

const P1 = 'p1000000-0000-4000-8000-000000000001';
const P2 = 'p2000000-0000-4000-8000-000000000002';
const F1 = 'f1000000-0000-4000-8000-000000000001';
const F2 = 'f2000000-0000-4000-8000-000000000002';

/** Every kind of viewer, each with and without a stake in the demands below. */
const VIEWERS: Record<string, DemandViewer> = {
  anonymous: { kind: 'ANONYMOUS' },
  admin: { kind: 'ADMIN' },
  'procurer P1': { kind: 'PROCURER', organizationId: P1 },
  'verified firm F1': { kind: 'ENTERPRISE', organizationId: F1, verified: true },
  'unverified firm F2': { kind: 'ENTERPRISE', organizationId: F2, verified: false },
};

/** Every status × visibility × owner × invitation (none, either firm, both, a procurer). */
const DEMANDS: DemandAccessFacts[] = DEMAND_STATUSES.flatMap((status) =>
  DEMAND_VISIBILITIES.flatMap((visibility) =>
    [P1, P2].flatMap((organizationId) =>
      [[], [F1], [F2], [F1, F2], [P1, P2]].map((invitedOrganizationIds) => ({
        status,
        visibility,
        organizationId,
        invitedOrganizationIds,
      })),
    ),
  ),
);

describe('the visibility rule as conditions (what search filters and SQL are derived from)', () => {
  it('agrees with demandAccess for every viewer, level, status, visibility, owner and invitation', () => {
    let checked = 0;
    for (const [name, viewer] of Object.entries(VIEWERS))
      for (const level of DEMAND_ACCESS_LEVELS) {
        const condition = demandAccessCondition(viewer, level);
        for (const demand of DEMANDS) {
          expect(meetsDemandCondition(condition, demand), `${name} ${level} ${JSON.stringify(demand)}`).toBe(
            demandAccessAtLeast(demandAccess(viewer, demand), level),
          );
          checked += 1;
        }
      }
    expect(checked).toBe(Object.keys(VIEWERS).length * 4 * DEMANDS.length);
  });

  it('lists exactly the published demands the viewer may read', () => {
    for (const viewer of Object.values(VIEWERS)) {
      const listed = demandsListedCondition(viewer);
      for (const demand of DEMANDS)
        expect(meetsDemandCondition(listed, demand)).toBe(
          demand.status === 'PUBLISHED' && demandAccess(viewer, demand) !== 'NONE',
        );
    }
  });

  it('folds constants away: administrators need no filter, the anonymous owner nothing', () => {
    expect(demandsListedCondition({ kind: 'ADMIN' })).toEqual({ kind: 'STATUS_IN', statuses: ['PUBLISHED'] });
    expect(demandAccessCondition({ kind: 'ANONYMOUS' }, 'OWNER')).toEqual({ kind: 'NEVER' });
    expect(demandAccessCondition({ kind: 'ANONYMOUS' }, 'NONE')).toEqual({ kind: 'ALWAYS' });
  });

  it('lets administrators and verified firms search details, others titles only', () => {
    expect(readsDetailsOfEveryReadableDemand(VIEWERS.admin!)).toBe(true);
    expect(readsDetailsOfEveryReadableDemand(VIEWERS['verified firm F1']!)).toBe(true);
    expect(readsDetailsOfEveryReadableDemand(VIEWERS['unverified firm F2']!)).toBe(false);
    expect(readsDetailsOfEveryReadableDemand(VIEWERS['procurer P1']!)).toBe(false);
    expect(readsDetailsOfEveryReadableDemand(VIEWERS.anonymous!)).toBe(false);
  });
});

describe('listing to firms', () => {
  it('lists the same demands to a firm, verified or not (only the details it reads differ)', () => {
    expect(demandsListedCondition({ kind: 'ENTERPRISE', organizationId: F1, verified: false })).toEqual(
      demandsListedCondition({ kind: 'ENTERPRISE', organizationId: F1, verified: true }),
    );
  });
});
