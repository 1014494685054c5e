import { describe, expect, it } from 'vitest';

import { isQualificationTypeCode } from './is-qualification-type-code.util.js';
import { QUALIFICATION_TYPE_CODES } from './qualification-type-code.constant.js';

describe('isQualificationTypeCode', () => {
  it.each(QUALIFICATION_TYPE_CODES)('accepts %s', (code) => {
    expect(isQualificationTypeCode(code)).toBe(true);
  });

  it.each(['', 'gjb9001c', 'GJB9001', 'GJB 9001C', 'ISO 9001', 'SECRET', '保密资格', 'hasOwnProperty'])(
    'rejects the string %j',
    (value) => {
      expect(isQualificationTypeCode(value)).toBe(false);
    },
  );

  it.each([undefined, null, 9001, {}, ['SECRECY']])('rejects the non-string %j', (value) => {
    expect(isQualificationTypeCode(value)).toBe(false);
  });
});
