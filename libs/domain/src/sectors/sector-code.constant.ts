// The API's sector codes, in the order of domain.md. Stored in the database and sent over the wire,
// so a code is never renamed; display names live in the catalogue beside it.
export const SECTOR_CODES = [
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
] as const;

export type SectorCode = (typeof SECTOR_CODES)[number];
