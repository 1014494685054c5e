import { describe, expect, it } from 'vitest';
import { formatYuan, qualificationName, regionLabel, scorePercent, sectorName } from './demand-format.util';

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

  it('writes yuan compactly from ten thousand on', () => {
    expect(formatYuan(1_200_000, 'zh-CN')).toBe('¥120万');
    expect(formatYuan(5_000, 'zh-CN')).toBe('¥5,000');
    expect(formatYuan(1_200_000, 'en')).toBe('CN¥1.2M');
  });

  it('turns a score into a bounded whole percentage', () => {
    expect(scorePercent(0.834)).toBe(83);
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-0.1)).toBe(0);
  });
});
