import { regionName, sectorByCode, type SectorCode } from '@mcf/domain';

/** A region code as people read it, in the UI language; the code itself when the catalogue has no name. */
export function regionLabel(code: string, en: boolean): string {
  return regionName(code, en ? 'en' : 'zh-CN') ?? code;
}

export function sectorLabel(code: SectorCode, en: boolean): string {
  const sector = sectorByCode(code);
  return en ? sector.nameEn : sector.nameZh;
}
