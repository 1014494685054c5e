import { describe, expect, it } from 'vitest';

import { isXianning } from './is-xianning.util.js';
import { XIANNING_REGIONS } from './xianning-region.catalog.js';

describe('isXianning', () => {
  it.each(XIANNING_REGIONS.map((region) => [region.code, region.nameZh]))('is true for %s %s', (code) => {
    expect(isXianning(code)).toBe(true);
  });

  it('is true for a county code under 4212 that the lib does not list', () => {
    expect(isXianning('421290')).toBe(true);
  });

  it.each([
    ['420000', 'Hubei itself'],
    ['420100', 'Wuhan'],
    ['421100', 'Huanggang, the neighbouring prefecture'],
    ['431202', 'a Hunan code sharing the digits 1202'],
    ['110000', 'Beijing'],
    ['4212', 'a bare prefix'],
    ['42120', 'five digits'],
    ['', 'empty'],
  ])('is false for %s (%s)', (code) => {
    expect(isXianning(code)).toBe(false);
  });
});
