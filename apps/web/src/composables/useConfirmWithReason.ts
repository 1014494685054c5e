import { ref, shallowRef } from 'vue';
import type { ZodType } from 'zod';
import { ApiProblem } from '../api/http';
import { errorSummary, issuesToFieldErrors } from './useFormErrors';
import { bilingual, type LocalisedText } from './useLocalisedText';

export interface ConfirmWithReasonOptions<P> {
  /** Whether the asked action must carry a reason (a rejection does, an approval does not). */
  needsReason: (pending: P) => boolean;
  /** The contract's schema for the reason, `{ reason }`: the same rule the API applies. */
  reasonSchema: ZodType<{ reason: string }>;
  /** Does the confirmed action; the reason is '' where none is needed. */
  act: (pending: P, reason: string) => Promise<void>;
  /** Shows the list as it is now: after the action, and after a 409/404 (decided elsewhere meanwhile). */
  reload: () => unknown;
  /** The statuses after which the list is reloaded though the action failed; 409 and 404 unless told. */
  reloadOn?: readonly number[];
}

/**
 * An admin decision confirmed in a dialog first, with a reason where it needs one: the asked action,
 * the reason and its error (checked here by the contract's schema, or named by the API), the action's
 * error, and whether it is under way. Shared by the admin queues and lists (claims, qualifications, demands, organisations).
 */
export function useConfirmWithReason<P>(options: ConfirmWithReasonOptions<P>) {
  const reloadOn = options.reloadOn ?? [409, 404];
  const pending = shallowRef<P | null>(null);
  const reason = ref('');
  const reasonError = shallowRef<LocalisedText | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);

  function ask(next: P): void {
    pending.value = next;
    reason.value = '';
    reasonError.value = null;
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const current = pending.value;
    if (current === null || acting.value) return false;
    reasonError.value = null;
    actionError.value = null;
    let given = '';
    if (options.needsReason(current)) {
      const parsed = options.reasonSchema.safeParse({ reason: reason.value });
      if (!parsed.success) {
        reasonError.value =
          issuesToFieldErrors(parsed.error.issues, { reason: 'validation.reason' }).reason ?? null;
        return false;
      }
      given = parsed.data.reason;
    }
    acting.value = true;
    try {
      await options.act(current, given);
      pending.value = null;
      await options.reload();
      return true;
    } catch (error) {
      const field =
        error instanceof ApiProblem
          ? error.problem.errors?.find((entry) => entry.field === 'reason')
          : undefined;
      if (field) reasonError.value = bilingual(field.messageZh ?? field.message, field.message);
      else actionError.value = errorSummary(error);
      if (error instanceof ApiProblem && reloadOn.includes(error.status)) void options.reload();
      return false;
    } finally {
      acting.value = false;
    }
  }

  return { pending, reason, reasonError, actionError, acting, ask, cancel, confirm };
}
