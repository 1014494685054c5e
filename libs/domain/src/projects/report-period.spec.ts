import { describe, expect, it } from 'vitest';
import {
  isReportPeriodOpen,
  missingReportPeriods,
  parseReportPeriod,
  reportDueDate,
  reportPeriodBounds,
  reportPeriodOf,
} from './report-period.js';

describe('report periods', () => {
  it('are quarters written YYYY-Qn', () => {
    expect(parseReportPeriod('2026-Q3')).toEqual({ year: 2026, quarter: 3 });
    for (const bad of ['2026-Q5', '2026-Q0', '2026Q1', '26-Q1', '2026-q1', '1999-Q1']) expect(parseReportPeriod(bad)).toBeNull();
  });

  it('place a date in its quarter', () => {
    expect(reportPeriodOf('2026-01-01')).toBe('2026-Q1');
    expect(reportPeriodOf('2026-03-31')).toBe('2026-Q1');
    expect(reportPeriodOf('2026-04-01')).toBe('2026-Q2');
    expect(reportPeriodOf('2026-12-31')).toBe('2026-Q4');
  });

  it('know their first and last day, leap years included', () => {
    expect(reportPeriodBounds('2024-Q1')).toEqual({ start: '2024-01-01', end: '2024-03-31' });
    expect(reportPeriodBounds('2026-Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(reportPeriodBounds('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
  });

  it('fall due 15 days after the quarter ends, across a year end', () => {
    expect(reportDueDate('2026-Q3')).toBe('2026-10-15');
    expect(reportDueDate('2026-Q4')).toBe('2027-01-15');
  });

  it('open for filing once the quarter has begun', () => {
    expect(isReportPeriodOpen('2026-Q4', '2026-10-01')).toBe(true);
    expect(isReportPeriodOpen('2026-Q4', '2026-09-30')).toBe(false);
    expect(isReportPeriodOpen('nonsense', '2026-09-30')).toBe(false);
  });
});

describe('missing reports', () => {
  it('list every due quarter since reporting began that has no report, oldest first', () => {
    expect(missingReportPeriods({ reportingFrom: '2026-02-10', today: '2026-12-06', filedPeriods: ['2026-Q2'] })).toEqual([
      '2026-Q1',
      '2026-Q3',
    ]);
  });

  it('do not count the current quarter, nor the last one within its grace days', () => {
    expect(missingReportPeriods({ reportingFrom: '2026-07-01', today: '2026-10-15', filedPeriods: [] })).toEqual([]);
    expect(missingReportPeriods({ reportingFrom: '2026-07-01', today: '2026-10-16', filedPeriods: [] })).toEqual(['2026-Q3']);
  });

  it('are none before reporting begins or without a reporting start', () => {
    expect(missingReportPeriods({ reportingFrom: null, today: '2026-12-06', filedPeriods: [] })).toEqual([]);
    expect(missingReportPeriods({ reportingFrom: '2027-01-01', today: '2026-12-06', filedPeriods: [] })).toEqual([]);
  });

  it('honour a different grace period', () => {
    expect(missingReportPeriods({ reportingFrom: '2026-07-01', today: '2026-10-02', filedPeriods: [], graceDays: 0 })).toEqual([
      '2026-Q3',
    ]);
  });
});
