import { describe, expect, it } from 'vitest';

import { CREDIT_CODE_INVALID_REASON_CODES } from './credit-code-invalid-reason.type.js';

describe('CREDIT_CODE_INVALID_REASON_CODES', () => {
  it('is the stable list the API publishes', () => {
    expect(CREDIT_CODE_INVALID_REASON_CODES).toEqual([
      'EMPTY',
      'WRONG_LENGTH',
      'INVALID_CHARACTER',
      'INVALID_REGION',
      'CHECK_CHARACTER_MISMATCH',
    ]);
  });
});
