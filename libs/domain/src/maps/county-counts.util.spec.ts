import { describe, expect, it } from 'vitest';

import { countByCounty, firmMapRegion, MAP_COUNTY_CODES, type MapListingGroup } from './county-counts.util.js';

const group = (regionCode: string | null, sectors: string[], count = 1, breakdown = sectors): MapListingGroup => ({
  regionCode,
  sectors,
  breakdown,
  count,
});

const county = (result: ReturnType<typeof countByCounty>, code: string) =>
  result.counties.find((c) => c.regionCode === code)!;

describe('countByCounty', () => {
  it('lists the six counties of Xianning, in catalogue order, with zero where nothing is', () => {
    const result = countByCounty([]);
    expect(MAP_COUNTY_CODES).toEqual(['421202', '421221', '421222', '421223', '421224', '421281']);
    expect(result.counties.map((c) => [c.regionCode, c.total, c.breakdown])).toEqual(
      MAP_COUNTY_CODES.map((code) => [code, 0, []]),
    );
    expect(result).toMatchObject({ total: 0, cityOnly: 0, elsewhere: 0, unplaced: 0 });
  });

  it('counts a listing of two sectors once in its county and once under each sector', () => {
    const result = countByCounty([group('421202', ['NEW_MATERIALS', 'AEROSPACE'], 3), group('421202', ['AEROSPACE'])]);
    expect(county(result, '421202').total).toBe(4);
    expect(county(result, '421202').breakdown).toEqual([
      { key: 'AEROSPACE', count: 4 },
      { key: 'NEW_MATERIALS', count: 3 },
    ]);
    expect(result.total).toBe(4);
  });

  it('counts a repeated breakdown key of one listing once', () => {
    const result = countByCounty([group('421281', ['EMERGENCY', 'EMERGENCY'], 2)]);
    expect(county(result, '421281').breakdown).toEqual([{ key: 'EMERGENCY', count: 2 }]);
  });

  it('with a sector, counts only the listings naming it, breakdown included', () => {
    const groups = [group('421223', ['BIOMEDICINE', 'NEW_MATERIALS'], 2), group('421223', ['NEW_MATERIALS'], 5)];
    const result = countByCounty(groups, 'BIOMEDICINE');
    expect(county(result, '421223').total).toBe(2);
    expect(county(result, '421223').breakdown).toEqual([
      { key: 'BIOMEDICINE', count: 2 },
      { key: 'NEW_MATERIALS', count: 2 },
    ]);
    expect(countByCounty(groups, 'ORDNANCE').total).toBe(0);
  });

  it('filters by sector while breaking down by another key (a project layer by stage)', () => {
    const result = countByCounty(
      [group('421221', ['LOGISTICS'], 2, ['CONSTRUCTION']), group('421221', ['EMERGENCY'], 1, ['CONSTRUCTION'])],
      'LOGISTICS',
    );
    expect(county(result, '421221')).toEqual({
      regionCode: '421221',
      total: 2,
      breakdown: [{ key: 'CONSTRUCTION', count: 2 }],
    });
  });

  it('keeps the city itself, other places and missing regions out of the counties, each counted apart', () => {
    const result = countByCounty([
      group('421200', ['AI']),
      group('421201', ['AI'], 2),
      group('420100', ['AI'], 4),
      group('110108', ['AI']),
      group(null, ['AI'], 3),
      group('42120', ['AI']),
      group(' 421224 ', ['AI']),
    ]);
    expect(result).toMatchObject({ total: 1, cityOnly: 3, elsewhere: 5, unplaced: 4 });
    expect(county(result, '421224').total).toBe(1);
  });

  it('ignores empty groups', () => {
    expect(countByCounty([group('421202', ['AI'], 0)]).counties[0]!.breakdown).toEqual([]);
  });
});

describe('firmMapRegion', () => {
  it.each([
    ['421223', '421202', '421223'],
    [null, '421202', '421202'],
    [undefined, '421202 ', '421202'],
    ['', '421281', '421281'],
    [null, null, null],
  ])('profile %j, organisation %j → %j', (profile, organization, expected) => {
    expect(firmMapRegion(profile, organization)).toBe(expected);
  });
});
