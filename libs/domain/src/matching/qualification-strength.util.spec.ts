import { describe, expect, it } from 'vitest';

import { type ConstraintCheck, type HeldQualification } from './match.types.js';
import { qualificationStrength } from './qualification-strength.util.js';

const TODAY = '2026-11-28';

const check = (kind: ConstraintCheck['kind'], met: boolean): ConstraintCheck => ({
  kind,
  qualificationType: kind === 'QUALIFICATION' ? 'GJB9001C' : null,
  requiredLevel: null,
  heldLevel: null,
  expiresOn: null,
  outcome: met ? 'MET' : 'MISSING',
  met,
});

const held = (
  type: HeldQualification['type'],
  overrides: Partial<HeldQualification> = {},
): HeldQualification => ({
  type,
  level: type === 'SECRECY' ? 3 : null,
  status: 'APPROVED',
  expiresOn: '2030-12-31',
  ...overrides,
});

describe('qualificationStrength', () => {
  it('is 1 when every required certificate is met', () => {
    expect(
      qualificationStrength([check('ORGANIZATION', true), check('QUALIFICATION', true)], [], TODAY),
    ).toBe(1);
  });

  it('is 1 even when the organisation is not verified: that is the organisation check’s business', () => {
    expect(
      qualificationStrength([check('ORGANIZATION', false), check('QUALIFICATION', true)], [], TODAY),
    ).toBe(1);
  });

  it.each([
    [[], 0],
    [[held('GJB9001C')], 0.5],
    [[held('GJB9001C'), held('SECRECY')], 0.75],
    [[held('GJB9001C'), held('SECRECY'), held('WEAPONS_PERMIT')], 0.9],
    [[held('GJB9001C'), held('SECRECY'), held('WEAPONS_PERMIT'), held('EQUIPMENT_SUPPLIER')], 1],
  ])('otherwise grades by vetted defense certificates: %j gives %d', (qualifications, value) => {
    expect(qualificationStrength([check('ORGANIZATION', true)], qualifications, TODAY)).toBe(value);
  });

  it('grades the same way when a requirement is not met', () => {
    const constraints = [
      check('ORGANIZATION', true),
      check('QUALIFICATION', true),
      check('QUALIFICATION', false),
    ];
    expect(qualificationStrength(constraints, [held('SECRECY')], TODAY)).toBe(0.5);
  });

  it('counts a type once, however many certificates of it', () => {
    expect(qualificationStrength([], [held('GJB9001C'), held('GJB9001C')], TODAY)).toBe(0.5);
  });

  it('ignores certificates that are not about defense supply', () => {
    expect(qualificationStrength([], [held('ISO9001'), held('HIGH_TECH'), held('FOOD_SAFETY')], TODAY)).toBe(
      0,
    );
  });

  it.each([
    ['pending', { status: 'PENDING' }],
    ['rejected', { status: 'REJECTED' }],
    ['marked expired', { status: 'EXPIRED' }],
    ['past its date', { expiresOn: '2026-11-27' }],
  ] as const)('ignores a certificate that is %s', (_, overrides) => {
    expect(qualificationStrength([], [held('GJB9001C', overrides)], TODAY)).toBe(0);
  });

  it('counts a certificate through the day it expires', () => {
    expect(qualificationStrength([], [held('GJB9001C', { expiresOn: TODAY })], TODAY)).toBe(0.5);
  });
});
