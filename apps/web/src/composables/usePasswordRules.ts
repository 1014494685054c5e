import { checkPasswordPolicy, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@mcf/domain';
import { computed, type MaybeRefOrGetter, toValue } from 'vue';

export type PasswordRule = 'length' | 'notEmail' | 'notCommon';
export type PasswordRuleState = 'pending' | 'ok' | 'failed';

export interface PasswordRuleView {
  rule: PasswordRule;
  state: PasswordRuleState;
}

export const PASSWORD_LIMITS = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH } as const;

/** The password policy of `@mcf/domain` as a checklist: what the form shows while the user types. */
export function passwordRuleStates(password: string, email?: string): PasswordRuleView[] {
  if (password.length === 0) {
    return (['length', 'notEmail', 'notCommon'] as const).map((rule) => ({ rule, state: 'pending' }));
  }
  const codes = new Set(checkPasswordPolicy(password, email).map((violation) => violation.code));
  const state = (failed: boolean): PasswordRuleState => (failed ? 'failed' : 'ok');
  return [
    { rule: 'length', state: state(codes.has('TOO_SHORT') || codes.has('TOO_LONG')) },
    { rule: 'notEmail', state: email ? state(codes.has('SAME_AS_EMAIL')) : 'ok' },
    { rule: 'notCommon', state: state(codes.has('COMMON_PASSWORD')) },
  ];
}

export function usePasswordRules(
  password: MaybeRefOrGetter<string>,
  email?: MaybeRefOrGetter<string | undefined>,
) {
  return computed(() => passwordRuleStates(toValue(password), email ? toValue(email) : undefined));
}
