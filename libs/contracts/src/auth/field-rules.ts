import {
  checkPasswordPolicy,
  creditCodeMessage,
  isRegionCodeFormat,
  passwordPolicyMessage,
  PASSWORD_MAX_LENGTH,
  validateCreditCode,
} from '@mcf/domain';
import { z } from 'zod';

/**
 * Field rules shared by the API (which enforces them) and the web forms (which check them as the
 * user types), each with its message in both languages through `params.messageZh`.
 */
/**
 * A text rule whose message the caller sees in both languages: zod keeps `params` (our `messageZh`)
 * only on custom issues, so every rule with its own message is a refinement.
 */
export function textRule(test: (value: string) => boolean, code: string, message: string, messageZh: string) {
  return [test, { message, params: { messageZh, code } }] as const;
}

const charCount = (value: string) => [...value].length;
const emailFormat = z.email();

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .refine(...textRule((v) => v.length <= 254 && emailFormat.safeParse(v).success, 'INVALID_EMAIL', 'must be an email address', '请输入有效的邮箱地址'));

export const CreditCodeSchema = z.string().transform((value, ctx) => {
  const result = validateCreditCode(value);
  if (result.valid) return result.code;
  ctx.addIssue({
    code: 'custom',
    message: creditCodeMessage(result.reason, 'en'),
    params: { messageZh: creditCodeMessage(result.reason, 'zh-CN'), code: result.reason.code },
  });
  return z.NEVER;
});

export const RegionCodeSchema = z
  .string()
  .trim()
  .refine(isRegionCodeFormat, {
    message: 'must be a six-digit GB/T 2260 region code, e.g. 421202',
    params: { messageZh: '请选择或填写六位行政区划代码（如 421202）', code: 'INVALID_REGION' },
  });

/** A new password: checked against the policy (the email, where known, is checked by the parent). */
export const NewPasswordSchema = z
  .string()
  .max(PASSWORD_MAX_LENGTH * 4)
  .superRefine((password, ctx) => {
    for (const violation of checkPasswordPolicy(password)) {
      ctx.addIssue({
        code: 'custom',
        message: passwordPolicyMessage(violation, 'en'),
        params: { messageZh: passwordPolicyMessage(violation, 'zh-CN'), code: violation.code },
      });
    }
  });

/** Adds the "not the email" rule to an object schema holding `email` and a password field. */
export function passwordNotEmail(data: { email: string; password: string }, ctx: z.RefinementCtx) {
  for (const violation of checkPasswordPolicy(data.password, data.email).filter((v) => v.code === 'SAME_AS_EMAIL')) {
    ctx.addIssue({
      code: 'custom',
      path: ['password'],
      message: passwordPolicyMessage(violation, 'en'),
      params: { messageZh: passwordPolicyMessage(violation, 'zh-CN'), code: violation.code },
    });
  }
}

export const PersonNameSchema = z
  .string()
  .trim()
  .refine(...textRule((v) => charCount(v) >= 1 && charCount(v) <= 100, 'INVALID_NAME', 'a name of 1–100 characters is required', '请填写姓名（不超过100个字）'));
export const ReasonSchema = z
  .string()
  .trim()
  .refine(...textRule((v) => charCount(v) >= 2 && charCount(v) <= 500, 'INVALID_REASON', 'a reason of 2–500 characters is required', '请填写原因（2至500个字）'));

export const OrganizationNameSchema = z
  .string()
  .trim()
  .refine(...textRule((v) => charCount(v) >= 2 && charCount(v) <= 200, 'INVALID_ORGANIZATION_NAME', 'must have 2–200 characters', '机构名称应为2至200个字'));
