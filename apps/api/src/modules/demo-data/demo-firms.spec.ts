import { validateCreditCode } from '@mcf/domain';
import { ProfileContentSchema } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { ACTION_PLAN_FIRMS } from './action-plan-firms.data.js';
import { demoProfileOf, placeholderCreditCode } from './demo-firms.js';

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
});
