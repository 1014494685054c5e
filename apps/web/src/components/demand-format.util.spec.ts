import { describe, expect, it } from 'vitest';
import { formatWan, qualificationName, wanToYuan, yuanToWan, regionLabel, scorePercent, sectorName } from './demand-format.util';

describe('demand formatting', () => {
  it('names sectors and qualification types in the UI language, unknown codes as they are', () => {
    expect(sectorName('EMERGENCY', 'zh-CN')).toBe('应急装备与服务');
    expect(sectorName('EMERGENCY', 'en')).toBe('Emergency equipment and services');
    expect(qualificationName('SECRECY', 'zh-CN')).toBe('武器装备科研生产单位保密资格');
    expect(sectorName('SPACE_ELEVATORS', 'zh-CN')).toBe('SPACE_ELEVATORS');
  });

  it('names Xianning divisions and falls back to the province elsewhere', () => {
    expect(regionLabel('421202', 'zh-CN')).toBe('咸安区');
    expect(regionLabel('320508', 'zh-CN')).toBe('江苏省 · 320508');
    expect(regionLabel('999999', 'zh-CN')).toBe('999999');
  });

  it('writes budgets and prices in 万元, the same for both sides', () => {
    expect(formatWan(1_200_000, 'zh-CN')).toBe('120 万元');
    expect(formatWan(5_000, 'zh-CN')).toBe('0.5 万元');
    expect(formatWan(12_345_678, 'zh-CN')).toBe('1,234.5678 万元');
    expect(formatWan(1_200_000, 'en')).toBe('1,200,000 CNY (120 wan)');
    // Entered in 万元, sent in yuan, to the yuan, and back.
    expect(wanToYuan(32.5)).toBe(325_000);
    expect(wanToYuan(0.00014)).toBe(1);
    expect(yuanToWan(325_000)).toBe(32.5);
  });

  it('turns a score into a bounded whole percentage', () => {
    expect(scorePercent(0.834)).toBe(83);
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-0.1)).toBe(0);
  });
});
