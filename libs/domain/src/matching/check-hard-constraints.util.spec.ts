import { describe, expect, it } from 'vitest';

import { checkHardConstraints } from './check-hard-constraints.util.js';
import {
  type ConstraintCheck,
  type DemandForMatching,
  type EnterpriseForMatching,
  type HeldQualification,
  type RequiredQualification,
} from './match.types.js';

const TODAY = '2026-11-28';

function demand(
  required: RequiredQualification[],
  deadline: string | null = '2027-01-27',
): DemandForMatching {
  return {
    title: '排爆机器人',
    description: '',
    sectors: [],
    requiredQualifications: required,
    regionCode: null,
    deadline,
  };
}

function enterprise(
  qualifications: HeldQualification[],
  organizationStatus: EnterpriseForMatching['organizationStatus'] = 'VERIFIED',
): EnterpriseForMatching {
  return {
    name: '咸宁测试科技有限公司',
    summary: '',
    products: [],
    capabilities: [],
    equipment: [],
    sectors: [],
    regionCode: '421202',
    qualifications,
    organizationStatus,
    completeness: 80,
    lastConfirmedAt: null,
  };
}

const held = (overrides: Partial<HeldQualification> = {}): HeldQualification => ({
  type: 'GJB9001C',
  level: null,
  status: 'APPROVED',
  expiresOn: '2030-12-31',
  ...overrides,
});
const secrecy = (level: number, overrides: Partial<HeldQualification> = {}): HeldQualification =>
  held({ type: 'SECRECY', level, ...overrides });

const GJB: RequiredQualification = { type: 'GJB9001C', minLevel: null };
const secrecyRequired = (minLevel: number | null): RequiredQualification => ({ type: 'SECRECY', minLevel });

/** The one qualification check of a demand with a single requirement. */
function qualificationCheck(
  required: RequiredQualification,
  qualifications: HeldQualification[],
  deadline: string | null = '2027-01-27',
  today = TODAY,
): ConstraintCheck {
  const checks = checkHardConstraints(demand([required], deadline), enterprise(qualifications), today);
  expect(checks).toHaveLength(2);
  return checks[1] as ConstraintCheck;
}

describe('checkHardConstraints', () => {
  describe('the organisation check', () => {
    it.each([
      ['VERIFIED', 'MET', true],
      ['PENDING_VERIFICATION', 'NOT_VERIFIED', false],
      ['REJECTED', 'NOT_VERIFIED', false],
      ['SUSPENDED', 'SUSPENDED', false],
    ] as const)('an organisation %s gives %s', (status, outcome, met) => {
      const [check] = checkHardConstraints(demand([]), enterprise([], status), TODAY);
      expect(check).toEqual({
        kind: 'ORGANIZATION',
        qualificationType: null,
        requiredLevel: null,
        heldLevel: null,
        expiresOn: null,
        outcome,
        met,
      });
    });

    it('comes first, then one check per required qualification in the demand’s order', () => {
      const checks = checkHardConstraints(demand([GJB, secrecyRequired(2)]), enterprise([]), TODAY);
      expect(checks.map((check) => [check.kind, check.qualificationType])).toEqual([
        ['ORGANIZATION', null],
        ['QUALIFICATION', 'GJB9001C'],
        ['QUALIFICATION', 'SECRECY'],
      ]);
    });

    it('is the only check when the demand requires nothing', () => {
      expect(checkHardConstraints(demand([]), enterprise([held()]), TODAY)).toHaveLength(1);
    });
  });

  describe('secrecy levels (一级 is highest: a level-N requirement accepts N and stronger)', () => {
    const TABLE: ReadonlyArray<readonly [held: number, required: number, met: boolean]> = [
      [1, 1, true],
      [1, 2, true],
      [1, 3, true],
      [2, 1, false],
      [2, 2, true],
      [2, 3, true],
      [3, 1, false],
      [3, 2, false],
      [3, 3, true],
    ];

    it.each(TABLE)('holding level %d against a level-%d requirement: met %s', (level, required, met) => {
      const check = qualificationCheck(secrecyRequired(required), [secrecy(level)]);
      expect(check.met).toBe(met);
      expect(check.outcome).toBe(met ? 'MET' : 'LEVEL_TOO_LOW');
      expect(check.requiredLevel).toBe(required);
      expect(check.heldLevel).toBe(level);
      expect(check.expiresOn).toBe('2030-12-31');
    });

    it('accepts any level when the demand names none', () => {
      expect(qualificationCheck(secrecyRequired(null), [secrecy(3)]).outcome).toBe('MET');
    });

    it('reports the strongest level held when several are', () => {
      const check = qualificationCheck(secrecyRequired(2), [secrecy(3), secrecy(1), secrecy(2)]);
      expect(check).toMatchObject({ outcome: 'MET', heldLevel: 1 });
    });

    it('treats a secrecy certificate without a level as too low for a levelled requirement', () => {
      const check = qualificationCheck(secrecyRequired(3), [held({ type: 'SECRECY', level: null })]);
      expect(check).toMatchObject({ outcome: 'LEVEL_TOO_LOW', heldLevel: null, met: false });
    });

    it('ignores a level given for a certificate type that has none', () => {
      const check = qualificationCheck({ type: 'GJB9001C', minLevel: 2 }, [held()]);
      expect(check).toMatchObject({ outcome: 'MET', requiredLevel: null, heldLevel: null });
    });
  });

  describe('outcomes', () => {
    it('MISSING when the firm holds no certificate of that type', () => {
      const check = qualificationCheck(GJB, [secrecy(1), held({ type: 'ISO9001' })]);
      expect(check).toEqual({
        kind: 'QUALIFICATION',
        qualificationType: 'GJB9001C',
        requiredLevel: null,
        heldLevel: null,
        expiresOn: null,
        outcome: 'MISSING',
        met: false,
      });
    });

    it('PENDING while an administrator has not vetted it', () => {
      expect(qualificationCheck(GJB, [held({ status: 'PENDING' })])).toMatchObject({
        outcome: 'PENDING',
        met: false,
      });
    });

    it('REJECTED when an administrator rejected it', () => {
      expect(qualificationCheck(GJB, [held({ status: 'REJECTED' })])).toMatchObject({
        outcome: 'REJECTED',
        met: false,
      });
    });

    it('EXPIRED when marked expired, whatever its date', () => {
      expect(qualificationCheck(GJB, [held({ status: 'EXPIRED' })]).outcome).toBe('EXPIRED');
    });

    it('EXPIRED when approved but its date has passed by today', () => {
      const check = qualificationCheck(GJB, [held({ expiresOn: '2025-01-31' })]);
      expect(check).toMatchObject({ outcome: 'EXPIRED', expiresOn: '2025-01-31', met: false });
    });

    it('EXPIRES_BEFORE_DEADLINE when valid today but not through the deadline', () => {
      const check = qualificationCheck(GJB, [held({ expiresOn: '2026-12-20' })]);
      expect(check).toMatchObject({
        outcome: 'EXPIRES_BEFORE_DEADLINE',
        expiresOn: '2026-12-20',
        met: false,
      });
    });

    it('EXPIRED for a pending certificate whose date has passed: vetting it would not help', () => {
      expect(qualificationCheck(GJB, [held({ status: 'PENDING', expiresOn: '2025-01-31' })]).outcome).toBe(
        'EXPIRED',
      );
    });

    it('LEVEL_TOO_LOW before the status: a pending level-3 certificate never meets a level-2 requirement', () => {
      expect(qualificationCheck(secrecyRequired(2), [secrecy(3, { status: 'PENDING' })]).outcome).toBe(
        'LEVEL_TOO_LOW',
      );
    });
  });

  describe('deadline against expiry', () => {
    it.each([
      ['the day before the deadline', '2027-01-26', 'EXPIRES_BEFORE_DEADLINE'],
      ['on the deadline (valid through that day)', '2027-01-27', 'MET'],
      ['the day after the deadline', '2027-01-28', 'MET'],
    ] as const)('a certificate expiring %s gives %s', (_, expiresOn, outcome) => {
      expect(qualificationCheck(GJB, [held({ expiresOn })], '2027-01-27').outcome).toBe(outcome);
    });

    it.each([
      ['yesterday', '2026-11-27', 'EXPIRED'],
      ['today (valid through today)', '2026-11-28', 'MET'],
      ['tomorrow', '2026-11-29', 'MET'],
    ] as const)('without a deadline, a certificate expiring %s gives %s', (_, expiresOn, outcome) => {
      expect(qualificationCheck(GJB, [held({ expiresOn })], null).outcome).toBe(outcome);
    });

    it('checks against today when the deadline has already passed', () => {
      expect(qualificationCheck(GJB, [held({ expiresOn: '2026-11-28' })], '2026-10-01').outcome).toBe('MET');
      expect(qualificationCheck(GJB, [held({ expiresOn: '2026-11-27' })], '2026-10-01').outcome).toBe(
        'EXPIRED',
      );
    });

    it('checks a deadline of today against today', () => {
      expect(qualificationCheck(GJB, [held({ expiresOn: TODAY })], TODAY).outcome).toBe('MET');
    });
  });

  describe('the best certificate of a type', () => {
    it('is met by one good certificate among failing ones', () => {
      const check = qualificationCheck(GJB, [
        held({ status: 'REJECTED' }),
        held({ expiresOn: '2024-01-01' }),
        held({ expiresOn: '2029-06-30' }),
        held({ status: 'PENDING' }),
      ]);
      expect(check).toMatchObject({ outcome: 'MET', expiresOn: '2029-06-30' });
    });

    it('reports the latest expiry among met certificates', () => {
      const check = qualificationCheck(GJB, [
        held({ expiresOn: '2028-01-01' }),
        held({ expiresOn: '2031-01-01' }),
      ]);
      expect(check.expiresOn).toBe('2031-01-01');
    });

    it.each([
      [
        'expiring before the deadline over pending',
        [held({ status: 'PENDING' }), held({ expiresOn: '2026-12-20' })],
        'EXPIRES_BEFORE_DEADLINE',
      ],
      ['pending over expired', [held({ expiresOn: '2025-01-31' }), held({ status: 'PENDING' })], 'PENDING'],
      ['expired over rejected', [held({ status: 'REJECTED' }), held({ expiresOn: '2025-01-31' })], 'EXPIRED'],
    ] as const)('tells the reason nearest to being met: %s', (_, qualifications, outcome) => {
      expect(qualificationCheck(GJB, [...qualifications]).outcome).toBe(outcome);
    });

    it('prefers an expired certificate of the right level to a valid one of too low a level', () => {
      const check = qualificationCheck(secrecyRequired(2), [
        secrecy(3),
        secrecy(2, { expiresOn: '2025-06-30' }),
      ]);
      expect(check).toMatchObject({ outcome: 'EXPIRED', heldLevel: 2, expiresOn: '2025-06-30' });
    });

    it('reports too low a level with the level held', () => {
      const check = qualificationCheck(secrecyRequired(2), [secrecy(3, { expiresOn: '2031-06-30' })]);
      expect(check).toMatchObject({
        outcome: 'LEVEL_TOO_LOW',
        heldLevel: 3,
        expiresOn: '2031-06-30',
        requiredLevel: 2,
      });
    });
  });

  it('checks each requirement on its own: one met, one missing', () => {
    const checks = checkHardConstraints(demand([GJB, secrecyRequired(3)]), enterprise([held()]), TODAY);
    expect(checks.map((check) => check.outcome)).toEqual(['MET', 'MET', 'MISSING']);
  });

  it('does not depend on the organisation status for qualification checks', () => {
    const checks = checkHardConstraints(demand([GJB]), enterprise([held()], 'SUSPENDED'), TODAY);
    expect(checks.map((check) => check.outcome)).toEqual(['SUSPENDED', 'MET']);
  });
});
