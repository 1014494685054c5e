import { PROVINCES } from './province.catalog.js';
import { type Region } from './region.type.js';
import { XIANNING_REGIONS } from './xianning-region.catalog.js';

// Every region the lib can name, by code. Shared by the lookups so they cannot disagree.
export const KNOWN_REGION_BY_CODE: ReadonlyMap<string, Region> = new Map(
  [...PROVINCES, ...XIANNING_REGIONS].map((region) => [region.code, region]),
);
