import { describe, expect, it } from 'vitest';
import { regionCodePrefix } from './region-code-prefix.util.js';

describe('regionCodePrefix', () => {
  it('keeps the digits a province, city or county shares with everything inside it', () => {
    expect(regionCodePrefix('420000')).toBe('42');
    expect(regionCodePrefix('421200')).toBe('4212');
    expect(regionCodePrefix('421202')).toBe('421202');
    expect(regionCodePrefix('110101')).toBe('110101');
  });

  it('refuses a malformed code', () => {
    expect(regionCodePrefix('42')).toBeUndefined();
    expect(regionCodePrefix('abcdef')).toBeUndefined();
  });
});
