import { describe, expect, it } from 'vitest';

import { featureWeight } from './feature-weight.util.js';

describe('featureWeight', () => {
  const frequencies = { documents: 1000, counts: { 'b:系统': 900, 'b:扫描': 40, 'b:漏洞': 1 } };

  it('is 1 for a feature one profile uses and small for one nearly all use', () => {
    expect(featureWeight('b:漏洞', frequencies)).toBeCloseTo(1, 6);
    expect(featureWeight('b:系统', frequencies)).toBeLessThan(0.11);
    expect(featureWeight('b:扫描', frequencies)).toBeGreaterThan(featureWeight('b:系统', frequencies));
  });

  it('is 0 for a feature no profile uses', () => {
    expect(featureWeight('b:公告', frequencies)).toBe(0);
  });

  it('is 1 for every feature without statistics or before any profile is counted', () => {
    expect(featureWeight('b:系统', null)).toBe(1);
    expect(featureWeight('b:系统', { documents: 0, counts: {} })).toBe(1);
  });

  it('stays within 0..1 when a count is ahead of the document total', () => {
    const weight = featureWeight('b:系统', { documents: 10, counts: { 'b:系统': 12 } });
    expect(weight).toBeGreaterThan(0);
    expect(weight).toBeLessThanOrEqual(1);
  });
});
