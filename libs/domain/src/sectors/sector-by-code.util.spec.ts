import { describe, expect, it } from 'vitest';

import { SECTOR_CODES, type SectorCode } from './sector-code.constant.js';
import { sectorByCode } from './sector-by-code.util.js';

describe('sectorByCode', () => {
  it.each(SECTOR_CODES)('finds the sector %s', (code) => {
    expect(sectorByCode(code).code).toBe(code);
  });

  it('returns both names', () => {
    expect(sectorByCode('LOGISTICS')).toEqual({
      code: 'LOGISTICS',
      nameZh: '军事后勤',
      nameEn: 'Military logistics',
    });
  });

  it('fails loudly when handed a code the type system was tricked into accepting', () => {
    expect(() => sectorByCode('NOT_A_SECTOR' as SectorCode)).toThrow(/NOT_A_SECTOR/);
  });
});
