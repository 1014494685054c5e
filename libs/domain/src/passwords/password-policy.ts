import { type Locale } from '../i18n/locale.type.js';
import { COMMON_PASSWORDS } from './common-passwords.constant.js';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordPolicyViolation =
  | { readonly code: 'TOO_SHORT'; readonly minimum: number; readonly length: number }
  | { readonly code: 'TOO_LONG'; readonly maximum: number }
  | { readonly code: 'SAME_AS_EMAIL' }
  | { readonly code: 'COMMON_PASSWORD' };

/**
 * The platform's password rules: at least 10 characters (counted as people count them, so a CJK
 * character is one), at most 128, not the email address or its local part, not a well-known
 * password. Returns every rule broken, empty when the password is acceptable.
 */
export function checkPasswordPolicy(password: string, email?: string): PasswordPolicyViolation[] {
  const violations: PasswordPolicyViolation[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) violations.push({ code: 'TOO_SHORT', minimum: PASSWORD_MIN_LENGTH, length });
  if (length > PASSWORD_MAX_LENGTH) violations.push({ code: 'TOO_LONG', maximum: PASSWORD_MAX_LENGTH });
  const lowered = password.trim().toLowerCase();
  if (email) {
    const address = email.trim().toLowerCase();
    const localPart = address.split('@')[0] ?? '';
    if (lowered === address || (localPart.length > 0 && lowered === localPart)) violations.push({ code: 'SAME_AS_EMAIL' });
  }
  if (COMMON_PASSWORDS.has(lowered)) violations.push({ code: 'COMMON_PASSWORD' });
  return violations;
}

export function passwordPolicyMessage(violation: PasswordPolicyViolation, locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (violation.code) {
    case 'TOO_SHORT':
      return zh
        ? `密码至少需要${violation.minimum}个字符，当前为${violation.length}个`
        : `The password needs at least ${violation.minimum} characters; this one has ${violation.length}.`;
    case 'TOO_LONG':
      return zh ? `密码不能超过${violation.maximum}个字符` : `The password may have at most ${violation.maximum} characters.`;
    case 'SAME_AS_EMAIL':
      return zh ? '密码不能与邮箱地址相同' : 'The password must not be your email address.';
    case 'COMMON_PASSWORD':
      return zh ? '该密码过于常见，容易被猜中，请换一个' : 'This password is too common and easy to guess; please choose another.';
  }
}
