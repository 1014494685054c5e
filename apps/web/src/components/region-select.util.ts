import { PROVINCES, type Region, XIANNING_REGIONS } from '@mcf/domain';

/** The region select's entry for "somewhere outside Xianning": a six-digit code is typed instead. */
export const OTHER_REGION = 'OTHER';

/** Which provinces a region select offers after Xianning's divisions. */
export type RegionProvinces = 'none' | 'all' | 'outside-hubei';

const HUBEI = '420000';

/** What a region select offers, in order: Xianning's divisions (unless left out), then the provinces asked for. */
export function regionOptionsOf(
  provinces: RegionProvinces,
  xianning = true,
): { xianning: readonly Region[]; provinces: readonly Region[] } {
  const chosen = provinces === 'none' ? [] : provinces === 'all' ? PROVINCES : PROVINCES.filter((p) => p.code !== HUBEI);
  return { xianning: xianning ? XIANNING_REGIONS : [], provinces: chosen };
}

/**
 * The select's choice for a stored region code: the division itself when it is one of Xianning's,
 * otherwise OTHER_REGION with the code as the typed one (absent when nothing is to be typed).
 */
export function regionChoiceOf(code: string): { choice: string; otherCode?: string } {
  if (!code) return { choice: '' };
  if (XIANNING_REGIONS.some((region) => region.code === code)) return { choice: code };
  return { choice: OTHER_REGION, otherCode: code };
}

/** The region code a choice stands for: the typed code (trimmed) for OTHER_REGION. */
export function regionCodeOf(choice: string, otherCode: string): string {
  return choice === OTHER_REGION ? otherCode.trim() : choice;
}
