import { describe, expect, it } from 'vitest';

import { SECTORS } from './sector.catalog.js';
import { sectorCodeFromChineseName } from './sector-code-from-chinese-name.util.js';

// Every distinct sector string in /work/shared/eval/matching-dev.json (enterprises and demands), collected
// when this spec was written. The lib may not read files, so the list is copied; extend it when the data
// set grows.
const MATCHING_DEV_SECTOR_NAMES = {
  人工智能: 'AI',
  军事后勤: 'LOGISTICS',
  应急装备: 'EMERGENCY',
  智能装备: 'INTELLIGENT_EQUIPMENT',
  网络安全: 'CYBERSECURITY',
  电子信息: 'ELECTRONICS',
  航空航天: 'AEROSPACE',
  新材料: 'NEW_MATERIALS',
  新能源: 'NEW_ENERGY',
} as const;

describe('sectorCodeFromChineseName', () => {
  it.each(Object.entries(MATCHING_DEV_SECTOR_NAMES))('maps the dev data set name %s to %s', (name, code) => {
    expect(sectorCodeFromChineseName(name)).toBe(code);
  });

  it.each(SECTORS.map((sector) => [sector.nameZh, sector.code] as const))(
    'maps the catalogue name %s to %s',
    (name, code) => {
      expect(sectorCodeFromChineseName(name)).toBe(code);
    },
  );

  it.each([
    ['军事后勤 (副食品、冷链、仓储、投送)', 'LOGISTICS'],
    ['军事后勤（副食品、冷链、仓储、投送）', 'LOGISTICS'],
    ['应急装备与服务', 'EMERGENCY'],
    ['生物医药', 'BIOMEDICINE'],
    ['医疗卫材', 'BIOMEDICINE'],
    ['船海', 'MARINE'],
    ['船舶', 'MARINE'],
    ['航空', 'AEROSPACE'],
    ['航天', 'AEROSPACE'],
    ['兵器工业', 'ORDNANCE'],
    ['网络空间', 'CYBERSECURITY'],
    ['复合材料', 'NEW_MATERIALS'],
  ] as const)('maps the domain.md / action-plan wording %s to %s', (name, code) => {
    expect(sectorCodeFromChineseName(name)).toBe(code);
  });

  it.each([' 新材料 ', '新 材 料', '\u3000人工智能\u3000', '新材料\n'])(
    'ignores stray whitespace in %j',
    (name) => {
      expect(sectorCodeFromChineseName(name)).toBeDefined();
    },
  );

  it.each(['', '   ', '医疗', '材料', 'NEW_MATERIALS', 'New materials', '纺织', '（冷链）', 'toString'])(
    'does not guess for %j',
    (name) => {
      expect(sectorCodeFromChineseName(name)).toBeUndefined();
    },
  );
});
