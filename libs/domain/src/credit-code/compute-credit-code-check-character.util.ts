import { CREDIT_CODE } from './credit-code.constant.js';

const MODULUS = CREDIT_CODE.alphabet.length;

// Meant for code that already holds 17 clean characters (validation, test fixtures, seed data); user
// input goes through validateCreditCode, so a malformed argument here is a programming error and throws.
export function computeCreditCodeCheckCharacter(first17: string): string {
  const chars = Array.from(first17);
  if (chars.length !== CREDIT_CODE.weights.length) {
    throw new RangeError(`Expected ${CREDIT_CODE.weights.length} characters, got ${chars.length}`);
  }
  let sum = 0;
  chars.forEach((char, index) => {
    const value = CREDIT_CODE.alphabet.indexOf(char);
    if (value < 0) {
      throw new RangeError(
        `Character ${index + 1} (${JSON.stringify(char)}) is outside the credit-code alphabet`,
      );
    }
    sum += value * (CREDIT_CODE.weights[index] ?? 0);
  });
  // GB 32100-2015 writes C18 = 31 − (sum mod 31) and maps 31 to 0; the outer modulo does that mapping.
  const checkValue = (MODULUS - (sum % MODULUS)) % MODULUS;
  return CREDIT_CODE.alphabet.charAt(checkValue);
}
