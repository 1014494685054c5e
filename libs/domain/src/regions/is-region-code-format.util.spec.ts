import { describe, expect, it } from 'vitest';

import { isRegionCodeFormat } from './is-region-code-format.util.js';
import { PROVINCES } from './province.catalog.js';
import { XIANNING_REGIONS } from './xianning-region.catalog.js';

describe('isRegionCodeFormat', () => {
  it.each([...PROVINCES, ...XIANNING_REGIONS].map((region) => region.code))(
    'accepts the known code %s',
    (code) => {
      expect(isRegionCodeFormat(code)).toBe(true);
    },
  );

  it.each([
    ['440305', 'a Shenzhen district'],
    ['110108', 'a Beijing district'],
    ['330100', 'a prefecture in Zhejiang'],
    ['810000', 'Hong Kong'],
  ])('accepts %s (%s), whose province is known', (code) => {
    expect(isRegionCodeFormat(code)).toBe(true);
  });

  it.each([
    ['', 'empty'],
    ['42120', 'five digits'],
    ['4212020', 'seven digits'],
    ['42120A', 'a letter'],
    [' 421202', 'a leading space'],
    ['421202\n', 'a trailing newline'],
    ['４２１２０２', 'full-width digits'],
    ['000000', 'province 00'],
    ['100000', 'province 10 (central registrations, not a place)'],
    ['160000', 'province 16 (unassigned)'],
    ['900000', 'province 90 (unassigned)'],
    ['720000', 'province 72 (unassigned)'],
  ])('rejects %j (%s)', (code) => {
    expect(isRegionCodeFormat(code)).toBe(false);
  });
});
