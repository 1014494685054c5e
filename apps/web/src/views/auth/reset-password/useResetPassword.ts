import { type ResetPasswordRequest, ResetPasswordRequestSchema } from '@mcf/contracts';
import { reactive, ref } from 'vue';
import { type RouteLocationRaw, useRoute, useRouter } from 'vue-router';
import { resetPassword as resetPasswordOnApi } from '../../../api/auth';
import { useFormErrors } from '../../../composables/useFormErrors';
import { messageKey } from '../../../composables/useLocalisedText';
import { usePasswordRules } from '../../../composables/usePasswordRules';
import { RouteName } from '../../../router/route-names';

const FIELDS = ['token', 'newPassword', 'confirmPassword'] as const;

/** 重置密码 with the one-time code from the link (`?token=`) or typed in as the administrator gave it. */
export function useResetPassword(
  dependencies: {
    resetPassword?: (body: ResetPasswordRequest) => Promise<void>;
    navigate?: (to: RouteLocationRaw) => unknown;
    token?: string;
  } = {},
) {
  const route = dependencies.navigate ? null : useRoute();
  const router = dependencies.navigate ? null : useRouter();
  const resetPassword = dependencies.resetPassword ?? resetPasswordOnApi;
  const navigate = dependencies.navigate ?? ((to: RouteLocationRaw) => router!.push(to));
  const tokenFromLink =
    dependencies.token ?? (typeof route?.query.token === 'string' ? route.query.token : '');

  const form = reactive({ token: tokenFromLink, newPassword: '', confirmPassword: '' });
  const errors = useFormErrors({
    fields: FIELDS,
    fallbackKeys: { token: 'validation.resetToken', newPassword: 'validation.password' },
  });
  const submitting = ref(false);
  const passwordRules = usePasswordRules(() => form.newPassword);

  async function submit(): Promise<boolean> {
    errors.clear();
    const parsed = ResetPasswordRequestSchema.safeParse({
      token: form.token.trim(),
      newPassword: form.newPassword,
    });
    if (!parsed.success) errors.showIssues(parsed.error.issues);
    if (form.newPassword === '') {
      errors.setFieldError('newPassword', messageKey('validation.passwordRequired'));
    }
    if (form.confirmPassword !== form.newPassword) {
      errors.setFieldError('confirmPassword', messageKey('validation.passwordMismatch'));
    }
    if (!parsed.success || errors.hasFieldErrors()) return false;
    submitting.value = true;
    try {
      await resetPassword(parsed.data);
      await navigate({ name: RouteName.SignIn, query: { notice: 'password-reset' } });
      return true;
    } catch (error) {
      errors.showProblem(error, { INVALID_RESET_TOKEN: 'token' });
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return {
    form,
    fromLink: tokenFromLink !== '',
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    passwordRules,
    submit,
  };
}
