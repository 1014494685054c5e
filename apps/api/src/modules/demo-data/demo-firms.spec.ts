import { validateCreditCode } from '@mcf/domain';
import { ProfileContentSchema } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';
import { demoProfileOf, demoProfileSummary, placeholderCreditCode } from './demo-firms.js';

describe('demo firms from the action plan', () => {
  it('get valid, distinct, stable placeholder credit codes in their region', () => {
    const codes = ACTION_PLAN_FIRMS.map(placeholderCreditCode);
    for (const [index, code] of codes.entries()) {
      const result = validateCreditCode(code);
      expect(result.valid).toBe(true);
      expect(result.valid && result.regionCode).toBe(ACTION_PLAN_FIRMS[index]!.regionCode);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect(placeholderCreditCode(ACTION_PLAN_FIRMS[0]!)).toBe(codes[0]);
  });

  it('have profiles the API accepts', () => {
    for (const firm of ACTION_PLAN_FIRMS) expect(ProfileContentSchema.safeParse(demoProfileOf(firm)).success, firm.name).toBe(true);
  });

  it("read as the firm's own profile, not as notes about the document, and say they are demo data", () => {
    for (const firm of ACTION_PLAN_FIRMS) {
      const summary = demoProfileOf(firm).summary ?? '';
      expect(summary, firm.name).toMatch(/^本公司/);
      expect(summary, firm.name).not.toMatch(/文件|专栏|未说明|列为|将其/);
      expect(summary, firm.name).toContain('演示');
      // Nothing beyond what the data (checked against the document) gives: every product and capability appears.
      for (const term of [...firm.products, ...firm.capabilities]) expect(summary, firm.name).toContain(term);
    }
  });

  it('name the sectors of a firm the document gives no products for', () => {
    expect(demoProfileSummary({ products: [], capabilities: [], sectors: ['BIOMEDICINE'] })).toBe(
      '本公司属生物医药与医疗卫材领域。（演示数据：依据《咸宁市军民融合深度发展行动方案（2021-2025）》整理，尚未经企业本人完善。）',
    );
  });
});
