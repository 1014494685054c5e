import type { LocationQuery } from 'vue-router';

/**
 * The filters a list page was opened with (`/projects?region=421202&sector=EMERGENCY`, as the map's
 * county links do): for each of `keys`, the first non-empty value of the address; others are left out.
 */
export function filtersFromQuery<K extends string>(
  query: LocationQuery,
  keys: readonly K[],
): Partial<Record<K, string>> {
  const found: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const raw = query[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === 'string' && value.trim() !== '') found[key] = value.trim();
  }
  return found;
}
