import { describe, expect, it } from 'vitest';

import { computeCreditCodeCheckCharacter } from './compute-credit-code-check-character.util.js';

describe('computeCreditCodeCheckCharacter', () => {
  it('gives the check characters of real published codes', () => {
    expect(computeCreditCodeCheckCharacter('91110000802100433')).toBe('B');
    expect(computeCreditCodeCheckCharacter('9144030071526726X')).toBe('G');
    expect(computeCreditCodeCheckCharacter('91440300192203821')).toBe('6');
  });

  it('maps a weighted sum divisible by 31 to 0, not to 31 (GB 32100: "31 becomes 0")', () => {
    expect(computeCreditCodeCheckCharacter('00000000000000000')).toBe('0');
    // Value 31 ('Y' is 30) would be outside the alphabet; a sum of 31 must also give '0'.
    // 'A' (10) at weight 3 plus '1' at weight 1 = 31.
    expect(computeCreditCodeCheckCharacter('1A000000000000000')).toBe('0');
  });

  it('can produce the last letter of the alphabet', () => {
    // Sum 1 leaves 30, the value of 'Y'.
    expect(computeCreditCodeCheckCharacter('10000000000000000')).toBe('Y');
  });

  it('weighs each position as GB 32100 says (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)', () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    weights.forEach((weight, index) => {
      const body = '0'.repeat(index) + '1' + '0'.repeat(16 - index);
      expect(computeCreditCodeCheckCharacter(body)).toBe(alphabet.charAt((31 - (weight % 31)) % 31));
    });
  });

  it.each([
    ['', 'empty'],
    ['9111000080210043', '16 characters'],
    ['911100008021004333', '18 characters'],
  ])('throws on %j (%s)', (body) => {
    expect(() => computeCreditCodeCheckCharacter(body)).toThrow(RangeError);
  });

  it.each(['9111000080210043I', '91110000802100o33', '9111000080210043-', '９1110000802100433'])(
    'throws on %j, which is outside the alphabet (normalising is validateCreditCode’s job)',
    (body) => {
      expect(() => computeCreditCodeCheckCharacter(body)).toThrow(RangeError);
    },
  );
});
