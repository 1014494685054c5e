import { type ForgotPasswordRequest, ForgotPasswordRequestSchema } from '@mcf/contracts';
import { reactive, ref } from 'vue';
import { forgotPassword as forgotPasswordOnApi } from '../../../api/auth';
import { useFormErrors } from '../../../composables/useFormErrors';

/**
 * 忘记密码: the API always answers 202, so the page never says whether the email is registered. Where
 * the platform sends no email, the way back in is a one-time code from a platform administrator.
 */
export function useForgotPassword(
  dependencies: { forgotPassword?: (body: ForgotPasswordRequest) => Promise<void> } = {},
) {
  const forgotPassword = dependencies.forgotPassword ?? forgotPasswordOnApi;
  const form = reactive({ email: '' });
  const errors = useFormErrors({ fields: ['email'], fallbackKeys: { email: 'validation.email' } });
  const submitting = ref(false);
  const sentTo = ref<string | null>(null);

  async function submit(): Promise<boolean> {
    errors.clear();
    const parsed = ForgotPasswordRequestSchema.safeParse(form);
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return false;
    }
    submitting.value = true;
    try {
      await forgotPassword(parsed.data);
      sentTo.value = parsed.data.email;
      return true;
    } catch (error) {
      errors.showProblem(error);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return { form, fieldErrors: errors.fieldErrors, formError: errors.formError, submitting, sentTo, submit };
}
