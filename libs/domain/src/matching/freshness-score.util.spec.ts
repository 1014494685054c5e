import { describe, expect, it } from 'vitest';

import { freshnessScore } from './freshness-score.util.js';

const NOW = new Date('2026-11-28T04:00:00Z');
const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString();

describe('freshnessScore', () => {
  it.each([
    [0, 1],
    [30, 1],
    [90, 1],
    [227.5, 0.5],
    [365, 0],
    [400, 0],
  ])('%d days after confirmation gives %d', (days, value) => {
    expect(freshnessScore(daysAgo(days), NOW)).toBeCloseTo(value, 10);
  });

  it('falls linearly between 90 and 365 days', () => {
    const a = freshnessScore(daysAgo(100), NOW);
    const b = freshnessScore(daysAgo(200), NOW);
    const c = freshnessScore(daysAgo(300), NOW);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
    expect(a - b).toBeCloseTo(b - c, 10);
  });

  it('is 1 for a confirmation in the future (clock skew)', () => {
    expect(freshnessScore(daysAgo(-1), NOW)).toBe(1);
  });

  it('is 0 when never confirmed or unreadable', () => {
    expect(freshnessScore(null, NOW)).toBe(0);
    expect(freshnessScore('not a date', NOW)).toBe(0);
  });
});
