import { describe, expect, it } from 'vitest';

import { regionName } from './region-name.util.js';

describe('regionName', () => {
  it.each([
    ['421200', '咸宁市'],
    ['421202', '咸安区'],
    ['421221', '嘉鱼县'],
    ['421222', '通城县'],
    ['421223', '崇阳县'],
    ['421224', '通山县'],
    ['421281', '赤壁市'],
    ['420000', '湖北省'],
    ['110000', '北京市'],
    ['710000', '台湾省'],
  ])('names %s %s in Chinese by default', (code, name) => {
    expect(regionName(code)).toBe(name);
    expect(regionName(code, 'zh-CN')).toBe(name);
  });

  it('names regions in English on request', () => {
    expect(regionName('421281', 'en')).toBe('Chibi');
    expect(regionName('420000', 'en')).toBe('Hubei');
  });

  it.each(['440305', '421299', '', 'abc'])('is undefined for %j, which it does not enumerate', (code) => {
    expect(regionName(code)).toBeUndefined();
  });
});
