import { describe, expect, it } from 'vitest';
import { claimEmail } from './claim-email.js';

const claim = {
  organization: {
    id: '11111111-1111-4111-8111-111111111111',
    name: '咸宁示例材料有限公司',
    creditCode: '91421202MA4K00001X',
    status: 'VERIFIED' as const,
    isDemo: false,
  },
  claimantName: '李经理',
  claimantEmail: 'li@example.cn',
  reason: '营业执照与机构名称不符',
};

describe('claimEmail', () => {
  it('tells administrators who claims what, with an absolute link to the review page', () => {
    const mail = claimEmail(claim, 'FILED', 'https://mcf.example.cn');
    expect(mail.subject).toContain('咸宁示例材料有限公司');
    expect(mail.text).toContain('李经理（li@example.cn）');
    expect(mail.text).toContain('https://mcf.example.cn/admin/claims');
  });

  it('tells the claimant of an approval where to sign in, and of a rejection why', () => {
    expect(claimEmail(claim, 'APPROVED', undefined).text).toContain('/sign-in');
    const rejected = claimEmail(claim, 'REJECTED', undefined);
    expect(rejected.subject).toContain('未通过');
    expect(rejected.text).toContain('原因：营业执照与机构名称不符');
    expect(rejected.text).toContain('Reason: 营业执照与机构名称不符');
  });
});
