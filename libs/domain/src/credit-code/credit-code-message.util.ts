import { type Locale } from '../i18n/locale.type.js';
import { CREDIT_CODE } from './credit-code.constant.js';
import { type CreditCodeInvalidReason } from './credit-code-invalid-reason.type.js';
import { normaliseCreditCodeInput } from './normalise-credit-code-input.util.js';

// The forbidden letters are almost always a digit misread from the licence; saying which one fixes the
// typo faster than listing the alphabet.
const LOOK_ALIKE_DIGIT: Readonly<Record<string, string>> = { I: '1', O: '0', Z: '2', S: '5' };

const BLANK = /^\p{Zs}$/u;
const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFEFF]$/u;

// Quoting a control or zero-width character shows the user empty quotes; naming it is clearer.
function isInvisible(character: string): boolean {
  const codePoint = character.codePointAt(0) ?? 0;
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || ZERO_WIDTH.test(character);
}

// User-facing text for each rejection. The mismatch message deliberately does not reveal the expected
// check character: the typo is usually in the body, and a user told "the last character should be B"
// would produce a code that passes the checksum and belongs to nobody (or to someone else).
export function creditCodeMessage(reason: CreditCodeInvalidReason, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (reason.code) {
    case 'EMPTY':
      return zh ? '请输入统一社会信用代码' : 'Please enter the unified social credit code.';
    case 'WRONG_LENGTH':
      return zh
        ? `统一社会信用代码应为${CREDIT_CODE.length}位，当前为${reason.length}位`
        : `The unified social credit code must have ${CREDIT_CODE.length} characters; this one has ${reason.length}.`;
    case 'INVALID_CHARACTER':
      return invalidCharacterMessage(reason.position, reason.character, zh);
    case 'INVALID_REGION':
      return zh
        ? `统一社会信用代码第3至8位应为6位数字的行政区划码，当前为“${reason.regionPart}”`
        : `Characters 3 to 8 of the unified social credit code must be a six-digit region code; found “${reason.regionPart}”.`;
    case 'CHECK_CHARACTER_MISMATCH':
      return zh
        ? '统一社会信用代码校验未通过，请对照营业执照逐位核对是否有输错的字符'
        : 'The unified social credit code fails its check; please compare it character by character with the business licence.';
    default:
      return assertNever(reason);
  }
}

function invalidCharacterMessage(position: number, character: string, zh: boolean): string {
  const normalised = normaliseCreditCodeInput(character).normalised[0] ?? character;
  const lookAlike = LOOK_ALIKE_DIGIT[normalised];
  if (zh) {
    const shown = BLANK.test(character) ? '空格' : isInvisible(character) ? '不可见字符' : `“${character}”`;
    const hint = lookAlike === undefined ? '' : `，“${character}”是否应为数字“${lookAlike}”`;
    return `统一社会信用代码第${position}位的${shown}不是有效字符（只能使用数字和除 I、O、Z、S、V 以外的大写英文字母）${hint}`;
  }
  const shown = BLANK.test(character)
    ? 'a space'
    : isInvisible(character)
      ? 'an invisible character'
      : `“${character}”`;
  const hint = lookAlike === undefined ? '' : ` Did you mean the digit “${lookAlike}”?`;
  return `Character ${position} (${shown}) is not allowed in a unified social credit code, which uses only digits and the capital letters other than I, O, Z, S and V.${hint}`;
}

function assertNever(value: never): never {
  throw new Error(`Unhandled credit-code rejection ${JSON.stringify(value)}`);
}
