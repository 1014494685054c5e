import { type SectorCode } from '../sectors/sector-code.constant.js';
import { SECTOR_VALUE_WITHOUT_DEMAND_SECTORS } from './match-component.constant.js';

/** The share of a demand's sectors the firm works in, 0..1; a demand naming none gives 0.5 to every firm. */
export function sectorOverlap(
  demandSectors: readonly SectorCode[],
  enterpriseSectors: readonly SectorCode[],
): number {
  const wanted = new Set(demandSectors);
  if (wanted.size === 0) return SECTOR_VALUE_WITHOUT_DEMAND_SECTORS;
  const held = new Set(enterpriseSectors);
  return [...wanted].filter((sector) => held.has(sector)).length / wanted.size;
}
