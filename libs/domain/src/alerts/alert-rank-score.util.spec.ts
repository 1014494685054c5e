import { describe, expect, it } from 'vitest';
import { alertRankScore } from './alert-rank-score.util.js';

describe('alertRankScore', () => {
  it('is 1 for an item unlike anything dismissed and falls as the similarity rises', () => {
    expect(alertRankScore(0)).toBe(1);
    expect(alertRankScore(0.4)).toBe(0.6);
    expect(alertRankScore(1)).toBe(0);
    expect(alertRankScore(0.3)).toBeGreaterThan(alertRankScore(0.7));
  });

  it('rounds to three decimals', () => {
    expect(alertRankScore(0.74285714)).toBe(0.257);
  });

  it('stays within 0..1 whatever it is given', () => {
    expect(alertRankScore(-0.5)).toBe(1);
    expect(alertRankScore(3)).toBe(0);
    expect(alertRankScore(Number.NaN)).toBe(1);
  });
});
