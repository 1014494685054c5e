import { describe, expect, it } from 'vitest';
import { ClarificationCreateSchema, MessageCreateSchema, MessageQuerySchema, ThreadStartSchema } from './conversations.js';

describe('MessageCreateSchema', () => {
  it('trims, and allows an empty body (the API then requires an attachment)', () => {
    expect(MessageCreateSchema.parse({ body: '  你好 ' })).toEqual({ body: '你好' });
    expect(MessageCreateSchema.parse({})).toEqual({ body: '' });
  });

  it('counts characters, not UTF-16 units: 5000 emoji pass, 5001 do not', () => {
    expect(MessageCreateSchema.safeParse({ body: '🚒'.repeat(5000) }).success).toBe(true);
    const tooLong = MessageCreateSchema.safeParse({ body: '🚒'.repeat(5001) });
    expect(tooLong.success).toBe(false);
    expect(tooLong.error?.issues[0]).toMatchObject({
      path: ['body'],
      params: { code: 'MESSAGE_TOO_LONG', messageZh: expect.stringContaining('5000') },
    });
  });

  it('refuses unknown fields', () => {
    expect(MessageCreateSchema.safeParse({ body: 'x', to: 'y' }).success).toBe(false);
  });
});

describe('ClarificationCreateSchema', () => {
  it('needs a question of 2–2000 characters after trimming', () => {
    expect(ClarificationCreateSchema.safeParse({ question: ' 问 ' }).success).toBe(false);
    expect(ClarificationCreateSchema.parse({ question: ' 含税吗？ ' })).toEqual({ question: '含税吗？' });
    expect(ClarificationCreateSchema.safeParse({ question: '问'.repeat(2001) }).success).toBe(false);
  });
});

describe('ThreadStartSchema and MessageQuerySchema', () => {
  it('take an optional firm id, and a limit of 1–200 from the query string', () => {
    expect(ThreadStartSchema.parse({})).toEqual({});
    expect(ThreadStartSchema.safeParse({ enterpriseId: 'x' }).success).toBe(false);
    expect(MessageQuerySchema.parse({ limit: '20' })).toEqual({ limit: 20 });
    expect(MessageQuerySchema.parse({})).toEqual({ limit: 100 });
    expect(MessageQuerySchema.safeParse({ limit: '201' }).success).toBe(false);
  });
});

describe('text fields', () => {
  it('refuse NUL characters, which PostgreSQL cannot store', () => {
    for (const result of [
      MessageCreateSchema.safeParse({ body: 'a\u0000b' }),
      ClarificationCreateSchema.safeParse({ question: '含税\u0000吗？' }),
    ])
      expect(result.error?.issues[0]).toMatchObject({ params: { code: 'INVALID_CHARACTER' } });
  });
});
