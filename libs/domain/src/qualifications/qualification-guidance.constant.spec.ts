import { describe, expect, it } from 'vitest';
import { SECTOR_CODES } from '../sectors/sector-code.constant.js';
import { QUALIFICATION_GUIDANCE } from './qualification-guidance.constant.js';
import { QUALIFICATION_TYPE_CODES } from './qualification-type-code.constant.js';

describe('QUALIFICATION_GUIDANCE', () => {
  it('explains every qualification type of the catalogue once, in its order', () => {
    expect(QUALIFICATION_GUIDANCE.map((entry) => entry.code)).toEqual([...QUALIFICATION_TYPE_CODES]);
  });

  it('names only known sectors, each once per certificate, and says when in both languages', () => {
    for (const entry of QUALIFICATION_GUIDANCE) {
      expect(entry.sectors.every((sector) => (SECTOR_CODES as readonly string[]).includes(sector))).toBe(true);
      expect(new Set(entry.sectors).size).toBe(entry.sectors.length);
      expect(entry.whenZh.trim().length).toBeGreaterThan(10);
      expect(entry.whenEn.trim().length).toBeGreaterThan(10);
    }
  });
});
