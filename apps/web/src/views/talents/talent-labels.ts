import { PROVINCES, regionName, SECTORS, TALENT_AVAILABILITIES, XIANNING_REGIONS } from '@mcf/domain';

/** Options shared by the talent pages: sectors, ways of working and regions, in the UI language. */
export function talentOptions(language: 'zh-CN' | 'en') {
  const en = language === 'en';
  return {
    sectors: SECTORS.map((s) => ({ value: s.code, label: en ? s.nameEn : s.nameZh })),
    availability: TALENT_AVAILABILITIES,
    regions: [
      ...XIANNING_REGIONS.map((r) => ({ value: r.code, label: en ? r.nameEn : r.nameZh })),
      ...PROVINCES.map((p) => ({ value: p.code, label: en ? p.nameEn : p.nameZh })),
    ],
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
