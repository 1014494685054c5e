import { isRegionCodeFormat } from './is-region-code-format.util.js';
import { XIANNING_CITY_CODE } from './xianning-region.catalog.js';

const XIANNING_PREFIX = XIANNING_CITY_CODE.slice(0, 4);

// The action plan's targets count local firms; anything under prefecture 4212 is local, including
// county codes added to GB/T 2260 after this list was written.
export function isXianning(code: string): boolean {
  return isRegionCodeFormat(code) && code.startsWith(XIANNING_PREFIX);
}
