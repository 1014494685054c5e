import { describe, expect, it } from 'vitest';

import { CONTEXT } from './match-context.fixture.js';
import { assessMatch } from './assess-match.util.js';
import { type EnterpriseForMatching, MATCH_COMPONENTS } from './match.types.js';
import { robotDemand, robotFirm } from './match-subjects.fixture.js';
import { MATCH_WEIGHTS } from './match-weights.constant.js';
import { matchComponentValue } from './match-component-value.util.js';

const NOW = new Date('2026-11-28T02:00:00Z');

const demand = robotDemand;
const firm = robotFirm;

describe('assessMatch', () => {
  it('scores every component in order with its weight and contribution', () => {
    const assessment = assessMatch(demand(), firm(), NOW, CONTEXT);
    expect(assessment.components.map((part) => part.component)).toEqual([...MATCH_COMPONENTS]);
    for (const part of assessment.components) {
      expect(part.weight).toBe(MATCH_WEIGHTS[part.component]);
      expect(part.contribution).toBeCloseTo(part.value * part.weight, 4);
    }
    expect(Object.fromEntries(assessment.components.map((part) => [part.component, part.value]))).toEqual({
      TEXT: 1,
      SECTOR: 1,
      QUALIFICATION: 1,
      LOCALITY: 0.7,
      COMPLETENESS: 0.8,
      FRESHNESS: 1,
    });
  });

  it('sums the contributions into the score, rounded to four decimals', () => {
    const assessment = assessMatch(demand(), firm(), NOW, CONTEXT);
    const sum = assessment.components.reduce((total, part) => total + part.contribution, 0);
    expect(assessment.score).toBe(Math.round(sum * 10_000) / 10_000);
    expect(assessment.score).toBe(0.964); // 0.45 + 0.2 + 0.15 + 0.7 × 0.08 + 0.8 × 0.06 + 0.06
  });

  it('is eligible when every hard constraint is met, and lists the constraints', () => {
    const assessment = assessMatch(demand(), firm(), NOW, CONTEXT);
    expect(assessment.eligible).toBe(true);
    expect(assessment.constraints.map((check) => check.outcome)).toEqual(['MET', 'MET']);
    expect(assessment.matchedTerms).toEqual(['排爆机器人']);
  });

  it('is not eligible when a certificate is pending, but still scored', () => {
    const pending = firm({
      qualifications: [{ type: 'GJB9001C', level: null, status: 'PENDING', expiresOn: '2031-06-30' }],
    });
    const assessment = assessMatch(demand(), pending, NOW, CONTEXT);
    expect(assessment.eligible).toBe(false);
    expect(assessment.constraints[1]?.outcome).toBe('PENDING');
    expect(assessment.score).toBeGreaterThan(0.5);
    expect(matchComponentValue(assessment, 'QUALIFICATION')).toBe(0);
  });

  it('is not eligible for an organisation not verified', () => {
    expect(assessMatch(demand(), firm({ organizationStatus: 'PENDING_VERIFICATION' }), NOW, CONTEXT).eligible).toBe(
      false,
    );
    expect(assessMatch(demand(), firm({ organizationStatus: 'SUSPENDED' }), NOW, CONTEXT).eligible).toBe(false);
  });

  it('checks certificates on the China date of `now`', () => {
    // 2026-11-27T17:00Z is already 2026-11-28 in China: a certificate valid through the 27th has expired.
    const lateUtc = new Date('2026-11-27T17:00:00Z');
    const expiring = firm({
      qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresOn: '2026-11-27' }],
    });
    const noDeadline = demand({ deadline: null });
    expect(assessMatch(noDeadline, expiring, lateUtc, CONTEXT).constraints[1]?.outcome).toBe('EXPIRED');
    expect(assessMatch(noDeadline, expiring, new Date('2026-11-27T15:00:00Z'), CONTEXT).constraints[1]?.outcome).toBe(
      'MET',
    );
  });

  it('gives 0.5 for sector and 0.3 for locality when the demand names neither', () => {
    const assessment = assessMatch(demand({ sectors: [], regionCode: null }), firm(), NOW, CONTEXT);
    expect(matchComponentValue(assessment, 'SECTOR')).toBe(0.5);
    expect(matchComponentValue(assessment, 'LOCALITY')).toBe(0.3);
  });

  describe('score bounds', () => {
    it('reaches 1 for a perfect match', () => {
      const perfect = firm({ regionCode: '421202', completeness: 100, products: ['排爆机器人'] });
      expect(assessMatch(demand(), perfect, NOW, CONTEXT).score).toBe(1);
    });

    it('stays at 0 for a firm with nothing in common, an empty profile and no confirmation', () => {
      const nothing = firm({
        name: '',
        summary: '',
        products: [],
        capabilities: [],
        sectors: [],
        regionCode: '610113',
        qualifications: [],
        completeness: 0,
        lastConfirmedAt: null,
      });
      const assessment = assessMatch(demand(), nothing, NOW, CONTEXT);
      expect(assessment.score).toBeCloseTo(MATCH_WEIGHTS.LOCALITY * 0.1, 10);
      expect(assessment.score).toBeGreaterThanOrEqual(0);
    });

    it('clamps an out-of-range completeness into 0..1', () => {
      expect(
        matchComponentValue(assessMatch(demand(), firm({ completeness: 140 }), NOW, CONTEXT), 'COMPLETENESS'),
      ).toBe(1);
      expect(
        matchComponentValue(assessMatch(demand(), firm({ completeness: -5 }), NOW, CONTEXT), 'COMPLETENESS'),
      ).toBe(0);
      expect(
        matchComponentValue(assessMatch(demand(), firm({ completeness: Number.NaN }), NOW, CONTEXT), 'COMPLETENESS'),
      ).toBe(0);
    });

    it('keeps every score in 0..1 over a spread of firms', () => {
      const variants: Array<Partial<EnterpriseForMatching>> = [
        {},
        { products: [], capabilities: [], summary: '' },
        { sectors: [] },
        { qualifications: [] },
        { completeness: 100, lastConfirmedAt: '2020-01-01T00:00:00Z' },
        { regionCode: null },
      ];
      for (const variant of variants) {
        const { score } = assessMatch(demand(), firm(variant), NOW, CONTEXT);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
    });
  });

  it('gives partial QUALIFICATION credit by defense certificates when the demand requires none', () => {
    const assessment = assessMatch(demand({ requiredQualifications: [] }), firm(), NOW, CONTEXT);
    expect(matchComponentValue(assessment, 'QUALIFICATION')).toBe(0.5);
    expect(assessment.constraints).toHaveLength(1);
  });
});
