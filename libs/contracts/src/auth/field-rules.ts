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
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ error: 'must be an email address', params: { messageZh: '请输入有效的邮箱地址' } } as never));

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

export const PersonNameSchema = z.string().trim().min(1, { message: 'is required', params: { messageZh: '请填写姓名' } } as never).max(100);
export const ReasonSchema = z
  .string()
  .trim()
  .min(2, { message: 'a reason of at least 2 characters is required', params: { messageZh: '请填写原因（至少2个字）' } } as never)
  .max(500);
