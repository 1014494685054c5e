import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_PROGRAMMES, programmeByCode } from './action-plan-programme.catalog.js';

describe('action plan programmes (专栏)', () => {
  it('are the eight boxed tables, numbered 1 to 8', () => {
    expect(ACTION_PLAN_PROGRAMMES.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(new Set(ACTION_PLAN_PROGRAMMES.map((p) => p.code)).size).toBe(8);
  });

  it('are found by code', () => {
    expect(programmeByCode('ZL8')?.titleZh).toBe('应急领域建设重点及布局');
    expect(programmeByCode('ZL9')).toBeUndefined();
  });
});
