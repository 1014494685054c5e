import { describe, expect, it } from 'vitest';
import { checkPasswordPolicy, PASSWORD_MIN_LENGTH, passwordPolicyMessage, type PasswordPolicyViolation } from './password-policy.js';

const codes = (password: string, email?: string) => checkPasswordPolicy(password, email).map((v) => v.code);

describe('checkPasswordPolicy', () => {
  it('accepts a long, uncommon password that is not the email', () => {
    expect(codes('Xianning-Composite-2026', 'li.wei@example.cn')).toEqual([]);
  });

  it('needs at least 10 characters', () => {
    expect(checkPasswordPolicy('Short-9ch')).toEqual([{ code: 'TOO_SHORT', minimum: PASSWORD_MIN_LENGTH, length: 9 }]);
    expect(codes('Exactly-10')).toEqual([]);
  });

  it('counts a Chinese character as one character', () => {
    expect(checkPasswordPolicy('咸宁军民融合平台好')).toEqual([{ code: 'TOO_SHORT', minimum: 10, length: 9 }]);
    expect(codes('咸宁军民融合供需对接平台')).toEqual([]);
  });

  it('caps the length at 128', () => {
    expect(codes('a'.repeat(129) + 'B1!')).toContain('TOO_LONG');
    expect(codes('Ab1!'.repeat(32))).toEqual([]);
  });

  it('refuses the email address and its local part, whatever the case', () => {
    expect(codes('Zhang.San@Example.cn', 'zhang.san@example.cn')).toEqual(['SAME_AS_EMAIL']);
    expect(codes('zhangsan2026', 'zhangsan2026@example.cn')).toEqual(['SAME_AS_EMAIL']);
    expect(codes('zhangsan2026!', 'zhangsan2026@example.cn')).toEqual([]);
  });

  it('refuses well-known passwords, whatever the case', () => {
    expect(codes('Password123')).toEqual(['COMMON_PASSWORD']);
    expect(codes('woaini1314')).toEqual(['COMMON_PASSWORD']);
    expect(codes('1234567890')).toEqual(['COMMON_PASSWORD']);
  });

  it('reports every broken rule at once', () => {
    expect(codes('abc', 'abc@example.cn')).toEqual(['TOO_SHORT', 'SAME_AS_EMAIL']);
  });
});

describe('passwordPolicyMessage', () => {
  const violations: PasswordPolicyViolation[] = [
    { code: 'TOO_SHORT', minimum: 10, length: 4 },
    { code: 'TOO_LONG', maximum: 128 },
    { code: 'SAME_AS_EMAIL' },
    { code: 'COMMON_PASSWORD' },
  ];

  it.each(violations)('has a Chinese and an English message for $code', (violation) => {
    const zh = passwordPolicyMessage(violation, 'zh-CN');
    const en = passwordPolicyMessage(violation, 'en');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[\x20-\x7e]+$/);
  });

  it('states the figures', () => {
    expect(passwordPolicyMessage({ code: 'TOO_SHORT', minimum: 10, length: 4 }, 'zh-CN')).toBe('密码至少需要10个字符，当前为4个');
  });
});
