import { describe, expect, it } from 'vitest';
import { statisticsPeriod } from './statistics-period.util.js';

describe('statisticsPeriod', () => {
  it('counts twelve months back from the current month in China, oldest first', () => {
    const period = statisticsPeriod(new Date('2026-03-15T04:00:00Z'), 12, 60);
    expect(period.months).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09',
      '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]); // prettier-ignore
    // 1 April 2025, 00:00 in Beijing.
    expect(period.monthsFrom.toISOString()).toBe('2025-03-31T16:00:00.000Z');
  });

  it('is already in the next month in China while it is still the last evening of the month in UTC', () => {
    // 31 Dec 2025 17:00 UTC is 1 Jan 2026 01:00 in Beijing.
    const period = statisticsPeriod(new Date('2025-12-31T17:00:00Z'), 12, 60);
    expect(period.months.at(-1)).toBe('2026-01');
    expect(period.months[0]).toBe('2025-02');
    expect(period.today).toBe('2026-01-01');
    expect(period.monthsFrom.toISOString()).toBe('2025-01-31T16:00:00.000Z');
  });

  it('puts the end of the expiry window the given number of days after today in China', () => {
    const period = statisticsPeriod(new Date('2026-01-10T20:00:00Z'), 12, 60);
    expect(period.today).toBe('2026-01-11');
    expect(period.expiringUntil).toBe('2026-03-12');
  });

  it('handles a single month', () => {
    const period = statisticsPeriod(new Date('2026-07-01T00:00:00+08:00'), 1, 0);
    expect(period.months).toEqual(['2026-07']);
    expect(period.expiringUntil).toBe(period.today);
  });
});
