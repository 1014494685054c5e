import { describe, expect, it } from 'vitest';
import { CONTEXT } from '../matching/match-context.fixture.js';
import { profileFeatures } from '../matching/profile-features.util.js';
import { textRelevance } from '../matching/text-relevance.util.js';
import { assessOfferUptake, type OfferForMatching, prepareOffer } from './offer-uptake.util.js';

const offer: OfferForMatching = {
  title: '高强芳纶纤维复合装甲板成型技术',
  summary: '芳纶纤维与陶瓷复合的防弹装甲板热压成型工艺，面密度低，可用于特种车辆与舰船防护。',
  applications: ['防弹板', '车辆防护'],
  sectors: ['NEW_MATERIALS'],
};

const firm = (products: string[], capabilities: string[], sectors: OfferForMatching['sectors']) => ({
  facts: { sectors, organizationStatus: 'VERIFIED' as const, completeness: 80 },
  features: profileFeatures({ name: '某公司', summary: '', products, capabilities, equipment: [] }, CONTEXT.vocabulary),
});

describe('offer uptake', () => {
  const prepared = prepareOffer(offer, CONTEXT);

  it('ranks a composites firm that presses armour panels above a firm in another trade', () => {
    const composites = firm(['复合装甲板', '芳纶防弹插板'], ['热压成型', '纤维增强复合材料'], ['NEW_MATERIALS']);
    const food = firm(['冷链配送', '副食品加工'], ['冷库仓储'], ['LOGISTICS']);
    const a = assessOfferUptake(offer, composites.facts, textRelevance(prepared, composites.features));
    const b = assessOfferUptake(offer, food.facts, textRelevance(prepared, food.features));
    expect(a.listed).toBe(true);
    expect(b.listed).toBe(false);
    expect(a.score).toBeGreaterThan(b.score);
    expect(a.matchedTerms.length).toBeGreaterThan(0);
  });

  it('lists no firm the platform has not verified, however well it fits', () => {
    const composites = firm(['复合装甲板', '芳纶防弹插板'], ['热压成型'], ['NEW_MATERIALS']);
    const pending = { ...composites.facts, organizationStatus: 'PENDING_VERIFICATION' as const };
    expect(assessOfferUptake(offer, pending, textRelevance(prepared, composites.features)).listed).toBe(false);
  });

  it('weighs text, sectors and completeness into a score within 0..1', () => {
    const composites = firm(['复合装甲板'], ['热压成型'], ['NEW_MATERIALS']);
    const result = assessOfferUptake(offer, composites.facts, textRelevance(prepared, composites.features));
    expect(result.sector).toBe(1);
    expect(result.score).toBeCloseTo(0.7 * result.text + 0.2 + 0.08, 3);
    expect(result.score).toBeLessThanOrEqual(1);
  });
});
