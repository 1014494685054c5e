import { describe, expect, it } from 'vitest';
import { classificationMarkingsIn, offerSubmitProblems } from './offer-submit-problems.util.js';

const ready = {
  title: '碳纤维复合材料螺旋桨成型技术',
  summary: '采用模压与真空辅助灌注相结合的工艺，成型大尺寸复合材料螺旋桨，减重 30% 以上，降低振动噪声。',
  sectors: ['NEW_MATERIALS'],
  transferModes: ['LICENSE'],
  nonClassified: true,
};

describe('offer submit problems', () => {
  it('has none for a complete non-classified offer', () => {
    expect(offerSubmitProblems(ready)).toEqual([]);
  });

  it('names each missing field', () => {
    const problems = offerSubmitProblems({ ...ready, summary: '太短', sectors: [], transferModes: [], nonClassified: false });
    expect(problems.map((p) => p.field)).toEqual(['summary', 'sectors', 'transferModes', 'nonClassified']);
    expect(problems.every((p) => p.code === 'REQUIRED_TO_SUBMIT' && p.messageZh.length > 0)).toBe(true);
  });

  it('refuses classification markings in the title or the texts', () => {
    const problems = offerSubmitProblems({ ...ready, title: '机密 某型装备技术', texts: ['专利说明：绝密'] });
    expect(problems.map((p) => [p.field, p.code])).toEqual([
      ['title', 'CLASSIFIED_MARKING'],
      ['summary', 'CLASSIFIED_MARKING'],
    ]);
    expect(problems[1]?.messageZh).toContain('绝密');
  });

  it('reads 非涉密 and 非密级 as the declaration they are, not as markings', () => {
    expect(classificationMarkingsIn('本成果为非涉密技术，非密级资料')).toEqual([]);
    expect(classificationMarkingsIn('涉密图纸另行提供')).toEqual(['涉密']);
    expect(classificationMarkingsIn('保密资格二级企业可合作')).toEqual([]);
  });
});
