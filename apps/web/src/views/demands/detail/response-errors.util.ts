import { type InvitationCreate, InvitationCreateSchema } from '@mcf/contracts';
import { ApiProblem } from '../../../api/http';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

/** Refusals of the responses API that the owner's page words itself (both languages), with what to do next. */
const WORDED_CODES: ReadonlySet<string> = new Set([
  'ALREADY_INVITED',
  'NOT_INVITABLE',
  'DEMAND_NOT_OPEN',
  'DEADLINE_PASSED',
  'ALREADY_AWARDED',
  'NOT_AWARDABLE',
  'INVALID_STATUS_TRANSITION',
]);

/** One line for a refused invitation, decision or award: our wording for the known codes, else the API's title. */
export function responseErrorText(error: unknown): LocalisedText {
  if (error instanceof ApiProblem && WORDED_CODES.has(error.code)) return messageKey(`responses.owner.errors.${error.code}`);
  return errorSummary(error);
}

/** The answer says the demand or the response changed meanwhile: what the page shows should be reloaded. */
export const isConflict = (error: unknown): boolean => error instanceof ApiProblem && error.status === 409;

/** Why an invitation was not sent: at the message field, or for the dialog as a whole. */
export interface InvitationProblem {
  messageError: LocalisedText | null;
  error: LocalisedText | null;
}

/** The invitation body by the contract's rules (trimmed message, ≤ 1000 characters), or what is wrong with it. */
export function checkInvitation(
  enterpriseId: string,
  message: string,
): { ok: true; body: InvitationCreate } | ({ ok: false } & InvitationProblem) {
  const parsed = InvitationCreateSchema.safeParse({ enterpriseId, message });
  if (parsed.success) return { ok: true, body: parsed.data };
  const errors = issuesToFieldErrors(parsed.error.issues, { message: 'responses.owner.invite.messageTooLong' });
  return { ok: false, messageError: errors.message ?? null, error: errors.message ? null : (Object.values(errors)[0] ?? null) };
}

/** A refused invitation: the API's message-field error at the field, else our wording of the refusal. */
export function invitationRefusal(error: unknown): InvitationProblem {
  const field = error instanceof ApiProblem ? error.problem.errors?.find((entry) => entry.field === 'message') : undefined;
  return field
    ? { messageError: bilingual(field.messageZh ?? field.message, field.message), error: null }
    : { messageError: null, error: responseErrorText(error) };
}
