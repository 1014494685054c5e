import { BadRequestException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { AppError, ValidationFailedError } from './app-error.js';
import { ProblemDetailsFilter, prefersChinese, problemTypeFor } from './problem-details.filter.js';

interface Captured {
  status?: number;
  type?: string;
  body?: Record<string, unknown>;
  headers: Record<string, string>;
}

function render(exception: unknown, acceptLanguage?: string): Captured {
  const captured: Captured = { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (name: string, value: string) => (captured.headers[name] = value),
    status(code: number) {
      captured.status = code;
      return this;
    },
    type(value: string) {
      captured.type = value;
      return this;
    },
    send(body: string) {
      captured.body = JSON.parse(body) as Record<string, unknown>;
      return this;
    },
  };
  const request = { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {}, originalUrl: '/api/v1/x' };
  const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
  new ProblemDetailsFilter(pino({ level: 'silent' })).catch(exception, host);
  return captured;
}

describe('ProblemDetailsFilter', () => {
  it('renders an AppError with its code, fields and headers', () => {
    const error = new AppError(429, 'RATE_LIMITED', { en: 'Too many attempts', zh: '尝试次数过多' }, { headers: { 'Retry-After': '30' } });
    const out = render(error, 'en');
    expect(out.status).toBe(429);
    expect(out.type).toBe('application/problem+json');
    expect(out.headers['Retry-After']).toBe('30');
    expect(out.body).toMatchObject({ type: '/api/problems/rate-limited', title: 'Too many attempts', status: 429, code: 'RATE_LIMITED', instance: '/api/v1/x' });
  });

  it('lists validation errors by field', () => {
    const out = render(new ValidationFailedError([{ field: 'email', code: 'invalid_format', message: 'Invalid email', messageZh: '邮箱格式不正确' }]));
    expect(out.status).toBe(400);
    expect(out.body?.title).toBe('请求内容不合法');
    expect(out.body?.errors).toEqual([{ field: 'email', code: 'invalid_format', message: 'Invalid email', messageZh: '邮箱格式不正确' }]);
  });

  it("maps Nest's HTTP exceptions to stable codes", () => {
    expect(render(new NotFoundException()).body).toMatchObject({ status: 404, code: 'NOT_FOUND', title: '未找到' });
    expect(render(new BadRequestException(), 'en').body).toMatchObject({ status: 400, code: 'BAD_REQUEST', title: 'Bad request' });
  });

  it("recognises body-parser's errors by their status", () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413 });
    expect(render(tooLarge).body).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    const badJson = Object.assign(new SyntaxError('Unexpected end of JSON input'), { status: 400 });
    expect(render(badJson).body).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });

  it('hides the details of an unexpected error behind a 500', () => {
    const out = render(new Error('connection string postgres://secret@db'));
    expect(out.status).toBe(500);
    expect(JSON.stringify(out.body)).not.toContain('secret');
    expect(out.body?.code).toBe('INTERNAL_ERROR');
  });
});

describe('prefersChinese', () => {
  it.each([
    [undefined, true],
    ['zh-CN,zh;q=0.9', true],
    ['zh-TW', true],
    ['*', true],
    ['en-US,en;q=0.9,zh-CN;q=0.8', false],
    ['de', false],
  ])('%s → %s', (header, expected) => expect(prefersChinese(header)).toBe(expected));
});

describe('problemTypeFor', () => {
  it('derives a stable kebab-case type from the code', () => expect(problemTypeFor('CHECK_CHARACTER_MISMATCH')).toBe('/api/problems/check-character-mismatch'));
});

describe('ProblemDetailsFilter when a service is unreachable', () => {
  /** What node-postgres and TypeORM throw while PostgreSQL is stopped or restarting. */
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'FATAL' });
  const queryFailed = (driverError: Error) => Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError });

  it('answers 503 with Retry-After, not 500, for a stopped or restarting PostgreSQL', () => {
    for (const error of [
      queryFailed(pgError('57P01', 'terminating connection due to administrator command')),
      queryFailed(pgError('57P03', 'the database system is starting up')),
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      queryFailed(pgError('08006', 'connection failure')),
      // The rest of a transaction whose connection broke: TypeORM released its query runner.
      Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' }),
    ]) {
      const out = render(error, 'en');
      expect(out.status, error.message).toBe(503);
      expect(out.type).toBe('application/problem+json');
      expect(out.headers['Retry-After']).toBe('5');
      expect(out.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', title: 'Service unavailable' });
    }
  });

  it('answers 503 while Redis is away (the rate limits live there)', () => {
    const error = Object.assign(new Error('Reached the max retries per request limit (which is 2). Refer to "maxRetriesPerRequest" option for details.'), { name: 'MaxRetriesPerRequestError' });
    expect(render(error).body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', title: '服务暂不可用' });
    expect(render(new Error('Connection is closed.')).status).toBe(503);
  });

  it('keeps a statement PostgreSQL rejects, and any other defect, a 500', () => {
    expect(render(queryFailed(Object.assign(new Error('syntax error'), { code: '42601', severity: 'ERROR' }))).status).toBe(500);
    expect(render(new TypeError('x is undefined')).status).toBe(500);
  });
});
