import { describe, expect, it } from 'vitest';
import { demandSampleText, TermSample } from '../matching/term-sample.util.js';
import { isBoilerplatePair } from './boilerplate-pair.util.js';

const CLAUSE = '相关证书须在有效期内（至少覆盖本项目报价截止日）';
const PAIR: [string, string] = ['相关证书须在有效期内', '至少覆盖本项目报价截止日'];
const PRODUCTS = ['防爆电机', '红外热像仪', '铝合金型材', '军用帐篷', '锂离子电池', '液压千斤顶', '医用口罩', '光纤陀螺'];

/**
 * `total` demands, the first `templated` of them carrying the clause; one in five wants 无人机 (d1 writes
 * 无人机（UAV）), and d2, d3 and d4 want 不间断电源（UPS）.
 */
function sample(total: number, templated: number): TermSample {
  return new TermSample(
    Array.from({ length: total }, (_, n) => ({
      id: `d${n}`,
      text: demandSampleText(
        `${n % 5 === 1 ? '无人机' : PRODUCTS[n % PRODUCTS.length]}采购`,
        [n === 1 ? '无人机（UAV）一架。' : '', n >= 2 && n <= 4 ? '另需不间断电源（UPS）两台。' : '', n < templated ? CLAUSE : ''].join(''),
      ),
    })),
    total,
  );
}

describe('isBoilerplatePair', () => {
  it('recognises the clause of a template most demands carry', () => {
    expect(isBoilerplatePair(PAIR, sample(100, 60), 'd0')).toBe(true);
  });

  it('keeps a pair a few demands name, and one of which only one side is common', () => {
    const demands = sample(100, 60);
    expect(isBoilerplatePair(['不间断电源', 'UPS'], demands, 'd2')).toBe(false);
    expect(isBoilerplatePair(['无人机', 'UAV'], demands, 'd1')).toBe(false);
  });

  it('counts the other demands only: a clause of one demand, or of it and one other, is no template', () => {
    expect(isBoilerplatePair(PAIR, sample(10, 1), 'd0')).toBe(false);
    expect(isBoilerplatePair(PAIR, sample(10, 2), 'd0')).toBe(false);
    expect(isBoilerplatePair(PAIR, sample(10, 3), 'd0')).toBe(true);
    // The mined demand outside the sample (published after it was read): every sampled one is another.
    expect(isBoilerplatePair(PAIR, sample(10, 2), 'd-new')).toBe(true);
  });

  it('needs at least one sector\'s share of the other demands', () => {
    // 3 of 99 other demands: recurring, but below a thirteenth; 8 of 99 is above it.
    expect(isBoilerplatePair(PAIR, sample(100, 4), 'd0')).toBe(false);
    expect(isBoilerplatePair(PAIR, sample(100, 9), 'd0')).toBe(true);
  });
});
