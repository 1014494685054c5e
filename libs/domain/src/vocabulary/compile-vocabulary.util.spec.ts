import { describe, expect, it } from 'vitest';

import { compileVocabulary } from './compile-vocabulary.util.js';
import { type VocabularyFile, type VocabularyGroup } from './vocabulary.types.js';
import { ABBREVIATION_SENSE_WEIGHT } from './vocabulary-weights.constant.js';

const file = (groups: VocabularyGroup[], sector: VocabularyFile['sector'] = 'GENERAL'): VocabularyFile => ({
  version: 1,
  sector,
  title: '测试 / Test',
  groups,
});

describe('compileVocabulary senses', () => {
  it('gives every term of an equivalence group the concept of its first term, weight 1', () => {
    const vocabulary = compileVocabulary([
      file([{ relation: 'equivalent', terms: ['除湿机', '抽湿机'], reason: 'r' }]),
    ]);
    expect(vocabulary.senses.get('除湿机')).toEqual([{ concept: 'v:除湿机', weight: 1 }]);
    expect(vocabulary.senses.get('抽湿机')).toEqual([{ concept: 'v:除湿机', weight: 1 }]);
  });

  it('weights full forms 1 and short forms lower, under the first full form, keyed by the normal form', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'abbreviation', full: ['不间断电源', '不间断电源设备'], short: ['UPS'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.senses.get('不间断电源设备')).toEqual([{ concept: 'v:不间断电源', weight: 1 }]);
    expect(vocabulary.senses.get('ups')).toEqual([
      { concept: 'v:不间断电源', weight: ABBREVIATION_SENSE_WEIGHT },
    ]);
    expect(vocabulary.senses.has('UPS')).toBe(false);
  });

  it('keeps both senses of a term in two equivalence groups without merging the groups', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'equivalent', terms: ['移动电站', '发电机组'], reason: 'r' },
        { relation: 'equivalent', terms: ['发电机组', '发电机'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.senses.get('发电机组')).toEqual([
      { concept: 'v:移动电站', weight: 1 },
      { concept: 'v:发电机组', weight: 1 },
    ]);
    expect(vocabulary.senses.get('移动电站')).toEqual([{ concept: 'v:移动电站', weight: 1 }]);
    expect(vocabulary.senses.get('发电机')).toEqual([{ concept: 'v:发电机组', weight: 1 }]);
  });

  it('gives two groups with the same preferred term two concepts', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'equivalent', terms: ['光电', '光电子'], reason: 'r' },
        { relation: 'equivalent', terms: ['光电', '光电设备'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.senses.get('光电子')).toEqual([{ concept: 'v:光电', weight: 1 }]);
    expect(vocabulary.senses.get('光电设备')).toEqual([{ concept: 'v:光电#2', weight: 1 }]);
  });

  it('gives a term found only in broader or look-alike groups a concept of its own', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'broader', broader: '除湿设备', narrower: ['除湿机'], reason: 'r' },
        { relation: 'lookalike', terms: ['防爆', '排爆'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.senses.get('除湿设备')).toEqual([{ concept: 'v:除湿设备', weight: 1 }]);
    expect(vocabulary.senses.get('排爆')).toEqual([{ concept: 'v:排爆', weight: 1 }]);
  });

  it('measures the longest normalised term in code points', () => {
    const vocabulary = compileVocabulary([
      file([{ relation: 'equivalent', terms: ['𠮷野家', 'ABC'], reason: 'r' }]),
    ]);
    expect(vocabulary.longestTerm).toBe(3);
  });

  it('holds every prefix of every normalised term, in code points, and nothing else', () => {
    const vocabulary = compileVocabulary([
      file([{ relation: 'equivalent', terms: ['𠮷野家', 'ABC'], reason: 'r' }]),
    ]);
    expect([...vocabulary.termPrefixes].sort()).toEqual(['a', 'ab', 'abc', '𠮷', '𠮷野', '𠮷野家'].sort());
  });

  it('folds whitespace and full-width forms of terms into the normal form', () => {
    const vocabulary = compileVocabulary([
      file([{ relation: 'equivalent', terms: ['ＲＳ４８５', 'RS-485  接口'], reason: 'r' }]),
    ]);
    expect([...vocabulary.senses.keys()]).toEqual(['rs485', 'rs485 接口']);
  });
});

describe('compileVocabulary relations between concepts', () => {
  it('closes broader transitively, nearest first, using the naming groups’ concepts', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'equivalent', terms: ['除湿机', '抽湿机'], reason: 'r' },
        { relation: 'broader', broader: '除湿设备', narrower: ['抽湿机', '转轮除湿机'], reason: 'r' },
        { relation: 'broader', broader: '暖通设备', narrower: ['除湿设备'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.broader.get('v:除湿机')).toEqual(['v:除湿设备', 'v:暖通设备']);
    expect(vocabulary.broader.get('v:转轮除湿机')).toEqual(['v:除湿设备', 'v:暖通设备']);
    expect(vocabulary.broader.get('v:除湿设备')).toEqual(['v:暖通设备']);
    expect(vocabulary.broader.has('v:暖通设备')).toBe(false);
  });

  it('does not hang on a broader cycle', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'broader', broader: 'a', narrower: ['b'], reason: 'r' },
        { relation: 'broader', broader: 'b', narrower: ['a'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.broader.get('v:a')).toEqual(['v:b']);
  });

  it('makes look-alikes symmetric and never senses of each other', () => {
    const vocabulary = compileVocabulary([
      file([{ relation: 'lookalike', terms: ['防爆', '排爆'], reason: 'r' }]),
    ]);
    expect(vocabulary.lookalikes.get('v:防爆')).toEqual(['v:排爆']);
    expect(vocabulary.lookalikes.get('v:排爆')).toEqual(['v:防爆']);
    expect(vocabulary.meilisearchSynonyms).toEqual({});
  });
});

describe('compileVocabulary Meilisearch synonyms', () => {
  it('lists naming groups two-way and broader → narrower one-way, in the normal form', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'abbreviation', full: ['不间断电源'], short: ['UPS'], reason: 'r' },
        { relation: 'broader', broader: '电源设备', narrower: ['不间断电源', '稳压电源'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.meilisearchSynonyms).toEqual({
      不间断电源: ['ups'],
      ups: ['不间断电源'],
      电源设备: ['不间断电源', '稳压电源'],
    });
  });

  it('unions the lists of a term in two groups', () => {
    const vocabulary = compileVocabulary([
      file([
        { relation: 'equivalent', terms: ['a', 'b'], reason: 'r' },
        { relation: 'equivalent', terms: ['a', 'c'], reason: 'r' },
      ]),
    ]);
    expect(vocabulary.meilisearchSynonyms['a']).toEqual(['b', 'c']);
    expect(vocabulary.meilisearchSynonyms['b']).toEqual(['a']);
  });
});

describe('compileVocabulary version and extra groups', () => {
  const base = [file([{ relation: 'equivalent', terms: ['除湿机', '抽湿机'], reason: 'r' }])];

  it('is the same for the same content and a 16-digit hex hash', () => {
    expect(compileVocabulary(base).version).toBe(
      compileVocabulary(JSON.parse(JSON.stringify(base)) as VocabularyFile[]).version,
    );
    expect(compileVocabulary(base).version).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('changes when a term, a reason or an extra group changes, not when only letter case does', () => {
    const version = compileVocabulary(base).version;
    expect(
      compileVocabulary([file([{ relation: 'equivalent', terms: ['除湿机', '抽湿器'], reason: 'r' }])])
        .version,
    ).not.toBe(version);
    expect(
      compileVocabulary([file([{ relation: 'equivalent', terms: ['除湿机', '抽湿机'], reason: 'why' }])])
        .version,
    ).not.toBe(version);
    expect(
      compileVocabulary(base, [{ relation: 'equivalent', terms: ['a', 'b'], reason: 'r' }]).version,
    ).not.toBe(version);
    const upper = [file([{ relation: 'abbreviation', full: ['不间断电源'], short: ['UPS'], reason: 'r' }])];
    const lower = [file([{ relation: 'abbreviation', full: ['不间断电源'], short: ['ups'], reason: 'r' }])];
    expect(compileVocabulary(upper).version).toBe(compileVocabulary(lower).version);
  });

  it('merges extra groups with the files', () => {
    const vocabulary = compileVocabulary(base, [
      { relation: 'broader', broader: '除湿设备', narrower: ['抽湿机'], reason: 'r' },
    ]);
    expect(vocabulary.broader.get('v:除湿机')).toEqual(['v:除湿设备']);
    expect(vocabulary.meilisearchSynonyms['除湿设备']).toEqual(['抽湿机']);
  });
});
