import { describe, expect, it } from 'vitest';
import { BASE_VOCABULARY_FILES } from './base-vocabulary.js';
import { compileVocabulary } from './compile-vocabulary.util.js';
import { relatedTerms } from './related-terms.util.js';

const vocabulary = compileVocabulary(BASE_VOCABULARY_FILES, []);

describe('relatedTerms', () => {
  it('offers the other names of a term and the broader term it is a kind of', () => {
    const related = relatedTerms(vocabulary, '不间断电源');
    expect(related).toContainEqual({ term: 'ups', relation: 'equivalent' });
    expect(related.find((entry) => entry.relation === 'broader')).toBeDefined();
    // Names of one thing come before broader terms.
    const firstBroader = related.findIndex((entry) => entry.relation === 'broader');
    expect(related.slice(0, firstBroader).every((entry) => entry.relation === 'equivalent')).toBe(true);
  });

  it('offers narrower kinds of a broader term', () => {
    expect(relatedTerms(vocabulary, '除湿设备')).toContainEqual({ term: '除湿机', relation: 'narrower' });
  });

  it('works from a word of a longer query, never repeats the query and keeps to the limit', () => {
    const related = relatedTerms(vocabulary, '采购 不间断电源', 3);
    expect(related).toHaveLength(3);
    expect(related.map((entry) => entry.term)).not.toContain('不间断电源');
  });

  it('offers nothing for an empty query or a term the vocabulary does not know', () => {
    expect(relatedTerms(vocabulary, '   ')).toEqual([]);
    expect(relatedTerms(vocabulary, '完全不存在的词语xyz')).toEqual([]);
  });

  it('reads only the vocabulary’s own terms: names of object properties are unknown words (found by the fuzz run)', () => {
    for (const query of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '__proto__ 防爆'])
      expect(() => relatedTerms(vocabulary, query)).not.toThrow();
    expect(relatedTerms(vocabulary, '__proto__')).toEqual([]);
    expect(relatedTerms(vocabulary, 'constructor')).toEqual([]);
  });
});
