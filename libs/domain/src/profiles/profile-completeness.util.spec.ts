import { describe, expect, it } from 'vitest';
import { isProfileStale, PROFILE_FIELDS, profileCompleteness } from './profile-completeness.util.js';

const complete = {
  summary: '公司专业从事高性能复合材料及其制品的研发与生产，产品用于航空航天与轨道交通。',
  sectors: ['NEW_MATERIALS'],
  products: ['碳纤维复合材料构件'],
  capabilities: ['热压罐成型'],
  equipment: ['大型热压罐'],
  capacity: '年产复合材料构件 2 万件',
  employees: 320,
  foundedYear: 2004,
  regionCode: '421202',
  website: 'https://example.cn',
  contactName: '张工',
  contactPhone: '0715-8000000',
};

describe('profileCompleteness', () => {
  it('scores a complete profile 100 with nothing missing', () => {
    expect(profileCompleteness(complete)).toEqual({ score: 100, missing: [] });
  });

  it('scores an empty profile 0 and lists every field, most valuable first', () => {
    const result = profileCompleteness({});
    expect(result.score).toBe(0);
    expect([...result.missing].sort()).toEqual([...PROFILE_FIELDS].sort());
    expect(result.missing.slice(0, 3)).toEqual(['summary', 'products', 'capabilities']);
  });

  it('does not count a summary too short to match on, blank list items or half a contact', () => {
    const result = profileCompleteness({ ...complete, summary: '复合材料', products: ['  '], contactPhone: '' });
    expect(result.missing).toEqual(['summary', 'products', 'contact']);
    expect(result.score).toBe(100 - 15 - 15 - 10);
  });

  it('counts zero employees as filled in', () => {
    expect(profileCompleteness({ ...complete, employees: 0 }).missing).toEqual([]);
  });
});

describe('isProfileStale', () => {
  it('is stale after 365 days without reconfirmation', () => {
    const confirmed = new Date('2025-11-28T00:00:00Z');
    expect(isProfileStale(confirmed, new Date('2026-11-28T00:00:00Z'))).toBe(false);
    expect(isProfileStale(confirmed, new Date('2026-11-29T00:00:01Z'))).toBe(true);
  });
});
