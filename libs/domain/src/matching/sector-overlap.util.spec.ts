import { describe, expect, it } from 'vitest';

import { sectorOverlap } from './sector-overlap.util.js';

describe('sectorOverlap', () => {
  it('is the share of the demand’s sectors the firm works in', () => {
    expect(sectorOverlap(['AEROSPACE'], ['AEROSPACE', 'AI'])).toBe(1);
    expect(sectorOverlap(['ELECTRONICS', 'MARINE'], ['MARINE'])).toBe(0.5);
    expect(sectorOverlap(['ORDNANCE', 'NEW_ENERGY', 'MARINE'], ['ORDNANCE'])).toBeCloseTo(1 / 3);
    expect(sectorOverlap(['CYBERSECURITY'], ['LOGISTICS'])).toBe(0);
  });

  it('is 0.5 for a demand naming no sector', () => {
    expect(sectorOverlap([], ['AI'])).toBe(0.5);
    expect(sectorOverlap([], [])).toBe(0.5);
  });

  it('is 0 for a firm naming no sector', () => {
    expect(sectorOverlap(['AI'], [])).toBe(0);
  });

  it('counts a sector listed twice once', () => {
    expect(sectorOverlap(['AI', 'AI', 'MARINE'], ['AI'])).toBe(0.5);
  });
});
