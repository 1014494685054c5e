import { describe, expect, it } from 'vitest';
import {
  ACTION_PLAN_TARGET_KEYS,
  ACTION_PLAN_TARGETS,
  aggregateOverFirms,
  rdIntensityPercent,
  reachesActionPlanTarget,
} from './action-plan-targets.data.js';

// Checked against the document's text in apps/api (action-plan-targets.document.spec.ts): this lib reads no files.
describe('ACTION_PLAN_TARGETS', () => {
  it('has one entry per key, in the keys’ order, each with a figure and a sentence', () => {
    expect(ACTION_PLAN_TARGETS.map((t) => t.key)).toEqual([...ACTION_PLAN_TARGET_KEYS]);
    for (const target of ACTION_PLAN_TARGETS) {
      expect(target.source, target.key).toContain(target.figureText);
      if (target.max !== null) expect(target.max).toBeGreaterThan(target.min);
    }
  });
});

describe('reachesActionPlanTarget', () => {
  it('is reached at the lower end of a range and unknown without a value', () => {
    expect(reachesActionPlanTarget({ min: 5 }, 5)).toBe(true);
    expect(reachesActionPlanTarget({ min: 5 }, 4)).toBe(false);
    expect(reachesActionPlanTarget({ min: 5 }, null)).toBeNull();
  });
});

describe('aggregateOverFirms', () => {
  const reports = (n: number) => Array.from({ length: n }, () => ({ revenue: 1000, rdSpend: 30 }));
  it('withholds an aggregate over fewer than five firms', () => {
    expect(aggregateOverFirms(reports(4), (r) => r.length)).toBeNull();
    expect(aggregateOverFirms(reports(5), (r) => r.length)).toBe(5);
  });
  it('honours a stricter group size', () => {
    expect(aggregateOverFirms(reports(5), (r) => r.length, 6)).toBeNull();
  });
});

describe('rdIntensityPercent', () => {
  it('divides summed R&D spend by summed revenue', () => {
    expect(rdIntensityPercent([{ revenue: 1000, rdSpend: 30 }, { revenue: 3000, rdSpend: 70 }])).toBe(2.5);
  });
  it('is null without revenue', () => {
    expect(rdIntensityPercent([{ revenue: 0, rdSpend: 0 }])).toBeNull();
  });
});
