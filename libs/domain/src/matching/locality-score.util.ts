import { isRegionCodeFormat } from '../regions/is-region-code-format.util.js';
import { LOCALITY_VALUES } from './match-component.constant.js';

/**
 * How near a firm is to where a demand is delivered, from GB/T 2260 codes: the same six digits, the same
 * city (first four), the same province (first two), or elsewhere. Either code unknown gives a middle value.
 */
export function localityScore(demandRegionCode: string | null, enterpriseRegionCode: string | null): number {
  if (demandRegionCode === null || enterpriseRegionCode === null) return LOCALITY_VALUES.unknown;
  if (!isRegionCodeFormat(demandRegionCode) || !isRegionCodeFormat(enterpriseRegionCode)) {
    return LOCALITY_VALUES.unknown;
  }
  if (demandRegionCode === enterpriseRegionCode) return LOCALITY_VALUES.sameDistrict;
  if (demandRegionCode.slice(0, 4) === enterpriseRegionCode.slice(0, 4)) return LOCALITY_VALUES.sameCity;
  if (demandRegionCode.slice(0, 2) === enterpriseRegionCode.slice(0, 2)) return LOCALITY_VALUES.sameProvince;
  return LOCALITY_VALUES.elsewhere;
}
