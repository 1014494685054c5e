import { describe, expect, it } from 'vitest';
import { shareInCommon } from './share-in-common.util.js';

describe('shareInCommon', () => {
  it('is the number in common over the number in either', () => {
    expect(shareInCommon(['AI', 'MARINE'], ['AI', 'MARINE'])).toBe(1);
    expect(shareInCommon(['AI', 'MARINE'], ['AI'])).toBe(0.5);
    expect(shareInCommon(['AI', 'MARINE'], ['AI', 'AEROSPACE'])).toBeCloseTo(1 / 3);
    expect(shareInCommon(['AI'], ['MARINE'])).toBe(0);
  });

  it('is symmetric', () => {
    expect(shareInCommon(['a', 'b', 'c'], ['c'])).toBe(shareInCommon(['c'], ['a', 'b', 'c']));
  });

  it('is 0 when either side is empty', () => {
    expect(shareInCommon([], [])).toBe(0);
    expect(shareInCommon(['AI'], [])).toBe(0);
    expect(shareInCommon([], ['AI'])).toBe(0);
  });

  it('counts a value listed twice once', () => {
    expect(shareInCommon(['AI', 'AI'], ['AI'])).toBe(1);
  });

  it('takes any iterable, sets included', () => {
    expect(shareInCommon(new Set(['x', 'y']), new Set(['y']))).toBe(0.5);
  });
});
