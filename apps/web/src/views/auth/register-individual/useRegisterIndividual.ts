import { IndividualRegisterRequestSchema } from '@mcf/contracts';
import { reactive, ref } from 'vue';
import { type RouteLocationRaw, useRouter } from 'vue-router';
import { registerIndividual } from '../../../api/talents';
import { useFormErrors } from '../../../composables/useFormErrors';
import { RouteName } from '../../../router/route-names';

const FIELDS = ['email', 'password', 'name'] as const;

/** Individual registration (talent pool): validated with the API's own schema, then on to sign in. */
export function useRegisterIndividual(dependencies: { register?: typeof registerIndividual; navigate?: (to: RouteLocationRaw) => unknown } = {}) {
  const router = dependencies.navigate ? null : useRouter();
  const register = dependencies.register ?? registerIndividual;
  const navigate = dependencies.navigate ?? ((to: RouteLocationRaw) => router!.push(to));
  const form = reactive({ email: '', password: '', name: '' });
  const submitting = ref(false);
  const errors = useFormErrors({
    fields: FIELDS,
    fallbackKeys: { email: 'validation.email', password: 'validation.password', name: 'validation.personName' },
  });

  async function submit(): Promise<void> {
    errors.clear();
    const parsed = IndividualRegisterRequestSchema.safeParse(form);
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    submitting.value = true;
    try {
      await register(parsed.data);
      await navigate({ name: RouteName.SignIn, query: { notice: 'registered', redirect: '/talent/profile' } });
    } catch (error) {
      errors.showProblem(error, { EMAIL_TAKEN: 'email' });
    } finally {
      submitting.value = false;
    }
  }

  return { form, submitting, fieldErrors: errors.fieldErrors, formError: errors.formError, submit };
}
