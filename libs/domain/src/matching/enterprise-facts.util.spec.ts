import { describe, expect, it } from 'vitest';

import { assessFirm } from './assess-match.util.js';
import { textRelevance } from './text-relevance.util.js';
import { enterpriseFacts } from './enterprise-facts.util.js';
import { CONTEXT } from './match-context.fixture.js';
import { type DemandForMatching, type EnterpriseForMatching } from './match.types.js';
import { prepareDemand } from './prepare-demand.util.js';
import { profileFeatures } from './profile-features.util.js';

const firm: EnterpriseForMatching = {
  name: '湖北防爆电气有限公司',
  summary: '防爆电机',
  products: ['防爆电机'],
  capabilities: [],
  equipment: [],
  sectors: ['INTELLIGENT_EQUIPMENT'],
  regionCode: '421202',
  qualifications: [{ type: 'GJB9001C', level: null, status: 'APPROVED', expiresOn: '2030-01-01' }],
  organizationStatus: 'VERIFIED',
  completeness: 90,
  lastConfirmedAt: '2026-11-01T00:00:00.000Z',
};

const demand: DemandForMatching = {
  title: '防爆电机采购',
  description: '',
  sectors: ['INTELLIGENT_EQUIPMENT'],
  requiredQualifications: [{ type: 'GJB9001C', minLevel: null }],
  regionCode: '421202',
  deadline: '2027-01-31',
};

describe('enterpriseFacts', () => {
  it('keeps everything but the text', () => {
    expect(enterpriseFacts(firm)).toEqual({
      sectors: firm.sectors,
      regionCode: firm.regionCode,
      qualifications: firm.qualifications,
      organizationStatus: firm.organizationStatus,
      completeness: firm.completeness,
      lastConfirmedAt: firm.lastConfirmedAt,
    });
  });

  it('assesses a firm from its facts and features exactly as from the whole firm', () => {
    const prepared = prepareDemand(demand.title, demand.description, CONTEXT);
    const features = profileFeatures(firm, CONTEXT.vocabulary);
    const now = new Date('2026-12-06T02:00:00Z');
    const text = textRelevance(prepared, features);
    const whole = assessFirm(demand, firm, text, now);
    expect(whole.eligible).toBe(true);
    expect(assessFirm(demand, enterpriseFacts(firm), text, now)).toEqual(whole);
  });
});
