import { describe, expect, it } from 'vitest';

import { isSectorCode } from '../sectors/is-sector-code.util.js';
import { calendarDateIn, quarterOf, ROADMAP_KEY_SECTORS, roadmapPeriods } from './roadmap.util.js';

describe('ROADMAP_KEY_SECTORS', () => {
  it('are sector codes of the catalogue', () => {
    expect(ROADMAP_KEY_SECTORS.every((code) => isSectorCode(code))).toBe(true);
  });
});

describe('quarterOf', () => {
  it.each([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-09-30', '2026-Q3'],
    ['2026-12-31', '2026-Q4'],
  ])('%s is in %s', (date, quarter) => expect(quarterOf(date)).toBe(quarter));
});

describe('calendarDateIn', () => {
  it('takes the date in China time, not UTC', () => {
    expect(calendarDateIn(new Date('2026-03-31T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-04-01');
    expect(calendarDateIn(new Date('2026-03-31T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-03-31');
  });
});

describe('roadmapPeriods', () => {
  const entry = (id: string, startsOn: string, endsOn: string | null = null, kind = 'DEMAND') => ({
    kind,
    id,
    startsOn,
    endsOn,
  });

  it('is empty without entries', () => {
    expect(roadmapPeriods([])).toEqual([]);
  });

  it('groups by starting quarter, oldest first, and orders inside by start, end (open last), kind and id', () => {
    const periods = roadmapPeriods([
      entry('d', '2026-11-02'),
      entry('a', '2026-02-10', '2026-05-01'),
      entry('c', '2026-10-01', null),
      entry('b', '2026-10-01', '2026-12-01'),
      entry('e', '2026-10-01', '2026-12-01', 'OFFER'),
      entry('f', '2025-12-31'),
    ]);
    expect(periods.map((p) => [p.period, p.entries.map((e) => e.id)])).toEqual([
      ['2025-Q4', ['f']],
      ['2026-Q1', ['a']],
      ['2026-Q4', ['b', 'e', 'c', 'd']],
    ]);
  });

  it('keeps the fields of the entries it is given', () => {
    const [period] = roadmapPeriods([{ ...entry('x', '2026-07-07'), title: '应急桥梁' }]);
    expect(period!.entries[0]!.title).toBe('应急桥梁');
  });
});
