import { describe, expect, it } from 'vitest';

import { computeCreditCodeCheckCharacter } from './compute-credit-code-check-character.util.js';
import { CREDIT_CODE } from './credit-code.constant.js';
import { validateCreditCode } from './validate-credit-code.util.js';

// Real codes, each found in several independent public sources and re-checked here. An organisation is
// named only where the sources agree and the identity is well established; the others are "published".
const PUBLISHED_CODES: ReadonlyArray<readonly [code: string, holder: string]> = [
  ['91110000802100433B', '北京百度网讯科技有限公司 (Baidu; organisation code 80210043-3)'],
  ['9144030071526726XG', '腾讯科技（深圳）有限公司 (Tencent Technology (Shenzhen))'],
  ['914403001922038216', '华为技术有限公司 (Huawei Technologies)'],
  ['91110108551385082Q', '小米科技有限责任公司 (Xiaomi)'],
  ['91110000710925462X', '中国石油天然气股份有限公司 (PetroChina; registeredAs of its LEI record)'],
  ['91330100799655058B', 'published code, registered in Hangzhou (330100)'],
  ['91440300708461136T', 'published code, registered in Shenzhen (440300)'],
  ['91350100M000100Y43', 'published example code used by many validators; letters in its body'],
];

const ALPHABET = [...CREDIT_CODE.alphabet];
const isRegionIndex = (index: number): boolean =>
  index >= CREDIT_CODE.regionStart && index < CREDIT_CODE.regionEnd;

describe.each(PUBLISHED_CODES)('published code %s — %s', (code) => {
  it('has the check character GB 32100 computes', () => {
    expect(computeCreditCodeCheckCharacter(code.slice(0, 17))).toBe(code.charAt(17));
  });

  it('is valid, with its region code in characters 3–8', () => {
    expect(validateCreditCode(code)).toEqual({
      valid: true,
      code,
      regionCode: code.slice(2, 8),
      registrationAuthority: code.charAt(0),
      organisationType: code.charAt(1),
    });
  });

  it('is valid typed in lower case with spaces around', () => {
    expect(validateCreditCode(` ${code.toLowerCase()} `)).toMatchObject({ valid: true, code });
  });

  it('fails for every substitution of the check character', () => {
    for (const char of ALPHABET.filter((candidate) => candidate !== code.charAt(17))) {
      expect(validateCreditCode(code.slice(0, 17) + char)).toEqual({
        valid: false,
        reason: { code: 'CHECK_CHARACTER_MISMATCH', expected: code.charAt(17), actual: char },
      });
    }
  });

  it('fails for every single-character substitution in the body', () => {
    for (let index = 0; index < 17; index += 1) {
      for (const char of ALPHABET.filter((candidate) => candidate !== code.charAt(index))) {
        const typo = code.slice(0, index) + char + code.slice(index + 1);
        const expected =
          isRegionIndex(index) && !/\d/.test(char) ? 'INVALID_REGION' : 'CHECK_CHARACTER_MISMATCH';
        expect(validateCreditCode(typo), typo).toMatchObject({ valid: false, reason: { code: expected } });
      }
    }
  });

  it('fails when two different neighbouring characters of the body are swapped', () => {
    for (let index = 0; index < 16; index += 1) {
      if (code.charAt(index) === code.charAt(index + 1)) {
        continue;
      }
      const swapped =
        code.slice(0, index) + code.charAt(index + 1) + code.charAt(index) + code.slice(index + 2);
      expect(validateCreditCode(swapped).valid, swapped).toBe(false);
    }
  });
});
