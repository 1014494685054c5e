import { describe, expect, it } from 'vitest';

import { hasLevel } from './has-level.util.js';
import { QUALIFICATION_TYPE_CODES } from './qualification-type-code.constant.js';

describe('hasLevel', () => {
  it('is true for the secrecy qualification', () => {
    expect(hasLevel('SECRECY')).toBe(true);
  });

  it.each(QUALIFICATION_TYPE_CODES.filter((code) => code !== 'SECRECY'))('is false for %s', (code) => {
    expect(hasLevel(code)).toBe(false);
  });
});
