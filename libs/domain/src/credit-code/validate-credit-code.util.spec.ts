import { describe, expect, it } from 'vitest';

import { computeCreditCodeCheckCharacter } from './compute-credit-code-check-character.util.js';
import { CREDIT_CODE } from './credit-code.constant.js';
import { validateCreditCode } from './validate-credit-code.util.js';

// 北京百度网讯科技有限公司, a real published code (see credit-code-published-codes.spec.ts).
const BAIDU = '91110000802100433B';

const withCheck = (first17: string): string => first17 + computeCreditCodeCheckCharacter(first17);

describe('validateCreditCode', () => {
  describe('a valid code', () => {
    it('is accepted and split into its parts', () => {
      expect(validateCreditCode(BAIDU)).toEqual({
        valid: true,
        code: BAIDU,
        regionCode: '110000',
        registrationAuthority: '9',
        organisationType: '1',
      });
    });

    it('is accepted when generated from a body and its computed check character', () => {
      const code = withCheck('91421202MA4F0X7K2');
      expect(validateCreditCode(code)).toMatchObject({ valid: true, code, regionCode: '421202' });
    });

    it('is accepted for non-company registrations (事业单位 12…, 社会团体 51…)', () => {
      for (const first17 of ['12421200MB1234567', '51421200MJ0000001', 'Y1421200000000001']) {
        const result = validateCreditCode(withCheck(first17));
        expect(result).toMatchObject({
          valid: true,
          registrationAuthority: first17.charAt(0),
          organisationType: first17.charAt(1),
        });
      }
    });

    it('accepts the central-registration region 100000, which is not a province', () => {
      expect(validateCreditCode(withCheck('12100000400000000'))).toMatchObject({
        valid: true,
        regionCode: '100000',
      });
    });

    it('accepts 1,000 generated codes (deterministic pseudo-random bodies)', () => {
      let seed = 20250101;
      const next = (bound: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % bound;
      };
      for (let n = 0; n < 1000; n += 1) {
        let body = '';
        for (let i = 0; i < 17; i += 1) {
          const inRegion = i >= CREDIT_CODE.regionStart && i < CREDIT_CODE.regionEnd;
          body += inRegion ? String(next(10)) : CREDIT_CODE.alphabet.charAt(next(31));
        }
        expect(validateCreditCode(withCheck(body)).valid).toBe(true);
      }
    });
  });

  describe('normalisation (trim + upper case + full-width to ASCII)', () => {
    it.each([
      [`  ${BAIDU}  `, 'surrounding spaces'],
      [`\t${BAIDU}\n`, 'a tab and a newline'],
      [`\u3000${BAIDU}\u3000`, 'ideographic spaces'],
      [`\u200B${BAIDU}\uFEFF`, 'a zero-width space and a BOM'],
      [BAIDU.toLowerCase(), 'lower case'],
      ['9111000080210043３b', 'full-width digit and lower-case full-width letter'],
      ['９１１１００００８０２１００４３３Ｂ', 'all full-width'],
    ])('accepts %j (%s) and returns the canonical code', (input) => {
      expect(validateCreditCode(input)).toMatchObject({ valid: true, code: BAIDU });
    });
  });

  describe('EMPTY', () => {
    it.each(['', ' ', '\u3000', '\n\t', '\u200B'])('for %j', (input) => {
      expect(validateCreditCode(input)).toEqual({ valid: false, reason: { code: 'EMPTY' } });
    });
  });

  describe('WRONG_LENGTH', () => {
    it.each([
      ['9', 1],
      [BAIDU.slice(0, 17), 17],
      [BAIDU.slice(1), 17],
      [`${BAIDU}0`, 19],
      [`${BAIDU}${BAIDU}`, 36],
      ['110108000673293', 15], // an old 15-digit business registration number
      ['802100433', 9], // an old organisation code without its check digit
    ])('for %j (%d characters)', (input, length) => {
      expect(validateCreditCode(input)).toEqual({ valid: false, reason: { code: 'WRONG_LENGTH', length } });
    });

    it('counts inner spaces, which are not trimmed', () => {
      expect(validateCreditCode('9111 0000 8021 0043 3B')).toEqual({
        valid: false,
        reason: { code: 'WRONG_LENGTH', length: 22 },
      });
    });

    it('counts an emoji as one character', () => {
      expect(validateCreditCode(`${BAIDU.slice(0, 16)}😀`)).toEqual({
        valid: false,
        reason: { code: 'WRONG_LENGTH', length: 17 },
      });
    });
  });

  describe('INVALID_CHARACTER', () => {
    it.each(['I', 'O', 'Z', 'S', 'V'])('for the forbidden letter %s, at every position', (letter) => {
      for (let index = 0; index < 18; index += 1) {
        const input = BAIDU.slice(0, index) + letter + BAIDU.slice(index + 1);
        expect(validateCreditCode(input)).toEqual({
          valid: false,
          reason: { code: 'INVALID_CHARACTER', position: index + 1, character: letter },
        });
      }
    });

    it.each(['i', 'o', 'z', 's', 'v'])(
      'for the lower-case forbidden letter %s, quoted as typed',
      (letter) => {
        expect(validateCreditCode(`9111000080210${letter}433B`)).toEqual({
          valid: false,
          reason: { code: 'INVALID_CHARACTER', position: 14, character: letter },
        });
      },
    );

    it.each(['Ｏ', 'ｏ'])('for the full-width forbidden letter %s, quoted as typed', (letter) => {
      expect(validateCreditCode(`9111000080210${letter}433B`)).toEqual({
        valid: false,
        reason: { code: 'INVALID_CHARACTER', position: 14, character: letter },
      });
    });

    it.each(['-', '.', '_', '/', '*', '#', '，', '、', '中', 'é', 'Ω'])('for %j', (char) => {
      const input = `9111000080${char}100433B`;
      expect(validateCreditCode(input)).toEqual({
        valid: false,
        reason: { code: 'INVALID_CHARACTER', position: 11, character: char },
      });
    });

    it('for an inner space when the length is right', () => {
      expect(validateCreditCode('9111000080 100433B')).toEqual({
        valid: false,
        reason: { code: 'INVALID_CHARACTER', position: 11, character: ' ' },
      });
    });

    it('for an inner zero-width space when the length is right', () => {
      expect(validateCreditCode('9111000080\u200B100433B')).toMatchObject({
        valid: false,
        reason: { code: 'INVALID_CHARACTER', position: 11 },
      });
    });

    it('reports the first offending character', () => {
      expect(validateCreditCode('9111000080-10043-B')).toMatchObject({
        reason: { code: 'INVALID_CHARACTER', position: 11, character: '-' },
      });
    });

    it('counts positions after trimming, as the user sees the code', () => {
      expect(validateCreditCode('   91110000802100O33B')).toMatchObject({
        reason: { code: 'INVALID_CHARACTER', position: 15, character: 'O' },
      });
    });
  });

  describe('INVALID_REGION', () => {
    it.each([
      ['91A10000802100433B', 'A10000'],
      ['911100A0802100433B', '1100A0'],
      ['9111000B802100433B', '11000B'],
      ['91ABCDEF802100433B', 'ABCDEF'],
    ])('for %s, whose characters 3–8 are %s', (input, regionPart) => {
      expect(validateCreditCode(input)).toEqual({
        valid: false,
        reason: { code: 'INVALID_REGION', regionPart },
      });
    });

    it('takes precedence over the check character, whose failure would be the less useful message', () => {
      expect(validateCreditCode('91A100008021004330')).toMatchObject({ reason: { code: 'INVALID_REGION' } });
    });
  });

  describe('CHECK_CHARACTER_MISMATCH', () => {
    it('for the wrong last character, reporting expected and actual', () => {
      expect(validateCreditCode('91110000802100433C')).toEqual({
        valid: false,
        reason: { code: 'CHECK_CHARACTER_MISMATCH', expected: 'B', actual: 'C' },
      });
    });

    it('reports the normalised actual character for lower-case input', () => {
      expect(validateCreditCode('91110000802100433c')).toMatchObject({
        reason: { code: 'CHECK_CHARACTER_MISMATCH', expected: 'B', actual: 'C' },
      });
    });

    it('rejects every other character of the alphabet in the last position', () => {
      const accepted = [...CREDIT_CODE.alphabet].filter(
        (char) => validateCreditCode(BAIDU.slice(0, 17) + char).valid,
      );
      expect(accepted).toEqual(['B']);
    });

    it('for a single-character typo in the body', () => {
      // 8021 typed as 8031.
      expect(validateCreditCode('91110000803100433B')).toMatchObject({
        valid: false,
        reason: { code: 'CHECK_CHARACTER_MISMATCH', actual: 'B' },
      });
      // 0 typed as 8 in the organisation code.
      expect(validateCreditCode('91110000882100433B')).toMatchObject({
        valid: false,
        reason: { code: 'CHECK_CHARACTER_MISMATCH' },
      });
    });
  });

  describe('order of checks (coarsest first)', () => {
    it('reports length before characters', () => {
      expect(validateCreditCode('OOO')).toMatchObject({ reason: { code: 'WRONG_LENGTH', length: 3 } });
    });

    it('reports characters before the region', () => {
      expect(validateCreditCode('91AI0000802100433B')).toMatchObject({
        reason: { code: 'INVALID_CHARACTER', position: 4, character: 'I' },
      });
    });
  });
});
