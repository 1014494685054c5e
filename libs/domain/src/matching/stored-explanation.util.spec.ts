import { describe, expect, it } from 'vitest';

import { assessMatch } from './assess-match.util.js';
import { CONTEXT } from './match-context.fixture.js';
import { type DemandForMatching, type EnterpriseForMatching, type MatchAssessment } from './match.types.js';
import { robotDemand, robotFirm } from './match-subjects.fixture.js';
import { explanationOf, storedExplanation } from './stored-explanation.util.js';

const NOW = new Date('2026-11-28T02:00:00Z');

const SECRECY_TOO = [
  { type: 'GJB9001C', minLevel: null },
  { type: 'SECRECY', minLevel: 2 },
] as const;
const demand = (overrides: Partial<DemandForMatching> = {}) =>
  robotDemand({ description: '采购排爆机器人两台，要求国军标认证和二级保密资格。', requiredQualifications: [...SECRECY_TOO], ...overrides });
const firm = (overrides: Partial<EnterpriseForMatching> = {}) =>
  robotFirm({
    qualifications: [
      { type: 'GJB9001C', level: null, status: 'APPROVED', expiresOn: '2031-06-30' },
      { type: 'SECRECY', level: 2, status: 'APPROVED', expiresOn: '2027-01-10' },
    ],
    ...overrides,
  });

const whole = ({ matchedTerms, constraints, components }: MatchAssessment) => ({ matchedTerms, constraints, components });

// Eligible; one certificate expiring before the deadline; suspended with a missing certificate; nothing in common.
const assessments = [
  assessMatch(demand({ requiredQualifications: [{ type: 'GJB9001C', minLevel: null }] }), firm(), NOW, CONTEXT),
  assessMatch(demand(), firm(), NOW, CONTEXT),
  assessMatch(demand(), firm({ organizationStatus: 'SUSPENDED', qualifications: [], regionCode: null }), NOW, CONTEXT),
  assessMatch(demand(), firm({ products: ['积木'], summary: '', capabilities: [], sectors: [], lastConfirmedAt: null }), NOW, CONTEXT),
];

describe('stored explanations', () => {
  it('give back exactly the explanation they were made from', () => {
    expect(assessments.map((a) => a.constraints.map((c) => c.outcome))).toEqual([
      ['MET', 'MET'],
      ['MET', 'MET', 'EXPIRES_BEFORE_DEADLINE'],
      ['SUSPENDED', 'MISSING', 'MISSING'],
      ['MET', 'MET', 'EXPIRES_BEFORE_DEADLINE'],
    ]);
    for (const assessment of assessments) {
      const stored = JSON.parse(JSON.stringify(storedExplanation(assessment)));
      expect(explanationOf(stored)).toEqual(whole(assessment));
    }
  });

  it('keep what they were computed with when the weights change later', () => {
    const stored = storedExplanation(assessments[0]!);
    stored.weights = stored.weights.map((weight, index) => (index === 0 ? weight + 0.1 : weight));
    const [text] = explanationOf(stored).components;
    expect(text!.weight).toBe(assessments[0]!.components[0]!.weight + 0.1);
    expect(text!.contribution).toBe(Math.round(text!.value * text!.weight * 10_000) / 10_000);
  });

  it('are about half the bytes of the whole explanation', () => {
    for (const assessment of assessments) {
      const compact = JSON.stringify(storedExplanation(assessment)).length;
      expect(compact).toBeLessThan(0.6 * JSON.stringify(whole(assessment)).length);
    }
  });

  it('read the whole form, which workers of the previous release write, as it is', () => {
    const explanation = whole(assessments[2]!);
    expect(explanationOf(JSON.parse(JSON.stringify(explanation)))).toEqual(explanation);
  });
});
