import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_TARGET_KEYS, ACTION_PLAN_TARGETS } from '@mcf/domain';

// The plan's targets are data of @mcf/domain (pure, no file access); this spec checks them against the
// document. shared/ sits beside the repository's clone: six levels up from this folder is its parent.
const source = readFileSync(
  new URL('../../../../../../shared/context/xianning-mcf-action-plan-2021-2025.txt', import.meta.url),
  'utf8',
);

/** The paragraph of 发展目标 that sets the figures: from “着力推动” to “核心区”. */
const targetsParagraph = source.slice(source.indexOf('着力推动高新复合材料'), source.indexOf('建成湖北省军民融合新兴产业核心区'));

const figuresOf = (text: string) => [...text.matchAll(/\d+(?:\.\d+)?(?:-\d+)?/g)].map((m) => m[0]);

describe('ACTION_PLAN_TARGETS', () => {
  it('reads the action plan and finds its targets paragraph', () => {
    expect(source).toContain('咸宁市军民融合深度发展行动方案');
    expect(targetsParagraph.length).toBeGreaterThan(100);
  });

  it('has one entry per key, in the keys’ order', () => {
    expect(ACTION_PLAN_TARGETS.map((t) => t.key)).toEqual([...ACTION_PLAN_TARGET_KEYS]);
  });

  it('covers every figure of the targets paragraph', () => {
    // 2.5 / 5-8 / 20 / 200 / 20 / 30 / 50 / 1-2 / 50 / 5-10 / 5(亿元: the 龙头企业 threshold) / 5
    const figures = figuresOf(targetsParagraph).filter((figure) => figure !== 'R');
    expect(figures.length).toBeGreaterThanOrEqual(12);
    const covered = new Set(ACTION_PLAN_TARGETS.flatMap((t) => figuresOf(t.figureText)));
    covered.add('5'); // “过5亿元”: the LEADING_FIRM_REVENUE_WAN_YUAN threshold, not a target of its own
    for (const figure of figures) expect(covered, figure).toContain(figure);
    // and the one target without a digit: “两个能力倍增” — two capabilities, each doubled
    expect(ACTION_PLAN_TARGETS.filter((t) => t.figureText === '两个能力倍增')).toHaveLength(2);
  });

  describe.each(ACTION_PLAN_TARGETS.map((t) => [t.key, t] as const))('%s', (_key, target) => {
    it('quotes its sentence verbatim from the document', () => {
      expect(source).toContain(target.source);
      expect(targetsParagraph + '建成').toContain(target.source.slice(0, 20));
    });

    it('writes its figure as the sentence does, and its numbers agree with it', () => {
      expect(target.source).toContain(target.figureText);
      if (target.unit === 'MULTIPLE') {
        expect(target.figureText).toContain('倍增');
        expect(target.min).toBe(2);
      } else {
        const [low, high] = figuresOf(target.figureText)[0]!.split('-').map(Number);
        expect(target.min).toBe(low);
        expect(target.max).toBe(high ?? null);
      }
    });

    it('names itself with words from its sentence', () => {
      const core = target.nameZh.replace(/（.*）|“|”/g, '').replace(/^军转民、民参军重点企业/, '');
      const words = core.match(/[\u4e00-\u9fff]{2}/g) ?? [];
      expect(words.length).toBeGreaterThan(0);
      for (const word of words.slice(0, 2)) expect(target.source, word).toContain(word);
    });
  });
});

