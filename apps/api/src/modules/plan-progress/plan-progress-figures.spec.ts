import { ACTION_PLAN_TARGETS, ACTION_PLAN_YEARS } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { assembleProgress, type CountedYear, progressTable } from './plan-progress-figures.js';

const counted = (year: number, n: number): CountedYear => ({ year, platforms: n, provincialBases: 0, highTech: 20 + n, reserve: 40 + n, hiddenChampions: n });
const reports = (year: number, firms: number, leadingFirms: number) => ({ year, firms, revenue: 200_000, rdSpend: 5_000, leadingFirms });

describe('assembleProgress', () => {
  const progress = assembleProgress({
    figures: [
      { key: 'INDUSTRY_OUTPUT', year: 2025, value: 204, isDemo: true },
      { key: 'RD_INTENSITY', year: 2024, value: 2.4, isDemo: false },
    ],
    reports: [reports(2023, 4, 3), reports(2024, 5, 2)],
    counted: [2021, 2022, 2023, 2024].map((year, i) => counted(year, i + 4)),
  });
  const year = (key: string, y: number) => progress.targets.find((t) => t.key === key)!.years.find((v) => v.year === y)!;

  it('answers every target for every year of the plan', () => {
    expect(progress.targets.map((t) => t.key)).toEqual(ACTION_PLAN_TARGETS.map((t) => t.key));
    for (const target of progress.targets) expect(target.years.map((y) => y.year)).toEqual([...ACTION_PLAN_YEARS]);
  });

  it('takes recorded figures as recorded, demo marked, and judges them against the plan', () => {
    expect(year('INDUSTRY_OUTPUT', 2025)).toMatchObject({ value: 204, isDemo: true, reached: true, basis: 'RECORDED' });
    expect(year('INDUSTRY_OUTPUT', 2024)).toMatchObject({ value: null, reached: null });
    expect(year('RD_INTENSITY', 2024)).toMatchObject({ value: 2.4, reached: false, reportedAggregate: 2.5, reportingFirms: 5 });
  });

  it('withholds what fewer than five firms reported', () => {
    expect(year('LEADING_ENTERPRISES', 2023)).toMatchObject({ value: null, withheld: true, reportingFirms: 4 });
    expect(year('RD_INTENSITY', 2023)).toMatchObject({ reportedAggregate: null, reportingFirms: 4 });
    expect(year('LEADING_ENTERPRISES', 2024)).toMatchObject({ value: 2, withheld: false, reached: false });
    expect(year('LEADING_ENTERPRISES', 2021)).toMatchObject({ value: null, withheld: false, reportingFirms: 0 });
  });

  it('takes counted targets from the registries, nothing for a year not begun', () => {
    expect(year('DUAL_USE_PLATFORMS', 2021)).toMatchObject({ value: 4, reached: false, basis: 'COUNTED' });
    expect(year('DUAL_USE_PLATFORMS', 2022)).toMatchObject({ value: 5, reached: true });
    expect(year('HIGH_TECH_ENTERPRISES', 2024)).toMatchObject({ value: 27, reached: true });
    expect(year('RESERVE_ENTERPRISES', 2024)).toMatchObject({ value: 47, reached: false });
    expect(year('HIDDEN_CHAMPIONS', 2025)).toMatchObject({ value: null, reached: null });
  });

  it('lays the dashboard out as one row per target, a column per year', () => {
    const table = progressTable(progress);
    expect(table.header.slice(7, 12)).toEqual(['2021年', '2022年', '2023年', '2024年', '2025年']);
    expect(table.rows).toHaveLength(ACTION_PLAN_TARGETS.length);
    const output = table.rows.find((r) => r[0] === 'INDUSTRY_OUTPUT')!;
    expect(output.slice(7, 12)).toEqual([null, null, null, null, 204]);
    expect(output[12]).toBe('已达成');
    expect(String(output[13])).toContain('演示数据：2025年');
    const leading = table.rows.find((r) => r[0] === 'LEADING_ENTERPRISES')!;
    expect(String(leading[13])).toContain('自报企业不足5家未显示：2023年');
    expect(table.header.length).toBe(output.length);
  });
});
