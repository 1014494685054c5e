import type { LoginRequest, UserView } from '@mcf/contracts';
import { computed, onScopeDispose, reactive, ref } from 'vue';
import { type RouteLocationRaw, useRoute, useRouter } from 'vue-router';
import { ApiProblem } from '../../../api/http';
import { useFormErrors } from '../../../composables/useFormErrors';
import { messageKey } from '../../../composables/useLocalisedText';
import { safeRedirect, startPageFor } from '../../../router/access';
import { useSessionStore } from '../../../stores/session';

/** Why the user was sent here, shown above the form (`?notice=`). */
export const SIGN_IN_NOTICES = [
  'registered',
  'password-changed',
  'password-reset',
  'session-expired',
] as const;
export type SignInNotice = (typeof SIGN_IN_NOTICES)[number];

/** i18n keys of the notices (`signIn.notice.<key>`). */
export const SIGN_IN_NOTICE_KEYS: Readonly<Record<SignInNotice, string>> = {
  registered: 'registered',
  'password-changed': 'passwordChanged',
  'password-reset': 'passwordReset',
  'session-expired': 'sessionExpired',
};

export function signInNotice(value: unknown): SignInNotice | null {
  return (SIGN_IN_NOTICES as readonly unknown[]).includes(value) ? (value as SignInNotice) : null;
}

export interface SignInDependencies {
  signIn?: (credentials: LoginRequest) => Promise<UserView>;
  navigate?: (to: RouteLocationRaw) => unknown;
  /** The page that asked for sign-in (`?redirect=`), already checked to be inside the app. */
  redirect?: string | null;
  notice?: SignInNotice | null;
  now?: () => number;
}

/**
 * 登录: on success back to the page that required it, else to the viewer's start page. A 429 shows
 * the seconds the API asked us to wait, counting down, and the button stays disabled meanwhile.
 */
export function useSignIn(dependencies: SignInDependencies = {}) {
  const route = dependencies.navigate ? null : useRoute();
  const router = dependencies.navigate ? null : useRouter();
  const signIn =
    dependencies.signIn ?? ((credentials: LoginRequest) => useSessionStore().signIn(credentials));
  const navigate = dependencies.navigate ?? ((to: RouteLocationRaw) => router!.push(to));
  const redirect =
    dependencies.redirect !== undefined ? dependencies.redirect : safeRedirect(route?.query.redirect);
  const notice = dependencies.notice !== undefined ? dependencies.notice : signInNotice(route?.query.notice);
  const now = dependencies.now ?? Date.now;

  const form = reactive({ email: '', password: '' });
  const errors = useFormErrors({
    fields: ['email', 'password'],
    fallbackKeys: { email: 'validation.emailRequired', password: 'validation.passwordRequired' },
  });
  const submitting = ref(false);
  /** Set while the API makes us wait after too many attempts; `undefined` seconds when it gave none. */
  const rateLimited = ref(false);
  const retryAt = ref<number | null>(null);
  const secondsLeft = ref(0);
  let timer: ReturnType<typeof setInterval> | undefined;

  function tick(): void {
    secondsLeft.value = retryAt.value === null ? 0 : Math.max(0, Math.ceil((retryAt.value - now()) / 1000));
    if (secondsLeft.value === 0 && retryAt.value !== null) {
      clearInterval(timer);
      retryAt.value = null;
      rateLimited.value = false;
    }
  }

  function waitFor(seconds: number | undefined): void {
    rateLimited.value = true;
    clearInterval(timer);
    if (seconds === undefined) return;
    retryAt.value = now() + seconds * 1000;
    tick();
    timer = setInterval(tick, 1000);
  }
  onScopeDispose(() => clearInterval(timer));

  const canSubmit = computed(() => !submitting.value && !(rateLimited.value && secondsLeft.value > 0));

  function validate(): boolean {
    errors.clear();
    if (!form.email.trim()) errors.setFieldError('email', messageKey('validation.emailRequired'));
    if (!form.password) errors.setFieldError('password', messageKey('validation.passwordRequired'));
    return !errors.hasFieldErrors();
  }

  async function submit(): Promise<boolean> {
    if (!canSubmit.value || !validate()) return false;
    submitting.value = true;
    rateLimited.value = false;
    try {
      const user = await signIn({ email: form.email.trim(), password: form.password });
      await navigate(redirect ?? startPageFor(user.viewerKind));
      return true;
    } catch (error) {
      if (error instanceof ApiProblem && (error.status === 429 || error.code === 'RATE_LIMITED')) {
        waitFor(error.retryAfterSeconds);
      } else if (error instanceof ApiProblem && error.code === 'INVALID_CREDENTIALS') {
        errors.formError.value = messageKey('signIn.invalidCredentials');
      } else if (error instanceof ApiProblem && error.code === 'ACCOUNT_DISABLED') {
        errors.formError.value = messageKey('signIn.accountDisabled');
      } else {
        errors.showProblem(error);
      }
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return {
    form,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    canSubmit,
    rateLimited,
    secondsLeft,
    notice,
    redirect,
    submit,
  };
}
