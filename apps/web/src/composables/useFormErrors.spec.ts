import { describe, expect, it } from 'vitest';
import { ApiProblem, NetworkError } from '../api/http';
import { errorSummary } from './useFormErrors';

const problem = (status: number, code: string, title: string) => ({
  type: 'about:blank',
  title,
  status,
  code,
});

describe('errorSummary', () => {
  it('tells a 429 when to try again, from Retry-After', () => {
    const error = new ApiProblem(problem(429, 'RATE_LIMITED', 'Too many attempts'), {
      retryAfterSeconds: 42,
    });
    expect(errorSummary(error)).toEqual({ kind: 'key', key: 'rateLimit.retryIn', params: { seconds: 42 } });
  });

  it('says "later" for a 429 without Retry-After', () => {
    expect(errorSummary(new ApiProblem(problem(429, 'RATE_LIMITED', 'Too many attempts')))).toEqual({
      kind: 'key',
      key: 'rateLimit.tryLater',
    });
  });

  it('keeps the title of other problems, and names a missing answer', () => {
    expect(errorSummary(new ApiProblem(problem(409, 'EMAIL_TAKEN', '该邮箱已注册')))).toEqual({
      kind: 'plain',
      text: '该邮箱已注册',
    });
    expect(errorSummary(new NetworkError('down', true))).toEqual({ kind: 'key', key: 'errors.timeout' });
  });
});
