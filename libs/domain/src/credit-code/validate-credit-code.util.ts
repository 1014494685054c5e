import { computeCreditCodeCheckCharacter } from './compute-credit-code-check-character.util.js';
import { CREDIT_CODE } from './credit-code.constant.js';
import { type CreditCodeValidation } from './credit-code-validation.type.js';
import { normaliseCreditCodeInput } from './normalise-credit-code-input.util.js';

const ALPHABET: ReadonlySet<string> = new Set(CREDIT_CODE.alphabet);
const SIX_DIGITS = /^\d{6}$/;

// Checks run from the coarsest to the finest so the user is told the most basic problem first: a
// 17-character code is reported as too short, not as failing its checksum.
//
// The region part is only required to be six digits, not a known province: codes issued by central
// authorities carry 100000, and the GB/T 2260 table changes over time while issued codes do not.
export function validateCreditCode(input: string): CreditCodeValidation {
  const { typed, normalised } = normaliseCreditCodeInput(input);

  if (normalised.length === 0) {
    return { valid: false, reason: { code: 'EMPTY' } };
  }
  if (normalised.length !== CREDIT_CODE.length) {
    return { valid: false, reason: { code: 'WRONG_LENGTH', length: normalised.length } };
  }

  const badIndex = normalised.findIndex((char) => !ALPHABET.has(char));
  if (badIndex >= 0) {
    return {
      valid: false,
      reason: { code: 'INVALID_CHARACTER', position: badIndex + 1, character: typed[badIndex] ?? '' },
    };
  }

  const code = normalised.join('');
  const regionCode = code.slice(CREDIT_CODE.regionStart, CREDIT_CODE.regionEnd);
  if (!SIX_DIGITS.test(regionCode)) {
    return { valid: false, reason: { code: 'INVALID_REGION', regionPart: regionCode } };
  }

  const expected = computeCreditCodeCheckCharacter(code.slice(0, CREDIT_CODE.length - 1));
  const actual = code.charAt(CREDIT_CODE.length - 1);
  if (actual !== expected) {
    return { valid: false, reason: { code: 'CHECK_CHARACTER_MISMATCH', expected, actual } };
  }

  return {
    valid: true,
    code,
    regionCode,
    registrationAuthority: code.charAt(0),
    organisationType: code.charAt(1),
  };
}
