import {
  type AcceptInvitationRequest,
  AcceptInvitationRequestSchema,
  type LoginRequest,
  type UserView,
} from '@mcf/contracts';
import { reactive, ref } from 'vue';
import { type RouteLocationRaw, useRoute, useRouter } from 'vue-router';
import { acceptInvitation as acceptInvitationOnApi } from '../../../api/organizations';
import { useFormErrors } from '../../../composables/useFormErrors';
import { messageKey } from '../../../composables/useLocalisedText';
import { usePasswordRules } from '../../../composables/usePasswordRules';
import { RouteName } from '../../../router/route-names';
import { useSessionStore } from '../../../stores/session';

const FIELDS = ['token', 'name', 'password', 'confirmPassword'] as const;

/**
 * 接受邀请: the invited person names themselves and picks a password; the account gets the invited
 * email (the answer carries it), and they are signed in with it straight away.
 */
export function useAcceptInvitation(
  dependencies: {
    acceptInvitation?: (body: AcceptInvitationRequest) => Promise<UserView>;
    signIn?: (credentials: LoginRequest) => Promise<UserView>;
    navigate?: (to: RouteLocationRaw) => unknown;
    token?: string;
  } = {},
) {
  const route = dependencies.navigate ? null : useRoute();
  const router = dependencies.navigate ? null : useRouter();
  const acceptInvitation = dependencies.acceptInvitation ?? acceptInvitationOnApi;
  const signIn =
    dependencies.signIn ?? ((credentials: LoginRequest) => useSessionStore().signIn(credentials));
  const navigate = dependencies.navigate ?? ((to: RouteLocationRaw) => router!.push(to));
  const token = dependencies.token ?? (typeof route?.query.token === 'string' ? route.query.token : '');

  const form = reactive({ name: '', password: '', confirmPassword: '' });
  const errors = useFormErrors({
    fields: FIELDS,
    fallbackKeys: {
      token: 'validation.invitationToken',
      name: 'validation.personName',
      password: 'validation.password',
    },
  });
  const submitting = ref(false);
  const passwordRules = usePasswordRules(() => form.password);

  async function submit(): Promise<boolean> {
    errors.clear();
    const parsed = AcceptInvitationRequestSchema.safeParse({
      token,
      name: form.name,
      password: form.password,
    });
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      // A broken link has no field to show it on.
      if (errors.fieldErrors.value.token) errors.formError.value = errors.fieldErrors.value.token;
    }
    if (form.password === '') {
      errors.setFieldError('password', messageKey('validation.passwordRequired'));
    }
    if (form.confirmPassword !== form.password) {
      errors.setFieldError('confirmPassword', messageKey('validation.passwordMismatch'));
    }
    if (!parsed.success || errors.hasFieldErrors()) return false;
    submitting.value = true;
    try {
      const user = await acceptInvitation(parsed.data);
      try {
        await signIn({ email: user.email, password: parsed.data.password });
        await navigate({ name: RouteName.Account, query: { joined: '1' } });
      } catch {
        await navigate({ name: RouteName.SignIn, query: { notice: 'registered' } });
      }
      return true;
    } catch (error) {
      errors.showProblem(error);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return {
    form,
    hasToken: token !== '',
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    passwordRules,
    submit,
  };
}
