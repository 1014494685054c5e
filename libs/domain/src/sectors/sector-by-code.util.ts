import { type SectorCode } from './sector-code.constant.js';
import { SECTORS, type Sector } from './sector.catalog.js';

const SECTOR_BY_CODE: ReadonlyMap<SectorCode, Sector> = new Map(
  SECTORS.map((sector) => [sector.code, sector]),
);

export function sectorByCode(code: SectorCode): Sector {
  const sector = SECTOR_BY_CODE.get(code);
  // The catalogue spec proves every code has an entry; reaching this means the two drifted apart.
  if (sector === undefined) {
    throw new Error(`Sector catalogue has no entry for ${code}`);
  }
  return sector;
}
