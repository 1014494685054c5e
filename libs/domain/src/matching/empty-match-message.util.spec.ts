import { describe, expect, it } from 'vitest';

import { emptyMatchMessage } from './empty-match-message.util.js';

const facts = {
  unmatchedTerms: ['舷外机', '询价公告'],
  sectorFirms: 37,
  missing: [
    { qualificationType: 'SECRECY' as const, requiredLevel: 2, firms: 29 },
    { qualificationType: 'GJB9001C' as const, requiredLevel: null, firms: 0 },
  ],
};

describe('emptyMatchMessage', () => {
  it('says in Chinese how many firms share the sectors, what removed them and which words no one uses', () => {
    expect(emptyMatchMessage(facts, 'zh-CN')).toBe(
      '37 家企业领域相符，其中 29 家缺少二级保密资格。平台上没有供应商使用“舷外机”、“询价公告”等用词。以下为领域相符的较弱匹配，可调整需求措辞（如使用产品的通用名称）后重新发布。',
    );
  });

  it('says the same in English', () => {
    expect(emptyMatchMessage(facts, 'en')).toBe(
      '37 firms share the demand\'s sectors; of them 29 lack secrecy qualification level 2. No supplier on the platform uses "舷外机", "询价公告". Below are weaker matches from the same sectors; consider rewording the demand (e.g. the product’s common name) and publishing it again.',
    );
  });

  it('leaves out the parts it has nothing to say about', () => {
    const message = emptyMatchMessage({ unmatchedTerms: [], sectorFirms: 1, missing: [] }, 'en');
    expect(message.startsWith('1 firm shares the demand\'s sectors. Below')).toBe(true);
  });
});
