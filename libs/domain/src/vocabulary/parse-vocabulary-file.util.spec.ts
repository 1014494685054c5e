import { describe, expect, it } from 'vitest';

import { parseVocabularyFile } from './parse-vocabulary-file.util.js';

const valid = {
  version: 2,
  sector: 'MARINE',
  title: '海洋装备 / Marine',
  groups: [
    { relation: 'equivalent', terms: ['舷外机', '船外机'], reason: 'r' },
    { relation: 'abbreviation', full: ['无人水面艇'], short: ['USV'], reason: 'r' },
    { relation: 'broader', broader: '船艇', narrower: ['冲锋舟'], reason: 'r' },
    { relation: 'lookalike', terms: ['冲锋舟', '冲锋衣'], reason: 'r' },
  ],
};

describe('parseVocabularyFile', () => {
  it('returns a well-formed file as a VocabularyFile', () => {
    expect(parseVocabularyFile(valid, 'marine.json')).toEqual(valid);
  });

  it.each([
    [null, 'Vocabulary file x.json: is not an object.'],
    [{ ...valid, version: 0 }, 'Vocabulary file x.json: version must be a positive integer.'],
    [{ ...valid, sector: 'SPACE' }, 'Vocabulary file x.json: unknown sector SPACE.'],
    [{ ...valid, title: ' ' }, 'Vocabulary file x.json: title must be a non-empty string.'],
    [{ ...valid, groups: {} }, 'Vocabulary file x.json: groups must be an array.'],
    [
      { ...valid, groups: [{ relation: 'same', terms: ['a', 'b'], reason: 'r' }] },
      'Vocabulary file x.json: group 1 has unknown relation same.',
    ],
    [
      { ...valid, groups: [{ relation: 'equivalent', terms: ['a', 'b'] }] },
      'Vocabulary file x.json: group 1 has no reason string.',
    ],
    [
      { ...valid, groups: [{ relation: 'equivalent', terms: 'a', reason: 'r' }] },
      'Vocabulary file x.json: group 1 terms must be a list of strings.',
    ],
    [
      { ...valid, groups: [{ relation: 'abbreviation', full: ['a'], short: [1], reason: 'r' }] },
      'Vocabulary file x.json: group 1 short must be a list of strings.',
    ],
    [
      { ...valid, groups: [{ relation: 'broader', narrower: ['a'], reason: 'r' }] },
      'Vocabulary file x.json: group 1 broader must be a string.',
    ],
    [
      { ...valid, groups: [{ relation: 'lookalike', terms: ['a', 'b', 'c'], reason: 'r' }] },
      'Vocabulary file x.json: group 1 terms must be exactly two.',
    ],
  ])('rejects %j', (value, message) => {
    expect(() => parseVocabularyFile(value, 'x.json')).toThrow(message);
  });
});
