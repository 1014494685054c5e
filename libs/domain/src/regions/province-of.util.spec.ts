import { describe, expect, it } from 'vitest';

import { provinceOf } from './province-of.util.js';

describe('provinceOf', () => {
  it.each([
    ['421202', '420000'],
    ['421200', '420000'],
    ['420000', '420000'],
    ['440305', '440000'],
    ['110108', '110000'],
    ['820000', '820000'],
  ])('maps %s to %s', (code, province) => {
    expect(provinceOf(code)).toBe(province);
  });

  it.each(['', '4212', 'abcdef', '990101', '42120２'])('is undefined for the malformed code %j', (code) => {
    expect(provinceOf(code)).toBeUndefined();
  });
});
