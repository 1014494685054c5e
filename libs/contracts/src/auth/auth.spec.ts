import { describe, expect, it } from 'vitest';
import { RegisterRequestSchema } from './auth.js';

const valid = {
  email: ' Li.Wei@Example.CN ',
  password: 'Xianning-Composite-2026',
  name: '李伟',
  organization: { kind: 'ENTERPRISE', name: '咸宁某某新材料有限公司', creditCode: '91110000802100433b', region: '421202' },
};

function fieldsOf(input: unknown) {
  const result = RegisterRequestSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => ({ field: i.path.join('.'), code: (i as { params?: { code?: string } }).params?.code ?? i.code }));
}

describe('RegisterRequestSchema', () => {
  it('accepts a valid registration and normalises email and credit code', () => {
    const parsed = RegisterRequestSchema.parse(valid);
    expect(parsed.email).toBe('li.wei@example.cn');
    expect(parsed.organization.creditCode).toBe('91110000802100433B');
  });

  it('names the offending credit code with the reason code of the domain validator', () => {
    expect(fieldsOf({ ...valid, organization: { ...valid.organization, creditCode: '91110000802100433A' } })).toEqual([
      { field: 'organization.creditCode', code: 'CHECK_CHARACTER_MISMATCH' },
    ]);
  });

  it('applies the password policy, including "not the email"', () => {
    expect(fieldsOf({ ...valid, password: 'short' })).toEqual([{ field: 'password', code: 'TOO_SHORT' }]);
    expect(fieldsOf({ ...valid, email: 'zhangsan2026@example.cn', password: 'zhangsan2026' })).toEqual([{ field: 'password', code: 'SAME_AS_EMAIL' }]);
  });

  it('refuses fields the caller may not set (mass assignment)', () => {
    expect(fieldsOf({ ...valid, platformRole: 'ADMIN' })).toEqual([{ field: '', code: 'unrecognized_keys' }]);
  });

  it('checks the region code format', () => {
    expect(fieldsOf({ ...valid, organization: { ...valid.organization, region: '4212' } })).toEqual([{ field: 'organization.region', code: 'INVALID_REGION' }]);
  });

  it('names every missing field', () => {
    expect(fieldsOf({}).map((f) => f.field).sort()).toEqual(['email', 'name', 'organization', 'password']);
  });
});

describe('messages in both languages', () => {
  it('keeps the Chinese message of every rule with its own message', () => {
    const result = RegisterRequestSchema.safeParse({ ...valid, email: 'not-an-email', name: '', organization: { ...valid.organization, name: '甲' } });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    const byField = Object.fromEntries(issues.map((i) => [i.path.join('.'), (i as { params?: { messageZh?: string; code?: string } }).params]));
    expect(byField).toEqual({
      email: { messageZh: '请输入有效的邮箱地址', code: 'INVALID_EMAIL' },
      name: { messageZh: '请填写姓名（不超过100个字）', code: 'INVALID_NAME' },
      'organization.name': { messageZh: '机构名称应为2至200个字', code: 'INVALID_ORGANIZATION_NAME' },
    });
  });
});
