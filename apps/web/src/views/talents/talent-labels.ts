import { regionName, SECTORS, TALENT_AVAILABILITIES } from '@mcf/domain';

/** Options shared by the talent pages: sectors and ways of working, in the UI language (regions: RegionSelect). */
export function talentOptions(language: 'zh-CN' | 'en') {
  const en = language === 'en';
  return {
    sectors: SECTORS.map((s) => ({ value: s.code, label: en ? s.nameEn : s.nameZh })),
    availability: TALENT_AVAILABILITIES,
  };
}

export function sectorLabel(code: string, language: 'zh-CN' | 'en'): string {
  const sector = SECTORS.find((s) => s.code === code);
  return sector ? (language === 'en' ? sector.nameEn : sector.nameZh) : code;
}

export function regionLabel(code: string | null, language: 'zh-CN' | 'en'): string {
  if (!code) return '';
  return regionName(code, language) ?? code;
}
