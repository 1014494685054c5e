import {
  type LoginRequest,
  type OrganizationKind,
  type RegisterRequest,
  type RegisterResponse,
  RegisterRequestSchema,
  type UserView,
} from '@mcf/contracts';
import {
  CREDIT_CODE,
  creditCodeMessage,
  isRegionCodeFormat,
  normaliseCreditCodeInput,
  provinceOf,
  validateCreditCode,
  XIANNING_REGIONS,
} from '@mcf/domain';
import { computed, reactive, ref, watch } from 'vue';
import { type RouteLocationRaw, useRouter } from 'vue-router';
import { register as registerOnApi } from '../../../api/auth';
import { ApiProblem } from '../../../api/http';
import { regionCodeOf } from '../../../components/region-select.util';
import { useFormErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText, messageKey } from '../../../composables/useLocalisedText';
import { usePasswordRules } from '../../../composables/usePasswordRules';
import { RouteName } from '../../../router/route-names';
import { useSessionStore } from '../../../stores/session';


export interface RegisterForm {
  email: string;
  password: string;
  name: string;
  organizationKind: OrganizationKind;
  organizationName: string;
  creditCode: string;
  /** A Xianning division's code, or OTHER_REGION. */
  regionChoice: string;
  /** The six-digit code typed when regionChoice is OTHER_REGION. */
  otherRegionCode: string;
}

export const REGISTER_FIELDS = [
  'email',
  'password',
  'name',
  'organization.kind',
  'organization.name',
  'organization.creditCode',
  'organization.region',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Our words for zod's built-in checks, which carry no Chinese message. */
export const REGISTER_FALLBACK_KEYS: Readonly<Record<RegisterField, string>> = {
  email: 'validation.email',
  password: 'validation.password',
  name: 'validation.personName',
  'organization.kind': 'validation.organizationKind',
  'organization.name': 'validation.organizationName',
  'organization.creditCode': 'validation.creditCode',
  'organization.region': 'validation.region',
};

/** Field of the API's 409 codes, should a problem arrive without `errors`. */
export const REGISTER_CONFLICT_FIELDS: Readonly<Record<string, RegisterField>> = {
  CREDIT_CODE_TAKEN: 'organization.creditCode',
  EMAIL_TAKEN: 'email',
};

export function emptyRegisterForm(): RegisterForm {
  return {
    email: '',
    password: '',
    name: '',
    organizationKind: 'ENTERPRISE',
    organizationName: '',
    creditCode: '',
    regionChoice: '',
    otherRegionCode: '',
  };
}

/** The request body as the form holds it; the schema then trims, lower-cases and normalises. */
export function toRegisterRequest(form: RegisterForm): RegisterRequest {
  return {
    email: form.email,
    password: form.password,
    name: form.name,
    organization: {
      kind: form.organizationKind,
      name: form.organizationName,
      creditCode: form.creditCode,
      region: regionCodeOf(form.regionChoice, form.otherRegionCode),
    },
  };
}

/** What the credit-code field says under itself while the user types. */
export type CreditCodeFeedback =
  | { state: 'empty' }
  | { state: 'typing'; length: number }
  | { state: 'invalid'; message: LocalisedText }
  | { state: 'valid'; code: string; regionCode: string };

/**
 * Live feedback from the domain validator. A code still being typed (fewer than 18 characters, field not
 * left yet) is "typing", not an error; a wrong character or a failed check is an error at once.
 */
export function creditCodeFeedback(input: string, finished: boolean): CreditCodeFeedback {
  const result = validateCreditCode(input);
  if (result.valid) return { state: 'valid', code: result.code, regionCode: result.regionCode };
  let { reason } = result;
  if (reason.code === 'EMPTY' && !finished) return { state: 'empty' };
  if (reason.code === 'WRONG_LENGTH' && reason.length < CREDIT_CODE.length) {
    // The validator reports the length first; a wrong character already typed is the more useful thing
    // to say, so check the typed part padded to full length and keep only a character complaint.
    const typed = normaliseCreditCodeInput(input).typed.join('');
    const padded = validateCreditCode(typed + '0'.repeat(CREDIT_CODE.length - reason.length));
    if (!padded.valid && padded.reason.code === 'INVALID_CHARACTER') reason = padded.reason;
    else if (!finished) return { state: 'typing', length: reason.length };
  }
  return {
    state: 'invalid',
    message: bilingual(creditCodeMessage(reason, 'zh-CN'), creditCodeMessage(reason, 'en')),
  };
}

export interface RegisterDependencies {
  register?: (body: RegisterRequest) => Promise<RegisterResponse>;
  signIn?: (credentials: LoginRequest) => Promise<UserView>;
  navigate?: (to: RouteLocationRaw) => unknown;
}

/**
 * 注册: a user and their organisation in one form, checked as the user types with the same schema the
 * API applies. On success the user is signed in with the same credentials and taken to their account
 * page, which tells them the organisation awaits verification.
 */
export function useRegister(dependencies: RegisterDependencies = {}) {
  const register = dependencies.register ?? registerOnApi;
  const signIn =
    dependencies.signIn ?? ((credentials: LoginRequest) => useSessionStore().signIn(credentials));
  const router = dependencies.navigate ? null : useRouter();
  const navigate = dependencies.navigate ?? ((to: RouteLocationRaw) => router!.push(to));

  const form = reactive<RegisterForm>(emptyRegisterForm());
  const errors = useFormErrors({ fields: REGISTER_FIELDS, fallbackKeys: REGISTER_FALLBACK_KEYS });
  const submitting = ref(false);
  const submitAttempted = ref(false);
  /**
   * The credit code of an organisation the platform lists without an account (imported, demo data):
   * the page offers to claim it instead of registering it (409 CREDIT_CODE_TAKEN with `claimable`).
   */
  const claimableCode = ref<string | null>(null);
  /** Fields the user has left (or all, after a submit): only these show errors. */
  const touched = reactive(new Set<RegisterField>());
  const creditCodeLeft = ref(false);

  const passwordRules = usePasswordRules(
    () => form.password,
    () => form.email,
  );
  /** The province of the typed "other region" code, for the province helper to show. */
  const otherProvince = computed(() => provinceOf(form.otherRegionCode.trim()) ?? '');
  const creditCode = computed(() =>
    creditCodeFeedback(form.creditCode, creditCodeLeft.value || submitAttempted.value),
  );

  function validate(fields: readonly RegisterField[]): boolean {
    const result = RegisterRequestSchema.safeParse(toRegisterRequest(form));
    errors.showIssues(result.success ? [] : result.error.issues, fields);
    // An empty password is "please enter one", not "0 of 10 characters".
    if (fields.includes('password') && form.password === '') {
      errors.setFieldError('password', messageKey('validation.passwordRequired'));
    }
    // The credit code speaks through creditCodeFeedback: quiet while being typed, a wrong character at once.
    if (fields.includes('organization.creditCode')) {
      const feedback = creditCode.value;
      errors.setFieldError('organization.creditCode', feedback.state === 'invalid' ? feedback.message : null);
    }
    return result.success;
  }

  /** Called when the user leaves a field. */
  function touch(field: RegisterField): void {
    touched.add(field);
    if (field === 'organization.creditCode') creditCodeLeft.value = true;
    validate([...touched]);
  }

  // Re-check what the user has already been told about as they correct it; the credit code from the
  // first character typed.
  watch(
    () => ({ ...form }),
    (now, before) => {
      if (now.creditCode !== before.creditCode) {
        touched.add('organization.creditCode');
        claimableCode.value = null;
      }
      if (touched.size > 0) validate([...touched]);
    },
  );

  // The registering authority's region (characters 3–8) is where most firms are: offer it as the region
  // when the user has not chosen one.
  watch(creditCode, (feedback) => {
    if (feedback.state !== 'valid' || form.regionChoice !== '') return;
    if (XIANNING_REGIONS.some((region) => region.code === feedback.regionCode)) {
      form.regionChoice = feedback.regionCode;
    }
  });

  /** The province helper of "其他地区": fills the code with the province's, to be refined by the user. */
  function chooseProvince(provinceCode: string): void {
    const prefix = provinceCode.slice(0, 2);
    if (!form.otherRegionCode.startsWith(prefix) || !isRegionCodeFormat(form.otherRegionCode)) {
      form.otherRegionCode = provinceCode;
    }
  }

  async function submit(): Promise<boolean> {
    submitAttempted.value = true;
    for (const field of REGISTER_FIELDS) touched.add(field);
    errors.clear();
    const parsed = RegisterRequestSchema.safeParse(toRegisterRequest(form));
    if (!parsed.success) {
      validate(REGISTER_FIELDS);
      return false;
    }
    submitting.value = true;
    try {
      await register(parsed.data);
    } catch (error) {
      errors.showProblem(error, REGISTER_CONFLICT_FIELDS);
      if (error instanceof ApiProblem && error.code === 'CREDIT_CODE_TAKEN' && error.problem.claimable) {
        claimableCode.value = parsed.data.organization.creditCode;
        errors.formError.value = null;
      }
      submitting.value = false;
      return false;
    }
    try {
      await signIn({ email: parsed.data.email, password: parsed.data.password });
    } catch {
      // Registered, but signing in failed (e.g. rate limited): the sign-in page says so and takes over.
      submitting.value = false;
      await navigate({ name: RouteName.SignIn, query: { notice: 'registered' } });
      return true;
    }
    submitting.value = false;
    await navigate({ name: RouteName.Account, query: { registered: '1' } });
    return true;
  }

  return {
    form,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    claimableCode,
    passwordRules,
    creditCode,
    otherProvince,
    touch,
    chooseProvince,
    submit,
  };
}
