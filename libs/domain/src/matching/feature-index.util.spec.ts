import { describe, expect, it } from 'vitest';

import { countFeatureFrequencies } from './count-feature-frequencies.util.js';
import { byBound, FeatureIndex, relevanceBounds } from './feature-index.util.js';
import { CONTEXT } from './match-context.fixture.js';
import { MIN_TEXT_RELEVANCE } from './match-thresholds.constant.js';
import { prepareDemand, preparedDemandKeys } from './prepare-demand.util.js';
import { profileFeatures, type ProfileText } from './profile-features.util.js';
import { relevancePlan, textRelevance } from './text-relevance.util.js';

// Firms and demands built from parts that share words and characters in many ways (防爆电机 / 防爆照明 /
// 电机维修, UPS / 不间断电源, lots), so that bounds are tested against partial, fallback and lot scores.
const MODIFIERS = ['防爆', '红外', '激光', '不间断', '数控', '雷达', '无人机', '铝合金', '光纤', '北斗', '排爆', '野战'];
const HEADS = ['电机', '镜头', '测距仪', '电源', '车床', '天线', '机架', '型材', '传感器', '定位模块', '机器人', '帐篷'];

function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

function firms(count: number, seed: number): Array<{ id: string; profile: ProfileText }> {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, index) => ({
    id: `firm-${String(index).padStart(4, '0')}`,
    profile: {
      name: `咸宁${pick(MODIFIERS)}科技有限公司`,
      summary: `专业从事${pick(MODIFIERS)}${pick(HEADS)}的研发与生产`,
      products: Array.from({ length: 1 + Math.floor(random() * 3) }, () => `${pick(MODIFIERS)}${pick(HEADS)}`),
      capabilities: random() < 0.5 ? [`${pick(HEADS)}维修`] : ['UPS不间断电源集成'],
      equipment: random() < 0.3 ? ['数控车床'] : [],
    },
  }));
}

const DEMANDS = [
  { title: '防爆电机采购', description: '采购防爆电机20台，须具备防爆合格证。' },
  { title: 'UPS电源及蓄电池', description: '一、采购内容：不间断电源10套；二、交货地点：咸宁。' },
  { title: '排爆机器人', description: '用于排爆作业的遥控机器人。' },
  { title: '野战器材采购', description: '1.野战帐篷20顶；2.激光测距仪5台；3.北斗定位模块30套。' },
  { title: '红外镜头', description: '红外热像镜头，焦距可调。' },
  { title: '铝型材', description: '6061铝合金型材，用于机架。' },
];

describe('relevance bounds', () => {
  const population = firms(300, 7);
  const features = population.map((firm) => profileFeatures(firm.profile, CONTEXT.vocabulary));
  const frequencies = countFeatureFrequencies(features);

  for (const context of [CONTEXT, { ...CONTEXT, frequencies }]) {
    it(`bound every firm's relevance from above (${context.frequencies ? 'with' : 'without'} frequencies)`, () => {
      for (const demand of DEMANDS) {
        const prepared = prepareDemand(demand.title, demand.description, context);
        const bounds = relevanceBounds(prepared);
        for (const profile of features) {
          const value = textRelevance(prepared, profile).value;
          const scopes = prepared.lots.length + 1;
          let bound = 0;
          for (let scope = 0; scope < scopes; scope += 1) {
            let sum = 0;
            for (const [key, row] of bounds) sum += (row[scope] ?? 0) * (profile[key] ?? 0);
            bound = Math.max(bound, sum);
          }
          expect(bound).toBeGreaterThanOrEqual(value - 0.000_1);
        }
      }
    });
  }

  it('read only keys the demand reads', () => {
    const prepared = prepareDemand(DEMANDS[3]!.title, DEMANDS[3]!.description, CONTEXT);
    const keys = new Set(preparedDemandKeys(prepared));
    for (const key of relevanceBounds(prepared).keys()) expect(keys.has(key)).toBe(true);
    expect(prepared.lots.length).toBeGreaterThan(1);
    expect([...relevanceBounds(prepared).values()][0]).toHaveLength(prepared.lots.length + 1);
  });
});

describe('FeatureIndex', () => {
  const population = firms(400, 11);

  const build = () => {
    const index = new FeatureIndex<{ n: number }>();
    population.forEach((firm, n) => index.put(firm.id, profileFeatures(firm.profile, CONTEXT.vocabulary), { n }));
    return index;
  };

  it('retrieves every firm that reaches the threshold, and scores them as their full features do', () => {
    const index = build();
    const full = new Map(population.map((firm) => [firm.id, profileFeatures(firm.profile, CONTEXT.vocabulary)]));
    const context = { ...CONTEXT, frequencies: countFeatureFrequencies(full.values()) };
    let reached = 0;
    for (const demand of DEMANDS) {
      const prepared = prepareDemand(demand.title, demand.description, context);
      const retrieved = index.retrieve(prepared, MIN_TEXT_RELEVANCE);
      const ids = new Set(retrieved.map(({ firm }) => firm.id));
      for (const [id, features] of full) {
        const value = textRelevance(prepared, features).value;
        if (value >= MIN_TEXT_RELEVANCE) {
          reached += 1;
          expect(ids.has(id)).toBe(true);
        }
      }
      const exact = index.relevances(relevancePlan(prepared), retrieved.map(({ firm }) => firm));
      retrieved.forEach(({ firm, bound }, at) => {
        expect(exact[at]).toEqual(textRelevance(prepared, full.get(firm.id)!));
        expect(bound).toBeGreaterThanOrEqual(exact[at]!.value - 0.000_1);
      });
      // byBound ranks them highest bound first.
      const ranked = [...retrieved].sort(byBound);
      ranked.slice(1).forEach((entry, at) => expect(entry.bound).toBeLessThanOrEqual(ranked[at]!.bound));
      expect(new Set(ranked.map(({ firm }) => firm.id))).toEqual(ids);
      // Far fewer than all: the bound prunes.
      expect(retrieved.length).toBeLessThan(population.length);
    }
    expect(reached).toBeGreaterThan(20);
  });

  it('counts document frequencies as countFeatureFrequencies does, through replacements and removals', () => {
    const index = build();
    const changed = firms(50, 99);
    changed.forEach((firm, n) => index.put(population[n]!.id, profileFeatures(firm.profile, CONTEXT.vocabulary), { n }));
    population.slice(100, 150).forEach((firm) => index.remove(firm.id));
    const expected = new Map<string, ReturnType<typeof profileFeatures>>();
    population.forEach((firm, n) => {
      if (n >= 100 && n < 150) return;
      expected.set(firm.id, profileFeatures((n < 50 ? changed[n]! : firm).profile, CONTEXT.vocabulary));
    });
    const counted = countFeatureFrequencies(expected.values());
    expect(index.size).toBe(expected.size);
    const keys = Object.keys(counted.counts);
    expect(index.frequencies([...keys, 'b:不在'])).toEqual(counted);
    expect(index.get(population[120]!.id)).toBeUndefined();
    expect(index.get(population[10]!.id)?.extra).toEqual({ n: 10 });
    // A removed or replaced firm's old postings are never retrieved.
    const prepared = prepareDemand('防爆电机', '', CONTEXT);
    const retrieved = index.retrieve(prepared, 0.01).map(({ firm }) => firm.id);
    expect(new Set(retrieved).size).toBe(retrieved.length);
    for (const id of retrieved) expect(expected.has(id)).toBe(true);
  });

  it('stays exact after its postings are rebuilt (many firms replaced)', () => {
    const index = new FeatureIndex<null>();
    const small = { name: '', summary: '', products: ['防爆电机'], capabilities: [], equipment: [] };
    const other = { ...small, products: ['红外镜头'] };
    for (let round = 0; round < 3; round += 1)
      for (let n = 0; n < 6_000; n += 1)
        index.put(`f${n}`, profileFeatures(n % 2 === round % 2 ? small : other, CONTEXT.vocabulary), null);
    expect(index.size).toBe(6_000);
    const prepared = prepareDemand('防爆电机', '', CONTEXT);
    const found = index.retrieve(prepared, MIN_TEXT_RELEVANCE).map(({ firm }) => firm.id);
    // Round 2 (n % 2 === 0) left 防爆电机 with the even firms.
    expect(found).toHaveLength(3_000);
    expect(found.every((id) => Number(id.slice(1)) % 2 === 0)).toBe(true);
    expect(index.frequencies(['k:不存在']).documents).toBe(6_000);
  });
});
