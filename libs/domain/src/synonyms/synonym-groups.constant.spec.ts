import { describe, expect, it } from 'vitest';

import { SYNONYM_GROUPS } from './synonym-groups.constant.js';

describe('SYNONYM_GROUPS', () => {
  it.each([
    ['减震器', '减振器'],
    ['天线罩', '雷达罩'],
    ['移动电站', '发电机组'],
    ['无人机', '无人飞行器'],
    ['复合材料', '复材'],
    ['冷链', '冷链物流'],
    ['应急桥', '应急桥梁'],
  ])('makes %s and %s equivalent', (a, b) => {
    expect(SYNONYM_GROUPS.some((group) => group.includes(a) && group.includes(b))).toBe(true);
  });

  it('holds at least the four required groups plus a dozen more', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(16);
  });

  it('has groups of at least two distinct, trimmed, non-blank terms', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(new Set(group).size).toBe(group.length);
      for (const term of group) {
        expect(term).toBe(term.trim());
        expect(term).not.toBe('');
      }
    }
  });

  it('never repeats the same group', () => {
    const keys = SYNONYM_GROUPS.map((group) => [...group].sort().join('|'));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps false friends apart', () => {
    const together = (a: string, b: string): boolean =>
      SYNONYM_GROUPS.some((group) => group.includes(a) && group.includes(b));
    expect(together('排爆机器人', '防爆机器人')).toBe(false);
    expect(together('发电机组', '发电设备')).toBe(false);
  });
});
