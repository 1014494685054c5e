import { SAVED_SEARCH_NAME_MAX, type SavedSearchQueryInput } from '@mcf/contracts';
import { type Locale, provinceOf, QUALIFICATION_TYPES, regionName, SECTORS } from '@mcf/domain';

const SEPARATOR = ' · ';

function sectorName(code: string, language: Locale): string {
  const sector = SECTORS.find((entry) => entry.code === code);
  return sector ? (language === 'en' ? sector.nameEn : sector.nameZh) : code;
}

function qualificationName(code: string, language: Locale): string {
  const type = QUALIFICATION_TYPES.find((entry) => entry.code === code);
  return type ? (language === 'en' ? type.nameEn : type.nameZh) : code;
}

/** A region's name; a county the catalogue does not list shows as its province and code. */
export function regionLabel(code: string, language: Locale): string {
  const name = regionName(code, language);
  if (name) return name;
  const province = provinceOf(code);
  const provinceName = province ? regionName(province, language) : undefined;
  return provinceName ? `${provinceName} ${code}` : code;
}

/**
 * What a saved search looks for, in one line: the words, then the sectors, regions and qualifications
 * by name ("「线缆」 · 电子信息 · 咸宁市"). Empty when it has no condition at all.
 */
export function savedSearchSummary(query: SavedSearchQueryInput | undefined, language: Locale): string {
  const q = query?.q?.trim() ?? '';
  return [
    ...(q ? [language === 'en' ? `“${q}”` : `「${q}」`] : []),
    ...(query?.sectors ?? []).map((code) => sectorName(code, language)),
    ...(query?.regions ?? []).map((code) => regionLabel(code, language)),
    ...(query?.qualifications ?? []).map((code) => qualificationName(code, language)),
  ].join(SEPARATOR);
}

/** A name to offer for a new saved search: its summary, cut to the length a name may have. */
export function suggestedSavedSearchName(query: SavedSearchQueryInput | undefined, language: Locale): string {
  const summary = savedSearchSummary(query, language);
  return summary.length <= SAVED_SEARCH_NAME_MAX ? summary : `${summary.slice(0, SAVED_SEARCH_NAME_MAX - 1)}…`;
}
