import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodIssuesToProblemFields } from './zod-issues.js';

const Registration = z.object({
  email: z.email(),
  organization: z.object({ name: z.string().min(2), kind: z.enum(['ENTERPRISE', 'PROCURER']) }),
  region: z.string().refine((v) => /^\d{6}$/.test(v), { message: 'must be a six-digit GB/T 2260 code', params: { messageZh: '应为六位行政区划代码' } }),
});

describe('zodIssuesToProblemFields', () => {
  const result = Registration.safeParse({ email: 'nope', organization: { name: 'x', kind: 'OTHER' }, region: '42' });
  const fields = result.success ? [] : zodIssuesToProblemFields(result.error.issues);

  it('names each offending field by its path', () => {
    expect(fields.map((f) => f.field).sort()).toEqual(['email', 'organization.kind', 'organization.name', 'region']);
  });

  it('gives a message in English and in Chinese', () => {
    const name = fields.find((f) => f.field === 'organization.name');
    expect(name?.message).toMatch(/[A-Za-z]/);
    expect(name?.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(name?.message).not.toBe(name?.messageZh);
  });

  it("keeps a refinement's own message pair", () => {
    expect(fields.find((f) => f.field === 'region')).toMatchObject({
      code: 'custom',
      message: 'must be a six-digit GB/T 2260 code',
      messageZh: '应为六位行政区划代码',
    });
  });

  it('prefixes query and path parameters', () => {
    const issues = z.object({ page: z.number() }).safeParse({ page: 'x' });
    expect(issues.success ? [] : zodIssuesToProblemFields(issues.error.issues, ['query'])).toEqual([
      expect.objectContaining({ field: 'query.page', code: 'invalid_type' }),
    ]);
  });
});
