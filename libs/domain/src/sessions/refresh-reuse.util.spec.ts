import { describe, expect, it } from 'vitest';
import { REFRESH_REUSE_GRACE_MS, refreshReuseVerdict } from './refresh-reuse.util.js';

const rotatedAt = new Date('2026-12-06T10:00:00Z');
const after = (ms: number) => new Date(rotatedAt.getTime() + ms);

describe('refreshReuseVerdict', () => {
  it('answers a first reuse inside the window with the same successor', () => {
    expect(refreshReuseVerdict({ rotatedAt, graceUsedAt: null }, after(0))).toBe('SAME_SUCCESSOR');
    expect(refreshReuseVerdict({ rotatedAt, graceUsedAt: null }, after(REFRESH_REUSE_GRACE_MS))).toBe(
      'SAME_SUCCESSOR',
    );
  });

  it('takes a reuse just past the window for theft', () => {
    expect(refreshReuseVerdict({ rotatedAt, graceUsedAt: null }, after(REFRESH_REUSE_GRACE_MS + 1))).toBe(
      'THEFT',
    );
  });

  it('allows one reuse only: a second one inside the window is theft', () => {
    expect(refreshReuseVerdict({ rotatedAt, graceUsedAt: after(10) }, after(20))).toBe('THEFT');
  });

  it('takes a rotation that looks later than now (clocks of two replicas apart) as concurrent', () => {
    expect(refreshReuseVerdict({ rotatedAt, graceUsedAt: null }, after(-5))).toBe('SAME_SUCCESSOR');
  });
});
