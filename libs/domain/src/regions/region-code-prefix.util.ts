import { isRegionCodeFormat } from './is-region-code-format.util.js';

/**
 * The leading digits that every code inside a region shares: a province (420000) → "42", a city
 * (421200) → "4212", a county (421202) → itself. Filtering by "code starts with" finds a region and
 * everything in it. Undefined for a malformed code.
 */
export function regionCodePrefix(code: string): string | undefined {
  if (!isRegionCodeFormat(code)) return undefined;
  if (code.endsWith('0000')) return code.slice(0, 2);
  if (code.endsWith('00')) return code.slice(0, 4);
  return code;
}
