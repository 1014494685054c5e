import { describe, expect, it } from 'vitest';

import { isSectorCode } from './is-sector-code.util.js';
import { SECTOR_CODES } from './sector-code.constant.js';

describe('isSectorCode', () => {
  it.each(SECTOR_CODES)('accepts %s', (code) => {
    expect(isSectorCode(code)).toBe(true);
  });

  it.each(['', 'new_materials', 'NEW MATERIALS', '新材料', 'UNKNOWN', ' AI', 'toString', '__proto__'])(
    'rejects the string %j',
    (value) => {
      expect(isSectorCode(value)).toBe(false);
    },
  );

  it.each([undefined, null, 0, 1, true, {}, ['AI']])('rejects the non-string %j', (value) => {
    expect(isSectorCode(value)).toBe(false);
  });
});
