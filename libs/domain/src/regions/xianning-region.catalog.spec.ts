import { describe, expect, it } from 'vitest';

import { XIANNING_CITY_CODE, XIANNING_REGIONS } from './xianning-region.catalog.js';

describe('XIANNING_REGIONS', () => {
  it('lists 咸宁市 and its six county-level divisions exactly as domain.md does', () => {
    expect(XIANNING_CITY_CODE).toBe('421200');
    expect(Object.fromEntries(XIANNING_REGIONS.map((region) => [region.code, region.nameZh]))).toEqual({
      '421200': '咸宁市',
      '421202': '咸安区',
      '421221': '嘉鱼县',
      '421222': '通城县',
      '421223': '崇阳县',
      '421224': '通山县',
      '421281': '赤壁市',
    });
  });

  it('gives every division an English name', () => {
    for (const region of XIANNING_REGIONS) {
      expect(region.nameEn.trim()).not.toBe('');
    }
  });
});
