import { isRegionCodeFormat } from '../regions/is-region-code-format.util.js';
import { XIANNING_CITY_CODE, XIANNING_REGIONS } from '../regions/xianning-region.catalog.js';

/** The county-level divisions the map draws: Xianning's six, not the city itself. */
export const MAP_COUNTY_CODES: readonly string[] = XIANNING_REGIONS.filter((r) => r.code !== XIANNING_CITY_CODE).map(
  (r) => r.code,
);

/**
 * Listings that look the same to the map, counted together (a repository groups them in SQL so that
 * counts come back, never rows): where they are, the sectors they name (what the sector filter reads)
 * and the keys the layer breaks its counts down by (the sectors again, or a project's stage).
 */
export interface MapListingGroup {
  regionCode: string | null;
  sectors: readonly string[];
  breakdown: readonly string[];
  count: number;
}

export interface CountyCount {
  regionCode: string;
  /** Listings in the county (each once, whatever it names). */
  total: number;
  /** Per breakdown key, listings naming it: a firm of two sectors counts under both. */
  breakdown: { key: string; count: number }[];
}

export interface CountyCounts {
  counties: CountyCount[];
  /** Listings placed in one of the counties. */
  total: number;
  /** Listings of Xianning placed at the city only (code 421200, or a code of the city that is no county). */
  cityOnly: number;
  /** Listings elsewhere in China. */
  elsewhere: number;
  /** Listings without a (well-formed) region. */
  unplaced: number;
}

/**
 * THE aggregation rule of the maps: every listing group is counted once in the county of its region
 * code; with a sector, only groups naming it count. Every county is present, with zero where nothing
 * is, so the map and its legend never lose a county; breakdown keys come most-first, then by code.
 */
export function countByCounty(groups: readonly MapListingGroup[], sector: string | null = null): CountyCounts {
  const totals = new Map<string, number>(MAP_COUNTY_CODES.map((code) => [code, 0]));
  const breakdowns = new Map<string, Map<string, number>>(MAP_COUNTY_CODES.map((code) => [code, new Map()]));
  const result: CountyCounts = { counties: [], total: 0, cityOnly: 0, elsewhere: 0, unplaced: 0 };
  for (const group of groups) {
    if (group.count <= 0) continue;
    if (sector !== null && !group.sectors.includes(sector)) continue;
    const code = group.regionCode?.trim() ?? '';
    if (!isRegionCodeFormat(code)) {
      result.unplaced += group.count;
      continue;
    }
    if (!totals.has(code)) {
      if (code.slice(0, 4) === XIANNING_CITY_CODE.slice(0, 4)) result.cityOnly += group.count;
      else result.elsewhere += group.count;
      continue;
    }
    totals.set(code, totals.get(code)! + group.count);
    result.total += group.count;
    const keys = breakdowns.get(code)!;
    for (const key of new Set(group.breakdown)) keys.set(key, (keys.get(key) ?? 0) + group.count);
  }
  result.counties = MAP_COUNTY_CODES.map((regionCode) => ({
    regionCode,
    total: totals.get(regionCode)!,
    breakdown: [...breakdowns.get(regionCode)!]
      .map(([key, count]) => ({ key, count }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
  }));
  return result;
}

/**
 * Where a firm is on the map: the region of its published profile, else its organisation's (the same
 * rule the search index applies, so that the map's counts and the filtered list agree).
 */
export function firmMapRegion(profileRegionCode: string | null | undefined, organizationRegionCode: string | null): string | null {
  const profile = profileRegionCode?.trim();
  if (profile) return profile;
  return organizationRegionCode?.trim() || null;
}
