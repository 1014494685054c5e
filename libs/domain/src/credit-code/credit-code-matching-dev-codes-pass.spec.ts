import { describe, expect, it } from 'vitest';

import { isXianning } from '../regions/is-xianning.util.js';
import { validateCreditCode } from './validate-credit-code.util.js';

// The fictional firms of /work/shared/eval/matching-dev.json (copied: the lib reads no files). They are
// seeded into the database, so registration must accept them, and all are registered in Xianning.
const MATCHING_DEV_CREDIT_CODES = [
  '91421202510893179X',
  '91421223207376523T',
  '91421281400253824J',
  '91421202276363849X',
  '91421222226695378K',
  '91421221662364778J',
  '914212028164950858',
  '91421281975172371X',
  '91421223723274793G',
  '91421202037324682G',
  '91421202781006279A',
  '91421281117380625R',
  '91421224456427643Y',
  '91421202286823810Y',
];

describe('the dev data set’s credit codes', () => {
  it.each(MATCHING_DEV_CREDIT_CODES)('%s is valid and registered in Xianning', (code) => {
    const result = validateCreditCode(code);
    expect(result.valid).toBe(true);
    expect(result.valid && isXianning(result.regionCode)).toBe(true);
  });

  it('are all distinct, since one code registers one organisation', () => {
    expect(new Set(MATCHING_DEV_CREDIT_CODES).size).toBe(MATCHING_DEV_CREDIT_CODES.length);
  });
});
