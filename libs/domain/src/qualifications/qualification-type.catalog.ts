import { type QualificationTypeCode } from './qualification-type-code.constant.js';

export interface QualificationType {
  readonly code: QualificationTypeCode;
  readonly nameZh: string;
  readonly nameEn: string;
}

// Names follow domain.md, which follows the certificates' own titles, so that an administrator vetting
// an upload sees the same words as on the paper.
export const QUALIFICATION_TYPES: readonly QualificationType[] = [
  {
    code: 'GJB9001C',
    nameZh: '武器装备质量管理体系认证 (GJB 9001C-2017)',
    nameEn: 'Weapons and equipment quality management system certification (GJB 9001C-2017)',
  },
  {
    code: 'SECRECY',
    nameZh: '武器装备科研生产单位保密资格',
    nameEn: 'Security qualification for weapons and equipment R&D and production units',
  },
  {
    code: 'WEAPONS_PERMIT',
    nameZh: '武器装备科研生产许可证',
    nameEn: 'Weapons and equipment R&D and production permit',
  },
  {
    code: 'EQUIPMENT_SUPPLIER',
    nameZh: '装备承制单位资格 (注册)',
    nameEn: 'Registered equipment contractor qualification',
  },
  {
    code: 'ISO9001',
    nameZh: '质量管理体系认证',
    nameEn: 'Quality management system certification (ISO 9001)',
  },
  {
    code: 'MEDICAL_DEVICE',
    nameZh: '医疗器械生产许可证 / 注册证',
    nameEn: 'Medical device production permit / registration certificate',
  },
  {
    code: 'FOOD_SAFETY',
    nameZh: '食品生产 / 经营许可证 (SC)',
    nameEn: 'Food production / trading licence (SC)',
  },
  {
    code: 'HIGH_TECH',
    nameZh: '高新技术企业证书',
    nameEn: 'High and new technology enterprise certificate',
  },
  { code: 'OTHER', nameZh: '其他', nameEn: 'Other' },
];
