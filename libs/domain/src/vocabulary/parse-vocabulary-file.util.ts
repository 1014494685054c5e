import { SECTOR_CODES } from '../sectors/sector-code.constant.js';
import { type VocabularyFile, type VocabularyGroup } from './vocabulary.types.js';

// The data files are JSON, so their types are only what the compiler infers from the text (relation: string).
// Reading each one through this check turns a mistyped relation or a missing field into an error naming the
// file and group when the vocabulary is loaded, instead of a silently wrong compiled vocabulary.
export function parseVocabularyFile(value: unknown, fileName: string): VocabularyFile {
  const fail = (what: string): never => {
    throw new Error(`Vocabulary file ${fileName}: ${what}.`);
  };
  if (!isRecord(value)) return fail('is not an object');
  const { version, sector, title, groups } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    fail('version must be a positive integer');
  if (sector !== 'GENERAL' && !(SECTOR_CODES as readonly unknown[]).includes(sector))
    fail(`unknown sector ${String(sector)}`);
  if (typeof title !== 'string' || title.trim() === '') fail('title must be a non-empty string');
  if (!Array.isArray(groups)) return fail('groups must be an array');
  return {
    version: version as number,
    sector: sector as VocabularyFile['sector'],
    title: title as string,
    groups: groups.map((group: unknown, index) =>
      parseGroup(group, (what) => fail(`group ${index + 1} ${what}`)),
    ),
  };
}

function parseGroup(value: unknown, fail: (what: string) => never): VocabularyGroup {
  if (!isRecord(value)) return fail('is not an object');
  const reason = typeof value.reason === 'string' ? value.reason : fail('has no reason string');
  switch (value.relation) {
    case 'equivalent':
      return { relation: 'equivalent', terms: strings(value.terms, 'terms', fail), reason };
    case 'abbreviation':
      return {
        relation: 'abbreviation',
        full: strings(value.full, 'full', fail),
        short: strings(value.short, 'short', fail),
        reason,
      };
    case 'broader':
      return {
        relation: 'broader',
        broader: typeof value.broader === 'string' ? value.broader : fail('broader must be a string'),
        narrower: strings(value.narrower, 'narrower', fail),
        reason,
      };
    case 'lookalike': {
      const terms = strings(value.terms, 'terms', fail);
      const [first, second] = terms;
      if (terms.length !== 2 || first === undefined || second === undefined)
        return fail('terms must be exactly two');
      return { relation: 'lookalike', terms: [first, second], reason };
    }
    default:
      return fail(`has unknown relation ${String(value.relation)}`);
  }
}

function strings(value: unknown, field: string, fail: (what: string) => never): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    return fail(`${field} must be a list of strings`);
  return value as string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
