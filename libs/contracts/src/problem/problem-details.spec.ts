import { describe, expect, it } from 'vitest';
import { ProblemDetailsSchema } from './problem-details.js';

describe('ProblemDetailsSchema', () => {
  it('accepts an RFC 9457 body with field errors in both languages', () => {
    const parsed = ProblemDetailsSchema.parse({
      type: '/api/problems/validation-failed',
      title: '请求内容不合法',
      status: 422,
      code: 'VALIDATION_FAILED',
      instance: '/api/v1/reference/credit-codes/123',
      errors: [{ field: 'creditCode', code: 'WRONG_LENGTH', message: 'must have 18 characters', messageZh: '应为18位' }],
    });
    expect(parsed.errors?.[0]?.field).toBe('creditCode');
  });

  it('requires the stable code that clients branch on', () => {
    expect(ProblemDetailsSchema.safeParse({ type: 'about:blank', title: 'x', status: 400 }).success).toBe(false);
  });

  it('requires an integer status', () => {
    expect(ProblemDetailsSchema.safeParse({ type: 'about:blank', title: 'x', status: 400.5, code: 'X' }).success).toBe(false);
  });
});
