import { type SectorCode } from './sector-code.constant.js';

export interface Sector {
  readonly code: SectorCode;
  readonly nameZh: string;
  readonly nameEn: string;
}

// Chinese names are domain.md's wording, because users recognise the action plan's vocabulary.
// LOGISTICS carries its scope in the plan (副食品、冷链、仓储、投送); the scope is a note, not part of the name.
export const SECTORS: readonly Sector[] = [
  { code: 'NEW_MATERIALS', nameZh: '新材料', nameEn: 'New materials' },
  { code: 'INTELLIGENT_EQUIPMENT', nameZh: '智能装备', nameEn: 'Intelligent equipment' },
  { code: 'EMERGENCY', nameZh: '应急装备与服务', nameEn: 'Emergency equipment and services' },
  { code: 'BIOMEDICINE', nameZh: '生物医药与医疗卫材', nameEn: 'Biomedicine and medical supplies' },
  { code: 'ELECTRONICS', nameZh: '电子信息', nameEn: 'Electronic information' },
  { code: 'NEW_ENERGY', nameZh: '新能源', nameEn: 'New energy' },
  { code: 'AI', nameZh: '人工智能', nameEn: 'Artificial intelligence' },
  { code: 'MARINE', nameZh: '船舶与海洋', nameEn: 'Shipbuilding and marine' },
  { code: 'AEROSPACE', nameZh: '航空航天', nameEn: 'Aerospace' },
  { code: 'ORDNANCE', nameZh: '兵器', nameEn: 'Ordnance' },
  { code: 'LOGISTICS', nameZh: '军事后勤', nameEn: 'Military logistics' },
  { code: 'CYBERSECURITY', nameZh: '网络安全', nameEn: 'Cybersecurity' },
  { code: 'OTHER', nameZh: '其他', nameEn: 'Other' },
];
