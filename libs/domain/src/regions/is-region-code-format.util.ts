import { PROVINCES } from './province.catalog.js';

const SIX_DIGITS = /^\d{6}$/;
const PROVINCE_PREFIXES: ReadonlySet<string> = new Set(
  PROVINCES.map((province) => province.code.slice(0, 2)),
);

// A structural check only: below the province the lib does not hold the full GB/T 2260 table, so any
// prefecture and county digits are allowed once the province is real.
export function isRegionCodeFormat(code: string): boolean {
  return SIX_DIGITS.test(code) && PROVINCE_PREFIXES.has(code.slice(0, 2));
}
