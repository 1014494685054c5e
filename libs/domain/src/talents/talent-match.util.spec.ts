import { describe, expect, it } from 'vitest';
import { baseVocabulary } from '../vocabulary/base-vocabulary.js';
import {
  assessTalent,
  availabilityOverlap,
  prepareTalentNeed,
  rankTalents,
  talentFeatures,
  talentNeedSubject,
  type TalentForMatching,
  type TalentNeedForMatching,
} from './talent-match.util.js';

const vocabulary = baseVocabulary();

const need: TalentNeedForMatching = {
  title: '复合材料热压罐成型工艺顾问',
  description: '新建碳纤维复合材料生产线，需要熟悉预浸料铺贴、热压罐固化的专家指导。',
  specialties: ['复合材料成型工艺', '热压罐'],
  sectors: ['NEW_MATERIALS'],
  availability: ['ADVISORY', 'PART_TIME'],
  regionCode: '421202',
};

const compositesEngineer: TalentForMatching = {
  title: '高级工程师（退休）',
  specialties: ['预浸料铺层与热压罐固化', '碳纤维构件无损检测'],
  summary: '从事碳纤维复合材料构件制造三十年。',
  sectors: ['NEW_MATERIALS', 'AEROSPACE'],
  availability: ['ADVISORY'],
  regionCode: '421202',
};
const coatingsTechnician: TalentForMatching = {
  title: '工程师',
  specialties: ['防腐涂料配方', '重防腐涂层施工'],
  summary: '涂料企业技术员。',
  sectors: ['NEW_MATERIALS'],
  availability: ['PART_TIME'],
  regionCode: '421202',
};

function assess(talent: TalentForMatching, forNeed: TalentNeedForMatching = need) {
  return assessTalent(prepareTalentNeed(forNeed, vocabulary), forNeed, talentFeatures(talent, vocabulary), talent);
}

describe('availabilityOverlap', () => {
  it('is the share of the ways of working asked for that the person offers', () => {
    expect(availabilityOverlap(['ADVISORY', 'PART_TIME'], ['ADVISORY'])).toBe(0.5);
    expect(availabilityOverlap(['FULL_TIME'], ['FULL_TIME', 'PROJECT'])).toBe(1);
    expect(availabilityOverlap(['FULL_TIME'], ['ADVISORY'])).toBe(0);
  });
  it('takes anyone when the need names no way of working', () => {
    expect(availabilityOverlap([], ['PROJECT'])).toBe(1);
  });
});

describe('assessTalent', () => {
  it('lists the composites engineer whose wording differs from the need (铺层 for 铺贴), with the terms as reasons', () => {
    const result = assess(compositesEngineer);
    expect(result.listed).toBe(true);
    expect(result.components.text).toBeGreaterThan(0.25);
    expect(result.matchedTerms).toContain('热压罐');
    expect(result.components.locality).toBe(1);
  });

  it('ranks the composites engineer above the coatings technician of the same sector', () => {
    expect(assess(compositesEngineer).score).toBeGreaterThan(assess(coatingsTechnician).score);
  });

  it('keeps a person off a need whose way of working they do not offer, however well the text fits', () => {
    const fullTimeOnly: TalentNeedForMatching = { ...need, availability: ['FULL_TIME'] };
    const result = assess(compositesEngineer, fullTimeOnly);
    expect(result.components.availability).toBe(0);
    expect(result.listed).toBe(false);
  });

  it('keeps a person of another trade and sector off the list', () => {
    const cyber: TalentForMatching = {
      title: '教授',
      specialties: ['工控系统渗透测试'],
      summary: '',
      sectors: ['CYBERSECURITY'],
      availability: ['ADVISORY'],
      regionCode: '421202',
    };
    expect(assess(cyber).listed).toBe(false);
  });
});

describe('rankTalents', () => {
  it('orders listed people best first and drops the unlisted', () => {
    const candidates = [
      { key: 'coatings', talent: coatingsTechnician, features: talentFeatures(coatingsTechnician, vocabulary) },
      { key: 'composites', talent: compositesEngineer, features: talentFeatures(compositesEngineer, vocabulary) },
    ];
    const ranked = rankTalents(need, candidates, vocabulary);
    expect(ranked[0]?.candidate.key).toBe('composites');
    expect(ranked.every((r) => r.assessment.listed)).toBe(true);
  });
});

describe('talentNeedSubject', () => {
  it('drops the words naming the post, so that a 技师 is not matched for being one', () => {
    expect(talentNeedSubject('移动电站维修技师')).toBe('移动电站维修');
    expect(talentNeedSubject('储能电池系统工程师')).toBe('储能电池');
  });
});
