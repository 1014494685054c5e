import { describe, expect, it } from 'vitest';

import { SECTOR_CODES } from './sector-code.constant.js';
import { SECTORS } from './sector.catalog.js';

describe('SECTORS', () => {
  it('lists exactly the codes of domain.md, in its order', () => {
    expect(SECTORS.map((sector) => sector.code)).toEqual([...SECTOR_CODES]);
    expect(SECTOR_CODES).toEqual([
      'NEW_MATERIALS',
      'INTELLIGENT_EQUIPMENT',
      'EMERGENCY',
      'BIOMEDICINE',
      'ELECTRONICS',
      'NEW_ENERGY',
      'AI',
      'MARINE',
      'AEROSPACE',
      'ORDNANCE',
      'LOGISTICS',
      'CYBERSECURITY',
      'OTHER',
    ]);
  });

  it('uses the Chinese names of domain.md', () => {
    expect(Object.fromEntries(SECTORS.map((sector) => [sector.code, sector.nameZh]))).toEqual({
      NEW_MATERIALS: '新材料',
      INTELLIGENT_EQUIPMENT: '智能装备',
      EMERGENCY: '应急装备与服务',
      BIOMEDICINE: '生物医药与医疗卫材',
      ELECTRONICS: '电子信息',
      NEW_ENERGY: '新能源',
      AI: '人工智能',
      MARINE: '船舶与海洋',
      AEROSPACE: '航空航天',
      ORDNANCE: '兵器',
      LOGISTICS: '军事后勤',
      CYBERSECURITY: '网络安全',
      OTHER: '其他',
    });
  });

  it('gives every sector distinct, non-blank names in both languages', () => {
    for (const sector of SECTORS) {
      expect(sector.nameZh.trim()).not.toBe('');
      expect(sector.nameEn.trim()).not.toBe('');
    }
    expect(new Set(SECTORS.map((sector) => sector.nameZh)).size).toBe(SECTORS.length);
    expect(new Set(SECTORS.map((sector) => sector.nameEn)).size).toBe(SECTORS.length);
  });
});
