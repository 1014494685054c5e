import { ACTION_PLAN_TARGETS, ACTION_PLAN_YEARS } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { DEMO_PLAN_FIGURES } from './plan-figures.demo.js';

describe('DEMO_PLAN_FIGURES', () => {
  it('gives a figure for every year of every target administrators record, and only those', () => {
    const recorded = ACTION_PLAN_TARGETS.filter((t) => t.measure === 'RECORDED').map((t) => t.key);
    expect(Object.keys(DEMO_PLAN_FIGURES).sort()).toEqual([...recorded].sort());
    for (const values of Object.values(DEMO_PLAN_FIGURES)) expect(values).toHaveLength(ACTION_PLAN_YEARS.length);
  });

  it('rises year on year, plausibly around the plan’s figure by 2025', () => {
    for (const target of ACTION_PLAN_TARGETS.filter((t) => t.measure === 'RECORDED')) {
      const values = DEMO_PLAN_FIGURES[target.key]!;
      for (let i = 1; i < values.length; i++) expect(values[i]!, target.key).toBeGreaterThan(values[i - 1]!);
      expect(values.at(-1)! / target.min).toBeGreaterThan(0.8);
      expect(values.at(-1)! / target.min).toBeLessThan(1.3);
    }
  });
});
