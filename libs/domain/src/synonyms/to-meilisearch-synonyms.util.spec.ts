import { describe, expect, it } from 'vitest';

import { SYNONYM_GROUPS } from './synonym-groups.constant.js';
import { toMeilisearchSynonyms } from './to-meilisearch-synonyms.util.js';

describe('toMeilisearchSynonyms', () => {
  it('maps each term of a pair to the other', () => {
    expect(toMeilisearchSynonyms([['减震器', '减振器']])).toEqual({ 减震器: ['减振器'], 减振器: ['减震器'] });
  });

  it('maps each term of a larger group to all the others, in group order', () => {
    expect(toMeilisearchSynonyms([['无人机', '无人飞行器', '无人驾驶航空器']])).toEqual({
      无人机: ['无人飞行器', '无人驾驶航空器'],
      无人飞行器: ['无人机', '无人驾驶航空器'],
      无人驾驶航空器: ['无人机', '无人飞行器'],
    });
  });

  it('gives a term in two groups the union, without linking the groups to each other', () => {
    expect(
      toMeilisearchSynonyms([
        ['a', 'b'],
        ['b', 'c'],
      ]),
    ).toEqual({ a: ['b'], b: ['a', 'c'], c: ['b'] });
  });

  it('does not repeat a synonym shared by two groups', () => {
    expect(
      toMeilisearchSynonyms([
        ['a', 'b', 'c'],
        ['a', 'b', 'd'],
      ]),
    ).toEqual({ a: ['b', 'c', 'd'], b: ['a', 'c', 'd'], c: ['a', 'b'], d: ['a', 'b'] });
  });

  it('trims terms and drops blanks and duplicates, so no term lists itself', () => {
    expect(toMeilisearchSynonyms([[' 冷链 ', '冷链物流', '', '冷链', '  ']])).toEqual({
      冷链: ['冷链物流'],
      冷链物流: ['冷链'],
    });
  });

  it('leaves out a group that collapses to a single term', () => {
    expect(toMeilisearchSynonyms([['复材', ' 复材 '], ['x']])).toEqual({});
  });

  it('returns an empty object for no groups', () => {
    expect(toMeilisearchSynonyms([])).toEqual({});
  });

  it('stores a term named __proto__ as data instead of changing the prototype', () => {
    const synonyms = toMeilisearchSynonyms([['__proto__', 'x']]);
    expect(Object.getPrototypeOf(synonyms)).toBe(Object.prototype);
    expect(Object.keys(synonyms)).toEqual(['__proto__', 'x']);
    expect(Object.getOwnPropertyDescriptor(synonyms, '__proto__')?.value).toEqual(['x']);
  });

  it('turns the domain list into a symmetric map covering every term', () => {
    const synonyms = toMeilisearchSynonyms(SYNONYM_GROUPS);
    const allTerms = new Set(SYNONYM_GROUPS.flat());
    expect(new Set(Object.keys(synonyms))).toEqual(allTerms);
    for (const [term, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(term);
      for (const other of others) {
        expect(synonyms[other]).toContain(term);
      }
    }
    expect(synonyms['天线罩']).toEqual(['雷达罩']);
    expect(synonyms['移动电站']).toEqual(['发电机组']);
  });

  it('does not modify its input', () => {
    const groups = [['a', 'b']];
    const copy = JSON.parse(JSON.stringify(groups)) as unknown;
    toMeilisearchSynonyms(groups);
    expect(groups).toEqual(copy);
  });
});
