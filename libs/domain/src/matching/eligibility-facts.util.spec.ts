import { describe, expect, it } from 'vitest';

import { eligibilityConditions, qualificationFactKey, qualificationValidUntil, validThroughOf } from './eligibility-facts.util.js';
import { type HeldQualification } from './match.types.js';

const held = (over: Partial<HeldQualification>): HeldQualification => ({
  type: 'GJB9001C',
  level: null,
  status: 'APPROVED',
  expiresOn: '2028-06-30',
  ...over,
});

describe('qualificationValidUntil', () => {
  it('keeps the last valid day of each approved type', () => {
    expect(
      qualificationValidUntil([held({}), held({ expiresOn: '2029-01-31' }), held({ type: 'ISO9001', expiresOn: '2027-03-01' })]),
    ).toEqual({ GJB9001C: 20290131, ISO9001: 20270301 });
  });

  it('ignores pending, rejected and expired-status certificates', () => {
    expect(
      qualificationValidUntil([held({ status: 'PENDING' }), held({ status: 'REJECTED' }), held({ status: 'EXPIRED' })]),
    ).toEqual({});
  });

  it('lets a secrecy level satisfy its own level and every lower one (1 is highest)', () => {
    expect(qualificationValidUntil([held({ type: 'SECRECY', level: 2 })])).toEqual({
      SECRECY: 20280630,
      SECRECY_2: 20280630,
      SECRECY_3: 20280630,
    });
    expect(qualificationValidUntil([held({ type: 'SECRECY', level: 1 })])).toHaveProperty('SECRECY_1', 20280630);
  });
});

describe('eligibilityConditions', () => {
  it('asks every requirement to be valid through the deadline', () => {
    const demand = {
      deadline: '2027-01-31',
      requiredQualifications: [
        { type: 'GJB9001C' as const, minLevel: null },
        { type: 'SECRECY' as const, minLevel: 2 },
      ],
    };
    expect(eligibilityConditions(demand, '2026-12-06')).toEqual([
      { key: 'GJB9001C', atLeast: 20270131 },
      { key: 'SECRECY_2', atLeast: 20270131 },
    ]);
  });

  it('uses today when the deadline has passed or is not set', () => {
    expect(validThroughOf({ deadline: '2026-01-01' }, '2026-12-06')).toBe('2026-12-06');
    expect(validThroughOf({ deadline: null }, '2026-12-06')).toBe('2026-12-06');
  });

  it('names a secrecy requirement without a level by its type', () => {
    expect(qualificationFactKey({ type: 'SECRECY', minLevel: null })).toBe('SECRECY');
  });
});
