import {
  provinceOf,
  QUALIFICATION_TYPES,
  type QualificationTypeCode,
  regionName,
  SECTORS,
  type SectorCode,
} from '@mcf/domain';

/** Names of codes in the UI language, shared by the demand, match and search pages. */
export type UiLanguage = 'zh-CN' | 'en';

export const uiLanguage = (locale: string): UiLanguage => (locale === 'en' ? 'en' : 'zh-CN');

export function sectorName(code: SectorCode | string, language: UiLanguage): string {
  const sector = SECTORS.find((entry) => entry.code === code);
  return sector ? (language === 'en' ? sector.nameEn : sector.nameZh) : code;
}

export function qualificationName(code: QualificationTypeCode | string, language: UiLanguage): string {
  const type = QUALIFICATION_TYPES.find((entry) => entry.code === code);
  return type ? (language === 'en' ? type.nameEn : type.nameZh) : code;
}

/**
 * A region's name: known divisions by name, others (a county elsewhere in China) as "province · code",
 * so that a firm from outside Xianning is never shown under a wrong name.
 */
export function regionLabel(code: string, language: UiLanguage): string {
  const name = regionName(code, language);
  if (name) return name;
  const province = provinceOf(code);
  const provinceName = province ? regionName(province, language) : undefined;
  return provinceName ? `${provinceName} · ${code}` : code;
}

const YUAN_PER_WAN = 10_000;

/** Yuan (what the API carries) as 万元 (what procurers and firms enter and read), to the yuan. */
export function yuanToWan(yuan: number): number {
  return Math.round(yuan) / YUAN_PER_WAN;
}

/** 万元 as entered, in yuan for the API, to the yuan. */
export function wanToYuan(wan: number): number {
  return Math.round(wan * YUAN_PER_WAN);
}

/**
 * A budget or a price, on every page and for both sides in the same unit, 万元: "120 万元",
 * "0.5 万元"; in English "1,200,000 CNY (120 wan)".
 */
export function formatWan(yuan: number, language: UiLanguage): string {
  const wan = new Intl.NumberFormat(language, { maximumFractionDigits: 4 }).format(yuanToWan(yuan));
  if (language === 'en') return `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(yuan)} CNY (${wan} wan)`;
  return `${wan} 万元`;
}

/**
 * A demand's budget as one phrase in 万元 ("10 万元 至 20 万元", "不超过 20 万元"), or null when none is
 * given; `t` supplies the phrases (`demands.budget.*`).
 */
export function budgetPhrase(
  min: number | null | undefined,
  max: number | null | undefined,
  language: UiLanguage,
  t: (key: string, params: Record<string, string>) => string,
): string | null {
  const wan = (value: number) => formatWan(value, language);
  if (min != null && max != null) return min === max ? wan(min) : t('demands.budget.range', { min: wan(min), max: wan(max) });
  if (min != null) return t('demands.budget.from', { min: wan(min) });
  if (max != null) return t('demands.budget.upTo', { max: wan(max) });
  return null;
}

/** A 0..1 score as a whole percentage, e.g. 0.834 → 83. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
