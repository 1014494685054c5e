import { describe, expect, it } from 'vitest';

import { QUALIFICATION_TYPE_CODES, type QualificationTypeCode } from './qualification-type-code.constant.js';
import { qualificationTypeByCode } from './qualification-type-by-code.util.js';

describe('qualificationTypeByCode', () => {
  it.each(QUALIFICATION_TYPE_CODES)('finds the type %s', (code) => {
    expect(qualificationTypeByCode(code).code).toBe(code);
  });

  it('fails loudly when handed a code the type system was tricked into accepting', () => {
    expect(() => qualificationTypeByCode('NOPE' as QualificationTypeCode)).toThrow(/NOPE/);
  });
});
