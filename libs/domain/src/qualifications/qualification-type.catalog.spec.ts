import { describe, expect, it } from 'vitest';

import { QUALIFICATION_TYPE_CODES } from './qualification-type-code.constant.js';
import { QUALIFICATION_TYPES } from './qualification-type.catalog.js';

describe('QUALIFICATION_TYPES', () => {
  it("lists exactly the codes of domain.md's table, in its order", () => {
    expect(QUALIFICATION_TYPES.map((type) => type.code)).toEqual([...QUALIFICATION_TYPE_CODES]);
    expect(QUALIFICATION_TYPE_CODES).toEqual([
      'GJB9001C',
      'SECRECY',
      'WEAPONS_PERMIT',
      'EQUIPMENT_SUPPLIER',
      'ISO9001',
      'MEDICAL_DEVICE',
      'FOOD_SAFETY',
      'HIGH_TECH',
      'OTHER',
    ]);
  });

  it('uses the certificate titles of domain.md', () => {
    const nameZh = Object.fromEntries(QUALIFICATION_TYPES.map((type) => [type.code, type.nameZh]));
    expect(nameZh['GJB9001C']).toContain('武器装备质量管理体系认证');
    expect(nameZh['GJB9001C']).toContain('GJB 9001C-2017');
    expect(nameZh['SECRECY']).toBe('武器装备科研生产单位保密资格');
    expect(nameZh['WEAPONS_PERMIT']).toBe('武器装备科研生产许可证');
    expect(nameZh['EQUIPMENT_SUPPLIER']).toContain('装备承制单位资格');
    expect(nameZh['ISO9001']).toBe('质量管理体系认证');
    expect(nameZh['MEDICAL_DEVICE']).toContain('医疗器械');
    expect(nameZh['FOOD_SAFETY']).toContain('(SC)');
    expect(nameZh['HIGH_TECH']).toBe('高新技术企业证书');
    expect(nameZh['OTHER']).toBe('其他');
  });

  it('gives every type distinct, non-blank names in both languages', () => {
    for (const type of QUALIFICATION_TYPES) {
      expect(type.nameZh.trim()).not.toBe('');
      expect(type.nameEn.trim()).not.toBe('');
    }
    expect(new Set(QUALIFICATION_TYPES.map((type) => type.nameZh)).size).toBe(QUALIFICATION_TYPES.length);
    expect(new Set(QUALIFICATION_TYPES.map((type) => type.nameEn)).size).toBe(QUALIFICATION_TYPES.length);
  });
});
