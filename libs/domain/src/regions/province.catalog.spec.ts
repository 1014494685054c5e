import { describe, expect, it } from 'vitest';

import { PROVINCES } from './province.catalog.js';

describe('PROVINCES', () => {
  it('holds the 31 mainland divisions plus Taiwan, Hong Kong and Macao', () => {
    expect(PROVINCES).toHaveLength(34);
  });

  it('uses the GB/T 2260 provincial codes', () => {
    expect(PROVINCES.map((province) => province.code)).toEqual([
      '110000', '120000', '130000', '140000', '150000',
      '210000', '220000', '230000',
      '310000', '320000', '330000', '340000', '350000', '360000', '370000',
      '410000', '420000', '430000', '440000', '450000', '460000',
      '500000', '510000', '520000', '530000', '540000',
      '610000', '620000', '630000', '640000', '650000',
      '710000', '810000', '820000',
    ]); // prettier-ignore
  });

  it.each([
    ['110000', '北京市'],
    ['150000', '内蒙古自治区'],
    ['420000', '湖北省'],
    ['450000', '广西壮族自治区'],
    ['500000', '重庆市'],
    ['540000', '西藏自治区'],
    ['640000', '宁夏回族自治区'],
    ['650000', '新疆维吾尔自治区'],
    ['710000', '台湾省'],
    ['810000', '香港特别行政区'],
    ['820000', '澳门特别行政区'],
  ])('names %s %s', (code, nameZh) => {
    expect(PROVINCES.find((province) => province.code === code)?.nameZh).toBe(nameZh);
  });

  it('has six-digit codes ending in 0000, all distinct, with names in both languages', () => {
    for (const province of PROVINCES) {
      expect(province.code).toMatch(/^\d{2}0000$/);
      expect(province.nameZh.trim()).not.toBe('');
      expect(province.nameEn.trim()).not.toBe('');
    }
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(PROVINCES.length);
    expect(new Set(PROVINCES.map((province) => province.nameZh)).size).toBe(PROVINCES.length);
  });
});
