import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isWellFormedUnicode, wellFormedTextRefinement, wireTextProblem, wireTextProblemFields } from './wire-text.js';

describe('isWellFormedUnicode', () => {
  it.each([
    ['plain ASCII', 'abc'],
    ['Chinese text', '军民融合供需对接'],
    ['a surrogate pair (emoji)', 'ok 😀'],
    ['a supplementary CJK character', '𠮷野家'],
    ['the empty string', ''],
  ])('accepts %s', (_name, value) => {
    expect(isWellFormedUnicode(value)).toBe(true);
  });

  it.each([
    ['a lone high surrogate inside', 'a\ud800b'],
    ['a lone high surrogate at the end', 'abc\udbff'],
    ['a lone low surrogate', '\udc00abc'],
    ['a reversed pair', '\ude00\ud83d'],
    ['half of an emoji cut off', '😀'.slice(0, 1)],
  ])('refuses %s', (_name, value) => {
    expect(isWellFormedUnicode(value)).toBe(false);
  });
});

describe('wireTextProblem', () => {
  it('names NUL and lone surrogates with messages in both languages', () => {
    expect(wireTextProblem('a\u0000b')).toMatchObject({ code: 'INVALID_CHARACTER', messageZh: '不能包含空字符（NUL）' });
    expect(wireTextProblem('a\ud800b')).toMatchObject({ code: 'INVALID_CHARACTER', message: expect.stringContaining('surrogate') });
    expect(wireTextProblem('a\ud800b')?.messageZh).toContain('代理项');
    expect(wireTextProblem('精密加工 😀')).toBeNull();
  });
});

describe('wireTextProblemFields', () => {
  it('names every offending string at its JSON path', () => {
    const fields = wireTextProblemFields({
      title: 'a\ud800b',
      requirements: [{ note: 'ok' }, { note: '\u0000' }],
      nested: { deep: { text: 'x\udfff' } },
      fine: '😀',
    });
    expect(fields.map((field) => field.field)).toEqual(['title', 'requirements.1.note', 'nested.deep.text']);
    expect(fields.map((field) => field.messageZh)).toEqual([
      expect.stringContaining('代理项'),
      '不能包含空字符（NUL）',
      expect.stringContaining('代理项'),
    ]);
  });

  it('checks object keys too, naming the key escaped', () => {
    const fields = wireTextProblemFields({ tags: { 'k\ud800': 'v', ok: 'v' } });
    expect(fields).toHaveLength(1);
    expect(fields[0]?.field).toBe('tags.k\\ud800');
    expect(isWellFormedUnicode(fields[0]!.field)).toBe(true);
  });

  it('prefixes query fields and names a bare string body', () => {
    expect(wireTextProblemFields({ q: '\ud800' }, ['query'])[0]?.field).toBe('query.q');
    expect(wireTextProblemFields('\u0000')[0]?.field).toBe('(body)');
  });

  it('finds nothing in clean values of any shape', () => {
    expect(wireTextProblemFields({ a: 'text', b: 1, c: null, d: [true, 'x'], e: undefined })).toEqual([]);
    expect(wireTextProblemFields(undefined)).toEqual([]);
  });

  it('walks deeply nested input without overflowing the stack', () => {
    let value: unknown = 'a\ud800';
    for (let i = 0; i < 10_000; i++) value = [value];
    expect(() => wireTextProblemFields(value)).not.toThrow();
  });
});

describe('wellFormedTextRefinement', () => {
  it('makes a zod string refuse ill-formed text with the bilingual code', () => {
    const schema = z.string().refine(...wellFormedTextRefinement);
    expect(schema.safeParse('中文 ok').success).toBe(true);
    const result = schema.safeParse('x\ud800');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ params: { code: 'INVALID_CHARACTER' } });
  });
});
