import { describe, expect, it } from 'vitest';

import { MATCH_COMPONENTS } from './match.types.js';
import { MATCH_WEIGHTS } from './match-weights.constant.js';

describe('MATCH_WEIGHTS', () => {
  it('weighs every component, positively', () => {
    expect(Object.keys(MATCH_WEIGHTS).sort()).toEqual([...MATCH_COMPONENTS].sort());
    for (const component of MATCH_COMPONENTS) expect(MATCH_WEIGHTS[component]).toBeGreaterThan(0);
  });

  it('sums to 1, so that the score stays in 0..1', () => {
    const sum = MATCH_COMPONENTS.reduce((total, component) => total + MATCH_WEIGHTS[component], 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it('lets text relevance dominate', () => {
    for (const component of MATCH_COMPONENTS.filter((name) => name !== 'TEXT')) {
      expect(MATCH_WEIGHTS.TEXT).toBeGreaterThan(MATCH_WEIGHTS[component] * 2);
    }
  });
});
