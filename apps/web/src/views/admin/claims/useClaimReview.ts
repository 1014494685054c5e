import {
  type ClaimAdminPage,
  type ClaimAdminView,
  ClaimRejectRequestSchema,
  type ClaimStatus,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { approveClaim, listClaims, rejectClaim } from '../../../api/claims';
import { ApiProblem } from '../../../api/http';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText } from '../../../composables/useLocalisedText';

export type ClaimAction = 'approve' | 'reject';
/** The list's filter: one status, or every claim. */
export type ClaimFilter = ClaimStatus | 'ALL';

export interface ClaimReviewDependencies {
  listClaims?: typeof listClaims;
  approveClaim?: typeof approveClaim;
  rejectClaim?: typeof rejectClaim;
  pageSize?: number;
}

/**
 * 认领审核: claims of imported and demo organisations. An administrator opens one to compare the
 * business licence with the organisation, then approves (the claimant becomes its owner) or rejects it
 * with a reason the claimant is told; both are confirmed first.
 */
export function useClaimReview(dependencies: ClaimReviewDependencies = {}) {
  const list$ = dependencies.listClaims ?? listClaims;
  const approve$ = dependencies.approveClaim ?? approveClaim;
  const reject$ = dependencies.rejectClaim ?? rejectClaim;

  const filter = ref<ClaimFilter>('PENDING');
  const page = ref(1);
  const pageSize = ref(dependencies.pageSize ?? 20);
  const result = shallowRef<ClaimAdminPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const opened = shallowRef<ClaimAdminView | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const items = computed<ClaimAdminView[]>(() => result.value?.items ?? []);

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const status = filter.value === 'ALL' ? undefined : filter.value;
      const next = await list$({ status, page: page.value, pageSize: pageSize.value }, current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
      if (opened.value) opened.value = next.items.find((item) => item.id === opened.value?.id) ?? null;
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function setFilter(next: ClaimFilter): Promise<void> {
    filter.value = next;
    page.value = 1;
    opened.value = null;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  function open(claim: ClaimAdminView | null): void {
    opened.value = claim;
  }

  const pending = shallowRef<{ action: ClaimAction; claim: ClaimAdminView } | null>(null);
  const reason = ref('');
  const reasonError = shallowRef<LocalisedText | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const lastDone = shallowRef<{ action: ClaimAction; claim: ClaimAdminView } | null>(null);

  function ask(action: ClaimAction, claim: ClaimAdminView): void {
    pending.value = { action, claim };
    reason.value = '';
    reasonError.value = null;
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const current = pending.value;
    if (!current || acting.value) return false;
    reasonError.value = null;
    actionError.value = null;
    let rejectReason = '';
    if (current.action === 'reject') {
      const parsed = ClaimRejectRequestSchema.safeParse({ reason: reason.value });
      if (!parsed.success) {
        reasonError.value =
          issuesToFieldErrors(parsed.error.issues, { reason: 'validation.reason' }).reason ?? null;
        return false;
      }
      rejectReason = parsed.data.reason;
    }
    acting.value = true;
    try {
      const decided =
        current.action === 'approve'
          ? await approve$(current.claim.id)
          : await reject$(current.claim.id, rejectReason);
      lastDone.value = { action: current.action, claim: decided };
      pending.value = null;
      await load();
      return true;
    } catch (error) {
      const field =
        error instanceof ApiProblem
          ? error.problem.errors?.find((entry) => entry.field === 'reason')
          : undefined;
      if (field) reasonError.value = bilingual(field.messageZh ?? field.message, field.message);
      else actionError.value = errorSummary(error);
      // Decided elsewhere meanwhile, or the organisation got a member: show the list as it is now.
      if (error instanceof ApiProblem && (error.status === 409 || error.status === 404)) void load();
      return false;
    } finally {
      acting.value = false;
    }
  }

  void load();

  return {
    filter,
    page,
    result,
    items,
    state,
    loadError,
    load,
    setFilter,
    setPage,
    opened,
    open,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    lastDone,
    ask,
    cancel,
    confirm,
    dismissNotice: () => {
      lastDone.value = null;
    },
  };
}
