import { describe, expect, it } from 'vitest';

import { compactFeatures, FeatureDictionary } from './compact-features.util.js';
import { FeatureIndex } from './feature-index.util.js';
import { CONTEXT } from './match-context.fixture.js';
import { prepareDemand, preparedDemandKeys } from './prepare-demand.util.js';
import { profileFeatures } from './profile-features.util.js';
import { relevancePlan, textRelevance } from './text-relevance.util.js';

const firms = [
  { name: '湖北防爆电气有限公司', summary: '专业生产防爆电机、防爆配电箱', products: ['防爆电机', '防爆照明灯具'], capabilities: ['GB 3836 防爆认证'], equipment: ['数控车床'] },
  { name: '咸宁排爆装备公司', summary: '排爆机器人与排爆服', products: ['排爆机器人', '排爆罐'], capabilities: [], equipment: [] },
  { name: '赤壁电源科技', summary: 'UPS不间断电源、RS-485通信模块', products: ['不间断电源', '铅酸蓄电池'], capabilities: ['IP67防护'], equipment: [] },
];

const demands = [
  { title: '防爆电机采购', description: '采购防爆电机20台，须具备防爆合格证。' },
  { title: 'UPS电源及蓄电池', description: '一、采购内容：不间断电源10套；二、交货地点：咸宁。' },
  { title: '排爆机器人', description: '用于排爆作业的遥控机器人。' },
];

describe('compact features', () => {
  it('score every firm as its full features do, read through a relevance plan', () => {
    const index = new FeatureIndex<null>();
    const full = firms.map((firm) => profileFeatures(firm, CONTEXT.vocabulary));
    full.forEach((features, n) => index.put(`f${n}`, features, null));
    const held = full.map((_, n) => index.get(`f${n}`)!);
    let found = 0;
    for (const demand of demands) {
      const prepared = prepareDemand(demand.title, demand.description, CONTEXT);
      const scored = index.relevances(relevancePlan(prepared), held);
      full.forEach((features, n) => expect(scored[n]).toEqual(textRelevance(prepared, features)));
      found += scored.filter((text) => text.value > 0).length;
    }
    expect(found).toBeGreaterThan(2);
  });

  it('score a firm holding none of the demand\'s keys, and keys no firm held, as 0', () => {
    const index = new FeatureIndex<null>();
    index.put('a', { 'w:never': 1 }, null);
    const prepared = prepareDemand('防爆电机', '', CONTEXT);
    expect(index.relevances(relevancePlan(prepared), [index.get('a')!])).toEqual([{ value: 0, matchedTerms: [] }]);
    expect(index.relevances(relevancePlan(prepared), [])).toEqual([]);
  });

  it('plans the keys, pairs and look-alikes of every feature of a prepared demand, each once', () => {
    const prepared = prepareDemand('防爆电机', '', CONTEXT);
    const keys = new Set(preparedDemandKeys(prepared));
    const expected = prepared.terms.flatMap((term) =>
      term.features.flatMap((feature) => [...feature.keys.map(([key]) => key), ...feature.pairs, ...feature.lookalikes]),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(prepared.terms.some((term) => term.features.some((feature) => feature.lookalikes.length > 0))).toBe(true);
    expect([...keys].sort()).toEqual([...new Set(expected)].sort());
  });

  it('interns a key and a weight once, and keeps weights exact', () => {
    const dictionary = new FeatureDictionary();
    const a = compactFeatures({ x: 0.765, y: 1 }, dictionary);
    const b = compactFeatures({ y: 0.765, z: 1 / 3 }, dictionary);
    expect(dictionary.size).toBe(3);
    expect(dictionary.find('y')).toBe(a.ids[1]);
    expect(b.ids[0]).toBe(a.ids[1]);
    expect(dictionary.weightOf(b.weights[1]!)).toBe(1 / 3);
    expect(dictionary.weightOf(b.weights[0]!)).toBe(0.765);
    expect(dictionary.find('unknown')).toBeUndefined();
  });
});
