import type { ProblemField } from '@mcf/contracts';

/**
 * PostgreSQL text cannot hold NUL (U+0000): a string carrying one would fail in the database with a 500.
 * Every string of a request body or query is checked before its schema, and each offending field is named.
 */
export function nulCharacterFields(value: unknown, path: string[] = [], found: ProblemField[] = []): ProblemField[] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) {
      found.push({
        field: path.join('.') || '(body)',
        code: 'INVALID_CHARACTER',
        message: 'must not contain NUL characters',
        messageZh: '不能包含空字符（NUL）',
      });
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulCharacterFields(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulCharacterFields(item, [...path, key], found);
  }
  return found;
}
