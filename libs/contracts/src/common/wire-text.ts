import type { ProblemField } from '../problem/problem-details.js';

/**
 * The one rule for every string that crosses the wire (bodies, queries, multipart fields, file
 * names): it must be text PostgreSQL, Meilisearch and the audit trail can hold. PostgreSQL refuses
 * NUL (U+0000) in text and a lone UTF-16 surrogate ("a\ud800b", legal in JSON, not Unicode) in JSON
 * columns, so either would surface as a 500 far from the request; both are refused up front, with
 * the field named.
 */
export interface WireTextProblem {
  code: 'INVALID_CHARACTER';
  message: string;
  messageZh: string;
}

export const NUL_CHARACTER_PROBLEM: WireTextProblem = {
  code: 'INVALID_CHARACTER',
  message: 'must not contain NUL characters',
  messageZh: '不能包含空字符（NUL）',
};

export const LONE_SURROGATE_PROBLEM: WireTextProblem = {
  code: 'INVALID_CHARACTER',
  message: 'must be well-formed Unicode text (it holds a lone UTF-16 surrogate)',
  messageZh: '包含无效的 Unicode 字符（孤立的 UTF-16 代理项）',
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the string is well-formed Unicode: every surrogate is half of a pair. */
export function isWellFormedUnicode(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** What is wrong with one string under the wire rule, or null when it is acceptable text. */
export function wireTextProblem(value: string): WireTextProblem | null {
  if (value.includes('\u0000')) return NUL_CHARACTER_PROBLEM;
  if (!isWellFormedUnicode(value)) return LONE_SURROGATE_PROBLEM;
  return null;
}

/** A zod refinement of the wire rule, for schemas that want the message on the field itself. */
export const wellFormedTextRefinement = [
  (value: string) => wireTextProblem(value) === null,
  {
    message: 'must be well-formed text without NUL characters or lone surrogates',
    params: { code: 'INVALID_CHARACTER', messageZh: '包含无效字符（空字符或孤立的 Unicode 代理项）' },
  },
] as const;

const MAX_DEPTH = 64;

/**
 * Every string in a parsed request value that breaks the wire rule, named by its path (keys of
 * objects are checked too: a record's key lands in a JSON column as well). `prefix` is the location
 * (`query`, `path`) or nothing for a body; a bare string body is `(body)`.
 */
export function wireTextProblemFields(value: unknown, prefix: readonly string[] = []): ProblemField[] {
  const found: ProblemField[] = [];
  const visit = (item: unknown, path: string[], depth: number): void => {
    if (typeof item === 'string') {
      const problem = wireTextProblem(item);
      if (problem) found.push({ field: path.join('.') || '(body)', ...problem });
      return;
    }
    // Deeper than any schema of ours; the schema refuses the shape, this only bounds the walk.
    if (depth > MAX_DEPTH || item === null || typeof item !== 'object') return;
    if (Array.isArray(item)) {
      item.forEach((element, index) => visit(element, [...path, String(index)], depth + 1));
      return;
    }
    for (const [key, element] of Object.entries(item)) {
      const keyProblem = wireTextProblem(key);
      // A broken key cannot name itself readably; the field is its parent, with the key escaped.
      if (keyProblem) found.push({ field: [...path, JSON.stringify(key).slice(1, -1)].join('.'), ...keyProblem });
      else visit(element, [...path, key], depth + 1);
    }
  };
  visit(value, [...prefix], 0);
  return found;
}
