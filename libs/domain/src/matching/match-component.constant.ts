import { type QualificationTypeCode } from '../qualifications/qualification-type-code.constant.js';

/** SECTOR when a demand names no sector: neither for nor against any firm. */
export const SECTOR_VALUE_WITHOUT_DEMAND_SECTORS = 0.5;

/** The certificates that show a firm can already supply the armed forces (民参军 "三证" and GJB). */
export const DEFENSE_QUALIFICATION_TYPES: readonly QualificationTypeCode[] = [
  'GJB9001C',
  'SECRECY',
  'WEAPONS_PERMIT',
  'EQUIPMENT_SUPPLIER',
];

/**
 * QUALIFICATION when a demand's requirements are not all met (or it has none), by how many of the defense
 * certificates the firm holds vetted: the first says most, each further one a little less.
 */
export const DEFENSE_QUALIFICATION_CREDIT: readonly number[] = [0, 0.5, 0.75, 0.9, 1];

/** LOCALITY by how much of the GB/T 2260 code two regions share. */
export const LOCALITY_VALUES = {
  sameDistrict: 1,
  sameCity: 0.7,
  sameProvince: 0.4,
  elsewhere: 0.1,
  unknown: 0.3,
} as const;

/** FRESHNESS is full for this many days after a profile was confirmed… */
export const FRESH_PROFILE_DAYS = 90;
