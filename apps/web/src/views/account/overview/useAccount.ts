import { type ChangePasswordRequest, ChangePasswordRequestSchema, type UserView } from '@mcf/contracts';
import { checkPasswordPolicy, passwordPolicyMessage } from '@mcf/domain';
import { storeToRefs } from 'pinia';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { type RouteLocationRaw, useRouter } from 'vue-router';
import { changePassword as changePasswordOnApi, getMe as getMeOnApi } from '../../../api/auth';
import { ApiProblem } from '../../../api/http';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText, messageKey } from '../../../composables/useLocalisedText';
import { usePasswordRules } from '../../../composables/usePasswordRules';
import { RouteName } from '../../../router/route-names';
import { useSessionStore } from '../../../stores/session';

const PASSWORD_FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export type LoadState = 'loading' | 'ready' | 'error';

export interface AccountDependencies {
  getMe?: (signal?: AbortSignal) => Promise<UserView>;
  changePassword?: (body: ChangePasswordRequest) => Promise<void>;
  navigate?: (to: RouteLocationRaw) => unknown;
}

/**
 * 我的账户: who the user is and the current status of their organisation (read fresh from `GET /me`,
 * since an administrator may have verified it meanwhile), and the change-password form. Changing the
 * password ends every session, so the user signs in again with the new one.
 */
export function useAccount(dependencies: AccountDependencies = {}) {
  const router = dependencies.navigate ? null : useRouter();
  const getMe = dependencies.getMe ?? getMeOnApi;
  const changePassword = dependencies.changePassword ?? changePasswordOnApi;
  const navigate = dependencies.navigate ?? ((to: RouteLocationRaw) => router!.push(to));
  const session = useSessionStore();
  const { user } = storeToRefs(session);

  const state = ref<LoadState>(user.value ? 'ready' : 'loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const controller = new AbortController();
  onScopeDispose(() => controller.abort());

  async function load(): Promise<void> {
    if (!user.value) state.value = 'loading';
    loadError.value = null;
    try {
      session.setUser(await getMe(controller.signal));
      state.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      loadError.value = errorSummary(error);
      // The stored user is still worth showing; the banner says it may be out of date.
      state.value = user.value ? 'ready' : 'error';
    }
  }

  const organization = computed(() => user.value?.organization ?? null);

  const passwordForm = reactive({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const passwordErrors = useFormErrors({
    fields: PASSWORD_FIELDS,
    fallbackKeys: { currentPassword: 'validation.passwordRequired', newPassword: 'validation.password' },
  });
  const changingPassword = ref(false);
  const passwordRules = usePasswordRules(
    () => passwordForm.newPassword,
    () => user.value?.email,
  );

  async function submitPassword(): Promise<boolean> {
    passwordErrors.clear();
    const parsed = ChangePasswordRequestSchema.safeParse({
      currentPassword: passwordForm.currentPassword,
      newPassword: passwordForm.newPassword,
    });
    if (!parsed.success) passwordErrors.showIssues(parsed.error.issues);
    if (!passwordForm.currentPassword) {
      passwordErrors.setFieldError('currentPassword', messageKey('validation.passwordRequired'));
    }
    // The API checks "not the email" too, but the schema of this request cannot (it holds no email).
    const sameAsEmail = checkPasswordPolicy(passwordForm.newPassword, user.value?.email).find(
      (violation) => violation.code === 'SAME_AS_EMAIL',
    );
    if (sameAsEmail && !passwordErrors.fieldErrors.value.newPassword) {
      passwordErrors.setFieldError(
        'newPassword',
        bilingual(passwordPolicyMessage(sameAsEmail, 'zh-CN'), passwordPolicyMessage(sameAsEmail, 'en')),
      );
    }
    if (passwordForm.newPassword === '') {
      passwordErrors.setFieldError('newPassword', messageKey('validation.passwordRequired'));
    }
    if (passwordForm.confirmPassword !== passwordForm.newPassword) {
      passwordErrors.setFieldError('confirmPassword', messageKey('validation.passwordMismatch'));
    }
    if (!parsed.success || passwordErrors.hasFieldErrors()) return false;

    changingPassword.value = true;
    try {
      await changePassword(parsed.data);
    } catch (error) {
      passwordErrors.showProblem(error);
      if (error instanceof ApiProblem && error.code === 'INVALID_CREDENTIALS') {
        passwordErrors.setFieldError('currentPassword', messageKey('account.password.wrongCurrent'));
        passwordErrors.formError.value = null;
      }
      return false;
    } finally {
      changingPassword.value = false;
    }
    // Every session was revoked by the API, this one included.
    session.endSession();
    await navigate({ name: RouteName.SignIn, query: { notice: 'password-changed' } });
    return true;
  }

  void load();

  return {
    state,
    loadError,
    user,
    organization,
    load,
    passwordForm,
    passwordFieldErrors: passwordErrors.fieldErrors,
    passwordFormError: passwordErrors.formError,
    changingPassword,
    passwordRules,
    submitPassword,
  };
}
