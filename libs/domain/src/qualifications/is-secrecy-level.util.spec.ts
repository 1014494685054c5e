import { describe, expect, it } from 'vitest';

import { isSecrecyLevel } from './is-secrecy-level.util.js';

describe('isSecrecyLevel', () => {
  it.each([1, 2, 3])('accepts %d', (level) => {
    expect(isSecrecyLevel(level)).toBe(true);
  });

  it.each([0, 4, -1, 1.5, Number.NaN, '1', '一级', null, undefined])('rejects %j', (value) => {
    expect(isSecrecyLevel(value)).toBe(false);
  });
});
