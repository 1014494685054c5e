import { describe, expect, it } from 'vitest';

import { type MatchAssessment } from './match.types.js';
import { matchComponentValue } from './match-component-value.util.js';

const assessment: MatchAssessment = {
  eligible: true,
  score: 0.5,
  constraints: [],
  components: [
    { component: 'TEXT', value: 0.8, weight: 0.45, contribution: 0.36 },
    { component: 'SECTOR', value: 0.5, weight: 0.2, contribution: 0.1 },
  ],
  matchedTerms: [],
};

describe('matchComponentValue', () => {
  it('reads the value of a component', () => {
    expect(matchComponentValue(assessment, 'TEXT')).toBe(0.8);
    expect(matchComponentValue(assessment, 'SECTOR')).toBe(0.5);
  });

  it('is 0 for a component the assessment lacks', () => {
    expect(matchComponentValue(assessment, 'FRESHNESS')).toBe(0);
  });
});
