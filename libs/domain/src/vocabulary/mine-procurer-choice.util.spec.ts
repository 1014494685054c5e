import { describe, expect, it } from 'vitest';
import { compileVocabulary } from './compile-vocabulary.util.js';
import { mineProcurerChoice, type ProcurerChoice, WELL_RANKED_UP_TO } from './mine-procurer-choice.util.js';

const empty = compileVocabulary([]);
const choice = (over: Partial<ProcurerChoice> = {}): ProcurerChoice => ({
  kind: 'AWARD',
  demandId: 'demand-1',
  demandTitle: 'PSA制氧机采购',
  demandDescription: '采购高原营区用PSA制氧机一批。',
  rank: null,
  firmProducts: ['变压吸附制氧机', '医用分子筛'],
  firmText: '高原供氧设备研制。',
  ...over,
});
const pairs = (c: ProcurerChoice, vocabulary = empty) =>
  mineProcurerChoice(c, vocabulary).map(({ relation, terms }) => [relation, ...terms]);

describe('mineProcurerChoice', () => {
  it('pairs the demand’s title terms with the products of a firm matching did not list', () => {
    const found = mineProcurerChoice(choice(), empty);
    expect(found.map(({ relation, terms }) => [relation, ...terms])).toEqual([
      ['equivalent', 'PSA制氧机', '变压吸附制氧机'],
      ['equivalent', 'PSA制氧机', '医用分子筛'],
    ]);
    expect(found[0]?.evidence).toEqual({
      sourceKind: 'AWARD',
      sourceId: 'demand-1',
      snippet: 'awarded though not listed: 「PSA制氧机采购」',
    });
  });

  it('says how low the firm ranked, for an invitation or a shortlist', () => {
    const [first] = mineProcurerChoice(choice({ kind: 'INVITATION', rank: 23 }), empty);
    expect(first?.evidence.snippet).toBe('invited though ranked 23: 「PSA制氧机采购」');
    const [shortlisted] = mineProcurerChoice(choice({ kind: 'SHORTLIST', rank: WELL_RANKED_UP_TO + 1 }), empty);
    expect(shortlisted?.evidence.snippet).toMatch(/^shortlisted though ranked 11/u);
  });

  it('suggests nothing when matching ranked the firm within the first ten', () => {
    expect(pairs(choice({ rank: 1 }))).toEqual([]);
    expect(pairs(choice({ rank: WELL_RANKED_UP_TO }))).toEqual([]);
  });

  it('leaves out a demand term the firm already writes, and a product the demand already names', () => {
    expect(pairs(choice({ firmText: '另有PSA制氧机维修。' }))).toEqual([]);
    expect(pairs(choice({ demandDescription: '采购PSA制氧机，配套医用分子筛。' }))).toEqual([
      ['equivalent', 'PSA制氧机', '变压吸附制氧机'],
    ]);
  });

  it('leaves out pairs the vocabulary already relates, and terms inside one another', () => {
    const vocabulary = compileVocabulary([], [
      { relation: 'equivalent', terms: ['psa制氧机', '变压吸附制氧机'], reason: 'approved' },
      { relation: 'lookalike', terms: ['psa制氧机', '医用分子筛'], reason: 'test' },
    ]);
    expect(pairs(choice(), vocabulary)).toEqual([]);
    expect(pairs(choice({ firmProducts: ['制氧机'] }))).toEqual([]);
  });

  it('proposes an abbreviation for an acronym and pairs a few terms at most', () => {
    expect(pairs(choice({ demandTitle: 'UPS采购', demandDescription: '', firmProducts: ['不间断电源'] }))).toEqual([
      ['abbreviation', '不间断电源', 'UPS'],
    ]);
    const many = choice({
      demandTitle: '高原制氧 野战供氧',
      demandDescription: '',
      firmProducts: ['分子筛', '氧气瓶', '氧浓度监测仪', '供氧管路', '湿化瓶', '面罩'],
    });
    expect(mineProcurerChoice(many, empty).length).toBeLessThanOrEqual(4);
  });
});
