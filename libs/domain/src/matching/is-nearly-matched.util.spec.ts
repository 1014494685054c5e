import { describe, expect, it } from 'vitest';

import { isNearlyMatched } from './is-nearly-matched.util.js';
import { type ConstraintCheck, type ConstraintOutcome, type MatchAssessment } from './match.types.js';
import { MIN_TEXT_RELEVANCE } from './match-thresholds.constant.js';

const organization = (outcome: ConstraintOutcome): ConstraintCheck => ({
  kind: 'ORGANIZATION',
  qualificationType: null,
  requiredLevel: null,
  heldLevel: null,
  expiresOn: null,
  outcome,
  met: outcome === 'MET',
});

const qualification = (outcome: ConstraintOutcome): ConstraintCheck => ({
  kind: 'QUALIFICATION',
  qualificationType: 'SECRECY',
  requiredLevel: 2,
  heldLevel: 3,
  expiresOn: '2030-12-31',
  outcome,
  met: outcome === 'MET',
});

const assessment = (constraints: ConstraintCheck[], text = 0.8): MatchAssessment => ({
  eligible: constraints.every((check) => check.met),
  score: 0.6,
  constraints,
  components: [{ component: 'TEXT', value: text, weight: 0.45, contribution: text * 0.45 }],
  matchedTerms: [],
});

describe('isNearlyMatched', () => {
  it.each(['MISSING', 'PENDING', 'REJECTED', 'EXPIRED', 'EXPIRES_BEFORE_DEADLINE', 'LEVEL_TOO_LOW'] as const)(
    'is true for a verified, relevant firm failing only on a certificate that is %s',
    (outcome) => {
      expect(isNearlyMatched(assessment([organization('MET'), qualification(outcome)]))).toBe(true);
    },
  );

  it('is true when one certificate is met and another is not', () => {
    expect(
      isNearlyMatched(assessment([organization('MET'), qualification('MET'), qualification('PENDING')])),
    ).toBe(true);
  });

  it('is false for an eligible firm: that is a match, not a near one', () => {
    expect(isNearlyMatched(assessment([organization('MET'), qualification('MET')]))).toBe(false);
    expect(isNearlyMatched(assessment([organization('MET')]))).toBe(false);
  });

  it.each(['NOT_VERIFIED', 'SUSPENDED'] as const)('is false for an organisation %s', (outcome) => {
    expect(isNearlyMatched(assessment([organization(outcome), qualification('MISSING')]))).toBe(false);
    expect(isNearlyMatched(assessment([organization(outcome)]))).toBe(false);
  });

  it('is false when the wording is not relevant enough', () => {
    expect(
      isNearlyMatched(assessment([organization('MET'), qualification('PENDING')], MIN_TEXT_RELEVANCE - 0.01)),
    ).toBe(false);
    expect(
      isNearlyMatched(assessment([organization('MET'), qualification('PENDING')], MIN_TEXT_RELEVANCE)),
    ).toBe(true);
  });
});
