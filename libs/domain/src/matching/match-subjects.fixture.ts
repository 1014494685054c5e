import { type DemandForMatching, type EnterpriseForMatching } from './match.types.js';

/** A demand for two bomb-disposal robots (排爆机器人) from a procurer in 咸宁, for specs to vary. */
export const robotDemand = (overrides: Partial<DemandForMatching> = {}): DemandForMatching => ({
  title: '排爆机器人采购',
  description: '采购排爆机器人两台，要求国军标认证。',
  sectors: ['AI'],
  requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
  regionCode: '421202',
  deadline: '2027-01-27',
  ...overrides,
});

/** A verified firm that makes them, in the same prefecture, for specs to vary. */
export const robotFirm = (overrides: Partial<EnterpriseForMatching> = {}): EnterpriseForMatching => ({
  name: '湖北锐行特种机器人有限公司',
  summary: '应急救援机器人。',
  products: ['消防灭火机器人', '排爆机器人'],
  capabilities: ['履带底盘'],
  equipment: [],
  sectors: ['AI', 'EMERGENCY'],
  regionCode: '421281',
  qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresOn: '2031-06-30' }],
  organizationStatus: 'VERIFIED',
  completeness: 80,
  lastConfirmedAt: '2026-11-01T00:00:00Z',
  ...overrides,
});
