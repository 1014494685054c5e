import { describe, expect, it } from 'vitest';

import { LOCALES } from '../i18n/locale.type.js';
import {
  CREDIT_CODE_INVALID_REASON_CODES,
  type CreditCodeInvalidReason,
} from './credit-code-invalid-reason.type.js';
import { creditCodeMessage } from './credit-code-message.util.js';
import { validateCreditCode } from './validate-credit-code.util.js';

const reasonOf = (input: string): CreditCodeInvalidReason => {
  const result = validateCreditCode(input);
  if (result.valid) {
    throw new Error(`${input} was expected to be invalid`);
  }
  return result.reason;
};

describe('creditCodeMessage', () => {
  it('asks for the code when it is empty', () => {
    expect(creditCodeMessage({ code: 'EMPTY' }, 'zh-CN')).toBe('请输入统一社会信用代码');
    expect(creditCodeMessage({ code: 'EMPTY' }, 'en')).toBe('Please enter the unified social credit code.');
  });

  it('states the expected and the actual length', () => {
    const reason = reasonOf('91110000802100433');
    expect(creditCodeMessage(reason, 'zh-CN')).toBe('统一社会信用代码应为18位，当前为17位');
    expect(creditCodeMessage(reason, 'en')).toBe(
      'The unified social credit code must have 18 characters; this one has 17.',
    );
  });

  it('points at an invalid character by position, quoting it', () => {
    const reason = reasonOf('9111000080-100433B');
    expect(creditCodeMessage(reason, 'zh-CN')).toBe(
      '统一社会信用代码第11位的“-”不是有效字符（只能使用数字和除 I、O、Z、S、V 以外的大写英文字母）',
    );
    expect(creditCodeMessage(reason, 'en')).toBe(
      'Character 11 (“-”) is not allowed in a unified social credit code, which uses only digits and the capital letters other than I, O, Z, S and V.',
    );
  });

  it.each([
    ['O', '0'],
    ['o', '0'],
    ['Ｏ', '0'],
    ['I', '1'],
    ['Z', '2'],
    ['S', '5'],
  ])('suggests the look-alike digit for %s', (letter, digit) => {
    const reason = reasonOf(`9111000080210${letter}433B`);
    expect(creditCodeMessage(reason, 'zh-CN')).toContain(`“${letter}”是否应为数字“${digit}”`);
    expect(creditCodeMessage(reason, 'en')).toContain(`Did you mean the digit “${digit}”?`);
  });

  it('does not suggest a digit for V, which looks like none', () => {
    const reason = reasonOf('9111000080210V433B');
    expect(creditCodeMessage(reason, 'zh-CN')).not.toContain('是否应为');
    expect(creditCodeMessage(reason, 'en')).not.toContain('Did you mean');
  });

  it('names a space instead of quoting it', () => {
    const reason = reasonOf('9111000080 100433B');
    expect(creditCodeMessage(reason, 'zh-CN')).toContain('第11位的空格');
    expect(creditCodeMessage(reason, 'en')).toContain('Character 11 (a space)');
  });

  it('names an invisible character instead of quoting it', () => {
    const reason = reasonOf('9111000080\u200B100433B');
    expect(creditCodeMessage(reason, 'zh-CN')).toContain('第11位的不可见字符');
    expect(creditCodeMessage(reason, 'en')).toContain('Character 11 (an invisible character)');
    const tab = reasonOf('9111000080\t100433B');
    expect(creditCodeMessage(tab, 'en')).toContain('an invisible character');
  });

  it('quotes the region part when it is not six digits', () => {
    const reason = reasonOf('91A10000802100433B');
    expect(creditCodeMessage(reason, 'zh-CN')).toBe(
      '统一社会信用代码第3至8位应为6位数字的行政区划码，当前为“A10000”',
    );
    expect(creditCodeMessage(reason, 'en')).toBe(
      'Characters 3 to 8 of the unified social credit code must be a six-digit region code; found “A10000”.',
    );
  });

  it('asks for a careful comparison on a checksum failure without revealing the expected character', () => {
    const reason = reasonOf('91110000802100433C');
    const zh = creditCodeMessage(reason, 'zh-CN');
    const en = creditCodeMessage(reason, 'en');
    expect(zh).toBe('统一社会信用代码校验未通过，请对照营业执照逐位核对是否有输错的字符');
    expect(en).toBe(
      'The unified social credit code fails its check; please compare it character by character with the business licence.',
    );
    expect(zh).not.toContain('B');
    expect(en).not.toMatch(/“B”|\bB\b/);
  });

  const EVERY_REASON: readonly CreditCodeInvalidReason[] = [
    { code: 'EMPTY' },
    { code: 'WRONG_LENGTH', length: 5 },
    { code: 'INVALID_CHARACTER', position: 3, character: '#' },
    { code: 'INVALID_REGION', regionPart: '11000A' },
    { code: 'CHECK_CHARACTER_MISMATCH', expected: 'B', actual: 'C' },
  ];

  it('covers every reason code in the tests below', () => {
    expect(EVERY_REASON.map((reason) => reason.code)).toEqual([...CREDIT_CODE_INVALID_REASON_CODES]);
  });

  it.each(LOCALES)('has a distinct, non-blank message for every reason in %s', (locale) => {
    const messages = EVERY_REASON.map((reason) => creditCodeMessage(reason, locale));
    for (const message of messages) {
      expect(message.trim()).not.toBe('');
    }
    expect(new Set(messages).size).toBe(EVERY_REASON.length);
  });

  it('writes Chinese messages in Chinese and English messages without Chinese characters', () => {
    for (const reason of EVERY_REASON) {
      expect(creditCodeMessage(reason, 'zh-CN')).toMatch(/统一社会信用代码/);
      expect(creditCodeMessage(reason, 'en')).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('throws for a reason code it does not know, instead of showing nothing', () => {
    const unknown = { code: 'SOMETHING_ELSE' } as unknown as CreditCodeInvalidReason;
    expect(() => creditCodeMessage(unknown, 'zh-CN')).toThrow(/SOMETHING_ELSE/);
  });
});
