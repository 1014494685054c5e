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

/** An amount of yuan, compact in the UI language: ¥120万 / CN¥1.2M. */
export function formatYuan(amount: number, language: UiLanguage): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'CNY',
    notation: amount >= 10_000 ? 'compact' : 'standard',
    minimumFractionDigits: 0,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** A 0..1 score as a whole percentage, e.g. 0.834 → 83. */
export function scorePercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}
