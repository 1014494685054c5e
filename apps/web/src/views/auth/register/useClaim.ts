import { ClaimFieldsSchema, QUALIFICATION_FILE_MAX_BYTES } from '@mcf/contracts';
import { ref, shallowRef } from 'vue';
import { type ClaimRequest, fileClaim as fileClaimOnApi } from '../../../api/claims';
import { useFormErrors } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

export const CLAIM_FIELDS = ['creditCode', 'name', 'email', 'password', 'licence'] as const;
const CLAIM_FALLBACK_KEYS: Readonly<Record<string, string>> = {
  creditCode: 'validation.creditCode',
  name: 'validation.personName',
  email: 'validation.email',
  password: 'validation.password',
  licence: 'claims.licenceRequired',
};
/** The scan types the API accepts (checked again there by content). */
export const LICENCE_ACCEPT = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface ClaimDependencies {
  fileClaim?: (fields: ClaimRequest, licence: File) => Promise<{ id: string; status: 'PENDING' }>;
}

/**
 * 申请认领: the registration page's offer when the credit code belongs to an organisation the platform
 * lists without an account. The person's name, email and password come from the registration form;
 * the business licence is added here. Once filed it waits for an administrator.
 */
export function useClaim(account: () => ClaimRequest, dependencies: ClaimDependencies = {}) {
  const file$ = dependencies.fileClaim ?? fileClaimOnApi;
  const licence = shallowRef<File | null>(null);
  const errors = useFormErrors({ fields: CLAIM_FIELDS, fallbackKeys: CLAIM_FALLBACK_KEYS });
  const submitting = ref(false);
  const filed = ref(false);

  function chooseLicence(file: File | null): void {
    licence.value = file;
    errors.setFieldError('licence', licenceProblem(file));
  }

  function licenceProblem(file: File | null): LocalisedText | null {
    if (!file) return messageKey('claims.licenceRequired');
    if (file.size > QUALIFICATION_FILE_MAX_BYTES) return messageKey('claims.licenceTooLarge');
    return null;
  }

  async function submit(): Promise<boolean> {
    if (submitting.value) return false;
    errors.clear();
    const fields = account();
    const parsed = ClaimFieldsSchema.safeParse(fields);
    if (!parsed.success) errors.showIssues(parsed.error.issues, ['creditCode', 'name', 'email', 'password']);
    const fileProblem = licenceProblem(licence.value);
    if (fileProblem) errors.setFieldError('licence', fileProblem);
    if (!parsed.success || fileProblem || !licence.value) return false;
    submitting.value = true;
    try {
      await file$(fields, licence.value);
      filed.value = true;
      return true;
    } catch (error) {
      errors.showProblem(error);
      return false;
    } finally {
      submitting.value = false;
    }
  }

  return {
    licence,
    chooseLicence,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    filed,
    submit,
  };
}
