import { describe, expect, it } from 'vitest';
import { meilisearchQuoted } from './meilisearch-quoted.util.js';

describe('meilisearchQuoted', () => {
  it('quotes a value and escapes backslashes before quotes, so a value cannot close its literal', () => {
    expect(meilisearchQuoted('AI')).toBe('"AI"');
    expect(meilisearchQuoted('a"b')).toBe('"a\\"b"');
    expect(meilisearchQuoted('a\\')).toBe('"a\\\\"');
    expect(meilisearchQuoted('x" OR status != "y')).toBe('"x\\" OR status != \\"y"');
  });
});
