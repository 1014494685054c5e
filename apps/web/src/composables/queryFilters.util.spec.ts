import { describe, expect, it } from 'vitest';
import { filtersFromQuery } from './queryFilters.util';

describe('filtersFromQuery', () => {
  it('keeps the named keys with a value, the first of repeated ones, trimmed', () => {
    expect(
      filtersFromQuery({ region: '421202', sector: ['EMERGENCY', 'ORDNANCE'], page: '2', q: ' ' }, [
        'region',
        'sector',
        'q',
      ]),
    ).toEqual({
      region: '421202',
      sector: 'EMERGENCY',
    });
  });

  it('leaves out keys absent or null', () => {
    expect(filtersFromQuery({ region: null }, ['region', 'sector'])).toEqual({});
  });
});
