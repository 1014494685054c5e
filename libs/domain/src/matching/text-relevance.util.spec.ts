import { describe, expect, it } from 'vitest';

import { extractKeyTerms } from './extract-key-terms.util.js';
import { type FeatureFrequencies, type MatchContext } from './match-context.types.js';
import { CONTEXT, contextWith } from './match-context.fixture.js';
import { type EnterpriseForMatching, type KeyTerm } from './match.types.js';
import { prepareTerms } from './prepare-demand.util.js';
import { profileFeatures } from './profile-features.util.js';
import { textRelevance } from './text-relevance.util.js';

function firm(profile: Partial<EnterpriseForMatching>): EnterpriseForMatching {
  return {
    name: '',
    summary: '',
    products: [],
    capabilities: [],
    equipment: [],
    sectors: [],
    regionCode: null,
    qualifications: [],
    organizationStatus: 'VERIFIED',
    completeness: 80,
    lastConfirmedAt: null,
    ...profile,
  };
}

const term = (text: string, weight = 1): KeyTerm => ({ term: text, weight, source: 'title' });
// The generic rules are tested without a vocabulary (characters and words only); the synonym cases with
// the shipped one.
const PLAIN = contextWith([]);
const scoreWith = (
  context: MatchContext,
  terms: KeyTerm[],
  profile: Partial<EnterpriseForMatching>,
  frequencies: FeatureFrequencies | null = null,
  lots: string[] = [],
) =>
  textRelevance(
    prepareTerms(terms, { ...context, frequencies }, lots),
    profileFeatures(firm(profile), context.vocabulary),
  );
const relevance = (
  terms: KeyTerm[],
  profile: Partial<EnterpriseForMatching>,
  frequencies: FeatureFrequencies | null = null,
  lots: string[] = [],
) => scoreWith(PLAIN, terms, profile, frequencies, lots);
const shipped = (terms: KeyTerm[], profile: Partial<EnterpriseForMatching>) => scoreWith(CONTEXT, terms, profile);

describe('textRelevance', () => {
  it('is 1 when a product says exactly what is wanted', () => {
    expect(relevance([term('排爆机器人')], { products: ['排爆机器人'] })).toEqual({
      value: 1,
      matchedTerms: ['排爆机器人'],
    });
  });

  it('is 0 when nothing is shared', () => {
    expect(relevance([term('排爆机器人')], { products: ['积木'], summary: '儿童玩具制造。' })).toEqual({
      value: 0,
      matchedTerms: [],
    });
  });

  it('is 0 for a demand without key terms', () => {
    expect(relevance([], { products: ['排爆机器人'] }).value).toBe(0);
  });

  it('ignores terms of zero weight or without features', () => {
    expect(
      relevance([term('排爆机器人'), term('积木', 0), term('，。')], { products: ['排爆机器人'] }).value,
    ).toBe(1);
  });

  it('stays within 0..1 and rounds to four decimals', () => {
    const { value } = relevance([term('长航时固定翼无人机'), term('侦察', 0.4)], {
      products: ['固定翼无人机'],
    });
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
    expect(value).toBe(Math.round(value * 10_000) / 10_000);
  });

  describe('fields', () => {
    it.each([
      ['products', { products: ['渗透测试'] }, 1],
      ['capabilities', { capabilities: ['渗透测试'] }, 1],
      ['equipment', { equipment: ['渗透测试'] }, 0.7],
      ['summary', { summary: '渗透测试' }, 0.6],
      ['name', { name: '渗透测试' }, 0.5],
    ] as const)('counts a match in %s at %d', (_, profile, value) => {
      expect(relevance([term('渗透测试')], profile).value).toBe(value);
    });

    it('counts the most telling field a feature appears in', () => {
      expect(relevance([term('渗透测试')], { name: '渗透测试', capabilities: ['渗透测试'] }).value).toBe(1);
    });

    it('does not pair characters across two items of a list', () => {
      expect(relevance([term('罩天')], { products: ['雷达罩', '天线'] }).value).toBe(0);
    });
  });

  describe('synonyms', () => {
    it('matches 移动电站 in a demand with 发电机组 in a profile', () => {
      // 超静音发电机组 is a kind of 发电机组: found through the head of the longer term.
      const result = shipped([term('移动电站')], { products: ['超静音发电机组'] });
      expect(result.matchedTerms).toEqual(['移动电站']);
      expect(result.value).toBeGreaterThanOrEqual(0.85);
      expect(shipped([term('移动电站')], { products: ['发电机组'] }).value).toBe(1);
    });

    it.each([
      ['雷达罩', '天线罩'],
      ['减振器', '液压减震器'],
      ['锗镜头', '锗透镜'],
      ['等保测评', '等级保护测评'],
      ['无人飞行器', '固定翼无人机'],
      ['低噪声', '超静音'],
      ['遥控消防炮', '远控消防炮'],
    ])('matches %s with %s', (wanted, offered) => {
      expect(shipped([term(wanted)], { products: [offered] }).matchedTerms).toEqual([wanted]);
    });

    it('does not match a false friend: 光伏电站 is not a 移动电站', () => {
      const solar = shipped([term('移动电站')], { products: ['光伏电站运营'] });
      expect(solar.matchedTerms).toEqual([]);
      expect(solar.value).toBeLessThan(0.2);
    });

    it('does not match 防爆 (explosion-proof) with 排爆 (bomb disposal), a look-alike', () => {
      const context = contextWith([
        { relation: 'lookalike', terms: ['防爆', '排爆'], reason: 'test' },
        { relation: 'equivalent', terms: ['排爆机器人', '拆弹机器人'], reason: 'test' },
      ]);
      const score = (product: string) =>
        textRelevance(
          prepareTerms([term('防爆巡检机器人')], context),
          profileFeatures(firm({ products: [product] }), context.vocabulary),
        );
      const eod = score('排爆机器人');
      const proof = score('防爆巡检机器人');
      expect(eod.matchedTerms).toEqual([]);
      expect(eod.value).toBeLessThan(0.3);
      expect(proof.value).toBe(1);
    });
  });

  describe('document frequency', () => {
    // 1,000 profiles: nearly all say 系统 and 有限公司, few 漏洞 or 扫描.
    const frequencies: FeatureFrequencies = {
      documents: 1000,
      counts: { 'b:漏洞': 12, 'b:洞扫': 3, 'b:扫描': 40, 'b:描系': 2, 'b:系统': 900, 'b:门禁': 30 },
    };

    it('counts a pair most profiles share (系统) for little', () => {
      const value = relevance([term('漏洞扫描系统')], { products: ['门禁系统'] }, frequencies).value;
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(0.15);
      const even = relevance([term('漏洞扫描系统')], { products: ['门禁系统'] }).value;
      expect(value).toBeLessThan(even / 2);
    });

    it('without statistics counts every pair alike, the head (last pair) twice', () => {
      // 漏洞 洞扫 扫描 描系 系统×2: one of six.
      expect(relevance([term('漏洞扫描系统')], { products: ['门禁系统'] }).value).toBe(0.3333);
    });

    it('leaves out words no profile uses (公告, 询价), so they dilute no firm', () => {
      const withBoilerplate = relevance(
        [term('漏洞扫描系统'), term('询价公告')],
        { products: ['漏洞扫描系统'] },
        frequencies,
      );
      expect(withBoilerplate.value).toBe(1);
    });
  });

  describe('lots', () => {
    const description = '采购：1.冲锋舟10艘；2.救生衣300件；3.抛投器10套。';
    const terms = extractKeyTerms('防汛器材采购', description);
    const lots = ['冲锋舟10艘', '救生衣300件', '抛投器10套'];

    it('credits a firm covering one lot at LOT_CREDIT of that lot', () => {
      const vests = relevance(terms, { products: ['救生衣'] }, null, lots).value;
      expect(vests).toBeCloseTo(0.75, 4);
    });

    it('ranks a firm covering every lot above one covering a single lot', () => {
      const all = relevance(terms, { products: ['冲锋舟', '救生衣', '抛投器', '防汛器材'] }, null, lots).value;
      const one = relevance(terms, { products: ['救生衣'] }, null, lots).value;
      expect(all).toBeGreaterThan(one);
    });
  });

  describe('an unknown word', () => {
    it('lowers but never zeroes the relevance of a firm that matches the other terms', () => {
      const profile = { products: ['阻燃面料', '迷彩作训面料'] };
      const without = relevance([term('阻燃迷彩面料')], profile).value;
      const withUnknown = relevance([term('阻燃迷彩面料'), { term: '犇骉', weight: 0.5, source: 'description' }], profile);
      expect(withUnknown.value).toBeGreaterThan(without / 3);
      expect(withUnknown.value).toBeLessThan(without);
      expect(withUnknown.matchedTerms).toEqual(['阻燃迷彩面料']);
    });
  });

  describe('matchedTerms', () => {
    it('lists the terms as written in the demand, found at least half', () => {
      const terms = extractKeyTerms('ＰＣＢＡ贴片加工与三防涂覆', '');
      const result = relevance(terms, { products: ['PCBA贴片加工'], capabilities: ['三防漆涂覆'] });
      expect(result.matchedTerms).toEqual(['PCBA贴片加工', '三防涂覆']);
    });

    it('leaves out a term found less than half', () => {
      expect(relevance([term('装甲车辆液压减振器')], { products: ['装甲车辆'] }).matchedTerms).toEqual([]);
    });

    it('counts the head of a term twice: a firm naming it makes that kind of thing', () => {
      const head = relevance([term('防寒睡袋')], { products: ['羽绒睡袋'] }).value;
      const modifier = relevance([term('防寒睡袋')], { products: ['防寒服'] }).value;
      expect(head).toBeGreaterThan(modifier);
    });
  });

  it('counts the title terms before its last one (the head) at half', () => {
    const terms = [term('野外驻训'), term('防寒睡袋')];
    const context = relevance(terms, { products: ['野外驻训保障服务'] }).value;
    const head = relevance(terms, { products: ['防寒睡袋'] }).value;
    expect(head).toBeGreaterThan(context);
    expect(context + head).toBeCloseTo(1, 4);
  });

  it('weighs a long phrase above a short one, and a purpose below the thing', () => {
    const terms = extractKeyTerms('侦察用长航时固定翼无人机', '');
    const drone = relevance(terms, { products: ['固定翼无人机'], capabilities: ['长航时动力'] }).value;
    const robot = relevance(terms, { products: ['消防侦察机器人'] }).value;
    expect(drone).toBeGreaterThan(0.7);
    expect(robot).toBeLessThan(0.2);
  });
});
