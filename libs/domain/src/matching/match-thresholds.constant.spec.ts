import { describe, expect, it } from 'vitest';

import { MATCH_WEIGHTS } from './match-weights.constant.js';
import { MATCH_NOTIFY_THRESHOLD, MIN_TEXT_RELEVANCE } from './match-thresholds.constant.js';

describe('matching thresholds', () => {
  it('keeps the minimum text relevance inside 0..1', () => {
    expect(MIN_TEXT_RELEVANCE).toBeGreaterThan(0);
    expect(MIN_TEXT_RELEVANCE).toBeLessThan(1);
  });

  it('notifies neither a barely relevant firm of middling profile nor stops a relevant one', () => {
    const score = (text: number, rest: number): number =>
      MATCH_WEIGHTS.TEXT * text +
      (MATCH_WEIGHTS.SECTOR + MATCH_WEIGHTS.QUALIFICATION + MATCH_WEIGHTS.LOCALITY) * rest +
      MATCH_WEIGHTS.COMPLETENESS * 0.8 +
      MATCH_WEIGHTS.FRESHNESS;
    expect(score(MIN_TEXT_RELEVANCE, 0.5)).toBeLessThan(MATCH_NOTIFY_THRESHOLD);
    expect(score(0.6, 1)).toBeGreaterThanOrEqual(MATCH_NOTIFY_THRESHOLD);
    expect(MATCH_NOTIFY_THRESHOLD).toBeLessThan(1);
  });
});
