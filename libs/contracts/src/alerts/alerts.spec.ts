import { describe, expect, it } from 'vitest';
import { AlertFeedbackSchema, AlertQuerySchema, SavedSearchCreateSchema, SavedSearchQuerySchema } from './alerts.js';

describe('SavedSearchCreateSchema', () => {
  it('fills the defaults: an empty query, immediate alerts', () => {
    expect(SavedSearchCreateSchema.parse({ kind: 'ENTERPRISES', name: ' 复合材料 ' })).toEqual({
      kind: 'ENTERPRISES',
      name: '复合材料',
      query: { q: '', sectors: [], regions: [], qualifications: [] },
      frequency: 'IMMEDIATE',
    });
  });

  it('refuses unknown kinds and frequencies, empty or long names, unknown fields', () => {
    for (const body of [
      { kind: 'OFFERS', name: 'x' },
      { kind: 'DEMANDS', name: '' },
      { kind: 'DEMANDS', name: 'x'.repeat(61) },
      { kind: 'DEMANDS', name: 'x', frequency: 'WEEKLY' },
      { kind: 'DEMANDS', name: 'x', userId: 'someone' },
    ])
      expect(SavedSearchCreateSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
  });
});

describe('SavedSearchQuerySchema', () => {
  it('takes the search pages’ filters with their rules', () => {
    expect(
      SavedSearchQuerySchema.parse({ q: ' 线缆 ', sectors: ['ELECTRONICS'], regions: ['421200'], qualifications: ['GJB9001C'] }),
    ).toEqual({ q: '线缆', sectors: ['ELECTRONICS'], regions: ['421200'], qualifications: ['GJB9001C'] });
  });

  it('refuses what the search endpoints refuse', () => {
    for (const query of [
      { sectors: ['SPACE_LASERS'] },
      { regions: ['4212'] },
      { qualifications: ['NO_SUCH_CERTIFICATE'] },
      { q: 'x'.repeat(201) },
      { sectors: Array.from({ length: 14 }, () => 'AI') },
      { sort: 'deadline:asc' },
      { sectors: 'AI' },
    ])
      expect(SavedSearchQuerySchema.safeParse(query).success, JSON.stringify(query)).toBe(false);
  });
});

describe('alert requests', () => {
  it('takes a boolean feedback only', () => {
    expect(AlertFeedbackSchema.parse({ relevant: false })).toEqual({ relevant: false });
    expect(AlertFeedbackSchema.safeParse({ relevant: 'no' }).success).toBe(false);
    expect(AlertFeedbackSchema.safeParse({}).success).toBe(false);
  });

  it('pages the alerts like every list', () => {
    expect(AlertQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20 });
    expect(AlertQuerySchema.parse({ page: '2', pageSize: '50' })).toEqual({ page: 2, pageSize: 50 });
    expect(AlertQuerySchema.safeParse({ pageSize: '500' }).success).toBe(false);
  });
});
