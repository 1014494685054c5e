import type { SectorCode } from '../sectors/sector-code.constant.js';
import type { QualificationTypeCode } from './qualification-type-code.constant.js';

/** For the entry guide (入驻指南): when a certificate is asked for, and the sectors whose demands ask for it. */
export interface QualificationGuidance {
  readonly code: QualificationTypeCode;
  /** Sectors whose demands usually require it; empty when any demand may ask for it. */
  readonly sectors: readonly SectorCode[];
  readonly whenZh: string;
  readonly whenEn: string;
}

// The platform only carries non-classified postings; the wording says what the certificate opens, not more.
export const QUALIFICATION_GUIDANCE: readonly QualificationGuidance[] = [
  {
    code: 'GJB9001C',
    sectors: ['ORDNANCE', 'AEROSPACE', 'INTELLIGENT_EQUIPMENT', 'ELECTRONICS', 'MARINE', 'NEW_MATERIALS'],
    whenZh: '为装备及其配套产品供货的需求通常要求；总体单位选择配套供应商时最常查看。',
    whenEn: 'Usually required to supply equipment or its components; the first thing prime contractors check.',
  },
  {
    code: 'SECRECY',
    sectors: ['ORDNANCE', 'AEROSPACE', 'ELECTRONICS', 'CYBERSECURITY', 'MARINE'],
    whenZh: '承接涉及国家秘密的科研生产任务时要求，需求会写明最低等级（一级最高，一级、二级均可满足二级要求）。平台本身只发布非密信息。',
    whenEn: 'Required for R&D or production work involving state secrets; a demand names the lowest level it accepts (level 1 is highest and satisfies 2 and 3). The platform itself carries only non-classified information.',
  },
  {
    code: 'WEAPONS_PERMIT',
    sectors: ['ORDNANCE', 'AEROSPACE', 'MARINE'],
    whenZh: '生产列入许可目录的武器装备科研生产项目时要求；许可范围应覆盖需求的产品。',
    whenEn: 'Required for items on the licensing catalogue; the licensed scope must cover the product asked for.',
  },
  {
    code: 'EQUIPMENT_SUPPLIER',
    sectors: ['ORDNANCE', 'AEROSPACE', 'MARINE', 'INTELLIGENT_EQUIPMENT', 'LOGISTICS', 'EMERGENCY'],
    whenZh: '直接向军队单位承制、供货的需求通常要求已在装备承制单位名录中注册。',
    whenEn: 'Usually required to contract directly with military units: registration in the equipment contractor list.',
  },
  {
    code: 'ISO9001',
    sectors: [],
    whenZh: '多数民用配套、服务类需求的基本质量要求，任何领域的需求都可能提出。',
    whenEn: 'The basic quality requirement of most civilian supply and service demands, in any sector.',
  },
  {
    code: 'MEDICAL_DEVICE',
    sectors: ['BIOMEDICINE'],
    whenZh: '医疗器械、医用耗材、卫生装备类需求要求对应的生产许可证或注册证。',
    whenEn: 'Medical devices, medical consumables and field medical equipment require the matching permit or registration.',
  },
  {
    code: 'FOOD_SAFETY',
    sectors: ['LOGISTICS'],
    whenZh: '副食品、军粮、冷链配送等后勤保障需求要求食品生产或经营许可证（SC）。',
    whenEn: 'Non-staple food, rations and cold-chain supply require a food production or trading licence (SC).',
  },
  {
    code: 'HIGH_TECH',
    sectors: ['AI', 'ELECTRONICS', 'NEW_MATERIALS', 'NEW_ENERGY', 'CYBERSECURITY'],
    whenZh: '技术攻关、研发合作类需求常作为加分项；也计入规划中“高新技术企业”的目标统计。',
    whenEn: 'Often counts in favour for research and development work; it also counts towards the plan’s high-tech firm target.',
  },
  {
    code: 'OTHER',
    sectors: [],
    whenZh: '行业许可、型式试验报告等其他证明，按需求写明的名称提供。',
    whenEn: 'Other trade licences or type-test reports, as named in the demand.',
  },
];
