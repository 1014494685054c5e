import { ApiProblem } from '../../../api/http';
import { errorSummary } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

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
