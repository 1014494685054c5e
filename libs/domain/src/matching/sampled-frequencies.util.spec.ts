import { describe, expect, it } from 'vitest';

import { demandSpecificity } from './prepare-demand.util.js';
import { scaleSampledFrequencies } from './sampled-frequencies.util.js';

describe('scaleSampledFrequencies', () => {
  it('keeps the counts exact when the sample holds every document', () => {
    expect(scaleSampledFrequencies({ 雷达: 3, 报价: 40 }, 50, 50)).toEqual({ documents: 50, counts: { 雷达: 3, 报价: 40 } });
    expect(scaleSampledFrequencies({ 雷达: 3 }, 0, 0)).toEqual({ documents: 0, counts: { 雷达: 3 } });
  });

  it('scales counts over the newest demands to all of them, so a share stays a share', () => {
    const scaled = scaleSampledFrequencies({ 报价: 4_000, 雷达: 5, 不存在: 0 }, 5_000, 100_000);
    expect(scaled).toEqual({ documents: 100_000, counts: { 报价: 80_000, 雷达: 100, 不存在: 0 } });
    // The specificity read from the sample equals the one the full count would give for the same share.
    expect(demandSpecificity('报价', scaled)).toBeCloseTo(
      demandSpecificity('报价', { documents: 100_000, counts: { 报价: 80_000 } }),
      12,
    );
    expect(demandSpecificity('报价', scaled)).toBeLessThan(demandSpecificity('雷达', scaled));
  });
});
