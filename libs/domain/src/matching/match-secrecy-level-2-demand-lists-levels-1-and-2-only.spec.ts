import { describe, expect, it } from 'vitest';

import { CONTEXT } from './match-context.fixture.js';
import { assessMatch } from './assess-match.util.js';
import { constraintMessage } from './constraint-message.util.js';
import { isListedMatch } from './is-listed-match.util.js';
import { isNearlyMatched } from './is-nearly-matched.util.js';
import { type DemandForMatching, type EnterpriseForMatching } from './match.types.js';

// The dev data set's pentest demand: a level-3 firm offers penetration testing too, and must be told why
// it is not offered instead of being listed.
const NOW = new Date('2026-11-28T02:00:00Z');

const pentest: DemandForMatching = {
  title: '信息系统渗透测试与安全加固',
  description: '对某信息系统开展渗透测试与安全加固，需二级保密资格。',
  sectors: ['CYBERSECURITY'],
  requiredQualifications: [{ type: 'SECRECY', minLevel: 2 }],
  regionCode: null,
  deadline: '2027-01-27',
};

const firmWithLevel = (level: number): EnterpriseForMatching => ({
  name: `赤壁安信${level}网络安全技术有限公司`,
  summary: '网络安全产品与服务。',
  products: ['工控防火墙', '漏洞扫描系统'],
  capabilities: ['渗透测试', '等级保护测评'],
  equipment: [],
  sectors: ['CYBERSECURITY'],
  regionCode: '421281',
  qualifications: [{ type: 'SECRECY', level, status: 'APPROVED', expiresOn: '2031-06-30' }],
  organizationStatus: 'VERIFIED',
  completeness: 80,
  lastConfirmedAt: '2026-11-01T00:00:00Z',
});

describe('a demand requiring secrecy level 2', () => {
  it.each([1, 2])('lists a firm holding level %d', (level) => {
    const assessment = assessMatch(pentest, firmWithLevel(level), NOW, CONTEXT);
    expect(assessment.eligible).toBe(true);
    expect(isListedMatch(assessment)).toBe(true);
    expect(assessment.matchedTerms).toContain('渗透测试');
  });

  it('does not list a firm holding level 3 but shows it the demand as nearly matched, with the reason', () => {
    const assessment = assessMatch(pentest, firmWithLevel(3), NOW, CONTEXT);
    expect(isListedMatch(assessment)).toBe(false);
    expect(isNearlyMatched(assessment)).toBe(true);
    const failing = assessment.constraints.find((check) => !check.met);
    expect(failing && constraintMessage(failing, 'zh-CN')).toBe('需二级保密资格，贵单位为三级');
    expect(failing && constraintMessage(failing, 'en')).toBe(
      'Requires secrecy qualification level 2; yours is level 3',
    );
  });
});
