import { describe, expect, it } from 'vitest';
import { nulCharacterFields } from './nul-characters.js';

describe('nulCharacterFields', () => {
  it('names every string field that carries a NUL, at its JSON path', () => {
    const fields = nulCharacterFields(
      { title: 'a\u0000b', requirements: [{ note: 'ok' }, { note: '\u0000' }], nested: { deep: { text: 'x\u0000' } } },
      [],
    );
    expect(fields.map((field) => field.field)).toEqual(['title', 'requirements.1.note', 'nested.deep.text']);
    expect(fields[0]).toMatchObject({ code: 'INVALID_CHARACTER', messageZh: '不能包含空字符（NUL）' });
  });

  it('prefixes query fields and names a bare string body', () => {
    expect(nulCharacterFields({ q: '\u0000' }, ['query'])[0]?.field).toBe('query.q');
    expect(nulCharacterFields('\u0000')[0]?.field).toBe('(body)');
  });

  it('finds nothing in clean values of any shape', () => {
    expect(nulCharacterFields({ a: 'text', b: 1, c: null, d: [true, 'x'], e: undefined })).toEqual([]);
    expect(nulCharacterFields(undefined)).toEqual([]);
  });
});
