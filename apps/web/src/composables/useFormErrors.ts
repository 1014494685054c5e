import type { ProblemDetails } from '@mcf/contracts';
import { shallowRef } from 'vue';
import { ApiProblem, NetworkError } from '../api/http';
import { bilingual, type LocalisedText, messageKey, plainText } from './useLocalisedText';

/** The part of a zod issue we read; structural, so the app needs no zod import of its own. */
export interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly code: string;
  readonly message: string;
  readonly params?: unknown;
}

/** Field errors keyed by the wire path of the field (`email`, `organization.creditCode`). */
export type FieldErrors = Readonly<Record<string, LocalisedText>>;

export function fieldPath(issue: Pick<SchemaIssue, 'path'>): string {
  return issue.path.map(String).join('.');
}

function messageZhOf(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const messageZh = (params as { messageZh?: unknown }).messageZh;
  return typeof messageZh === 'string' ? messageZh : undefined;
}

/**
 * The words for one issue: the rule's own Chinese and English when it carries them (every custom rule
 * of the contracts does), else our i18n message for the field (zod's built-in checks carry only English).
 */
export function issueText(issue: SchemaIssue, fallbackKey: string): LocalisedText {
  const messageZh = messageZhOf(issue.params);
  return messageZh ? bilingual(messageZh, issue.message) : messageKey(fallbackKey);
}

/** The first issue of each field; `fallbackKeys` names the i18n message per field for built-in checks. */
export function issuesToFieldErrors(
  issues: readonly SchemaIssue[],
  fallbackKeys: Readonly<Record<string, string>>,
  defaultKey = 'validation.invalid',
): Record<string, LocalisedText> {
  const errors: Record<string, LocalisedText> = {};
  for (const issue of issues) {
    const field = fieldPath(issue);
    if (errors[field]) continue;
    errors[field] = issueText(issue, fallbackKeys[field] ?? defaultKey);
  }
  return errors;
}

/**
 * One line for an error that is not about a field: the problem's title, or why there was no answer. A
 * 429 says what happened and, from `Retry-After`, in how many seconds to try again.
 */
export function errorSummary(error: unknown): LocalisedText {
  if (error instanceof ApiProblem && error.status === 429) {
    const seconds = error.retryAfterSeconds;
    return seconds === undefined
      ? messageKey('rateLimit.tryLater')
      : messageKey('rateLimit.retryIn', { seconds });
  }
  if (error instanceof ApiProblem) return plainText(error.problem.title);
  if (error instanceof NetworkError) return messageKey(error.timedOut ? 'errors.timeout' : 'errors.network');
  return messageKey('errors.unexpected');
}

/** Field errors of a problem+json answer, in both languages (the API sends `message` and `messageZh`). */
export function problemFieldErrors(problem: ProblemDetails): Record<string, LocalisedText> {
  const errors: Record<string, LocalisedText> = {};
  for (const error of problem.errors ?? []) {
    if (errors[error.field]) continue;
    errors[error.field] = bilingual(error.messageZh ?? error.message, error.message);
  }
  return errors;
}

/**
 * A form's errors: per field and one for the whole form. `showProblem` puts the API's field errors
 * onto the fields the form has and keeps the problem's title as the form error; `codeFields` names the
 * field for error codes the API might send without `errors` (e.g. `INVALID_CREDENTIALS` → current password).
 */
export function useFormErrors(options: {
  fields: readonly string[];
  fallbackKeys: Readonly<Record<string, string>>;
  defaultKey?: string;
}) {
  const fieldErrors = shallowRef<FieldErrors>({});
  const formError = shallowRef<LocalisedText | null>(null);

  /** Shows the issues of `fields` (all by default), clearing those fields' previous errors. */
  function showIssues(issues: readonly SchemaIssue[], fields: readonly string[] = options.fields): void {
    const next: Record<string, LocalisedText> = { ...fieldErrors.value };
    for (const field of fields) delete next[field];
    const found = issuesToFieldErrors(issues, options.fallbackKeys, options.defaultKey);
    for (const field of fields) if (found[field]) next[field] = found[field];
    fieldErrors.value = next;
  }

  function setFieldError(field: string, message: LocalisedText | null): void {
    const next: Record<string, LocalisedText> = { ...fieldErrors.value };
    if (message) next[field] = message;
    else delete next[field];
    fieldErrors.value = next;
  }

  function showProblem(error: unknown, codeFields: Readonly<Record<string, string>> = {}): void {
    formError.value = errorSummary(error);
    if (!(error instanceof ApiProblem)) return;
    const next: Record<string, LocalisedText> = { ...fieldErrors.value };
    const fromApi = problemFieldErrors(error.problem);
    for (const [field, message] of Object.entries(fromApi)) {
      if (options.fields.includes(field)) next[field] = message;
    }
    const codeField = codeFields[error.code];
    if (codeField && !fromApi[codeField] && options.fields.includes(codeField)) {
      next[codeField] = plainText(error.problem.title);
    }
    fieldErrors.value = next;
  }

  function clear(): void {
    fieldErrors.value = {};
    formError.value = null;
  }

  const hasFieldErrors = () => Object.keys(fieldErrors.value).length > 0;

  return { fieldErrors, formError, showIssues, setFieldError, showProblem, clear, hasFieldErrors };
}
