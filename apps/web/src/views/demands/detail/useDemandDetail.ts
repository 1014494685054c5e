import {
  DemandCancelSchema,
  DemandCloseSchema,
  type DemandInvitationView,
  type DemandMatches,
  type DemandView,
} from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { cancelDemand, closeDemand, getDemand } from '../../../api/demands';
import { ApiProblem } from '../../../api/http';
import { getDemandMatches } from '../../../api/matches';
import { inviteEnterprise, listInvitations } from '../../../api/responses';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText } from '../../../composables/useLocalisedText';
import { type PollingOptions, usePolling } from '../usePolling';
import { checkInvitation, invitationRefusal, isConflict } from './response-errors.util';

export type MatchItem = DemandMatches['items'][number];
export type DemandAction = 'close' | 'cancel';

/** Matching has caught up with the demand: READY and computed for its current version. */
export function matchesAreCurrent(matches: DemandMatches, demand: Pick<DemandView, 'version'>): boolean {
  return matches.status === 'READY' && matches.demandVersion >= demand.version;
}

export interface DemandDetailDependencies {
  getDemand?: typeof getDemand;
  getDemandMatches?: typeof getDemandMatches;
  closeDemand?: typeof closeDemand;
  cancelDemand?: typeof cancelDemand;
  listInvitations?: typeof listInvitations;
  inviteEnterprise?: typeof inviteEnterprise;
  /** Today in China (YYYY-MM-DD), against which the deadline is read. */
  today?: () => string;
  polling?: PollingOptions;
}

/** The firm an invitation is being written to. */
export interface InviteTarget {
  id: string;
  name: string;
}

/**
 * 需求详情. Everyone sees the demand as far as the API lets them (`detailsHidden`); the owner and
 * administrators (`matching` present) also see the ranked suppliers, polled while matching runs. The
 * owner may close or cancel the demand, each confirmed first, and invite ranked firms to respond while
 * the demand is open.
 */
export function useDemandDetail(
  id: () => string,
  viewerOrganizationId: () => string | null,
  dependencies: DemandDetailDependencies = {},
) {
  const get$ = dependencies.getDemand ?? getDemand;
  const matches$ = dependencies.getDemandMatches ?? getDemandMatches;
  const close$ = dependencies.closeDemand ?? closeDemand;
  const cancel$ = dependencies.cancelDemand ?? cancelDemand;
  const invitations$ = dependencies.listInvitations ?? listInvitations;
  const invite$ = dependencies.inviteEnterprise ?? inviteEnterprise;
  const today = dependencies.today ?? (() => chinaDateOf(new Date()));

  const demand = shallowRef<DemandView | null>(null);
  const state = ref<'loading' | 'ready' | 'not-found' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);

  const matches = shallowRef<DemandMatches | null>(null);
  const matchesState = ref<'idle' | 'loading' | 'pending' | 'ready' | 'error'>('idle');
  const matchesError = shallowRef<LocalisedText | null>(null);
  /** The last poll failed; polling goes on, the page says so. */
  const pollError = shallowRef<LocalisedText | null>(null);

  const isOwner = computed(() => demand.value !== null && demand.value.organizationId === viewerOrganizationId());
  /** The API gives `matching` to the owner and administrators only. */
  const seesMatches = computed(() => demand.value?.matching != null);
  const canEdit = computed(() => isOwner.value && (demand.value?.status === 'DRAFT' || demand.value?.status === 'PUBLISHED'));
  const canClose = computed(() => isOwner.value && demand.value?.status === 'PUBLISHED');
  const canCancel = computed(() => canEdit.value);

  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const polling = usePolling(() => pollMatches(), dependencies.polling);

  async function load(): Promise<void> {
    controller?.abort();
    polling.stop();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    matches.value = null;
    matchesState.value = 'idle';
    invitations.value = [];
    try {
      const view = await get$(id(), current.signal);
      if (current.signal.aborted) return;
      demand.value = view;
      state.value = 'ready';
      const owned = view.organizationId === viewerOrganizationId();
      await Promise.all([
        owned && view.status !== 'DRAFT' ? loadInvitations(current.signal) : undefined,
        view.matching && view.status !== 'DRAFT' ? loadMatches(current.signal) : undefined,
      ]);
    } catch (error) {
      if (current.signal.aborted) return;
      demand.value = null;
      if (error instanceof ApiProblem && error.status === 404) state.value = 'not-found';
      else {
        loadError.value = errorSummary(error);
        state.value = 'error';
      }
    }
  }

  /** Takes an answer of the matches endpoint; true while matching still runs. */
  function take(next: DemandMatches): boolean {
    matches.value = next;
    const view = demand.value;
    const current = view ? matchesAreCurrent(next, view) : next.status === 'READY';
    matchesState.value = current ? 'ready' : 'pending';
    return !current;
  }

  async function loadMatches(signal?: AbortSignal): Promise<void> {
    matchesState.value = 'loading';
    matchesError.value = null;
    try {
      const next = await matches$(id(), signal);
      if (signal?.aborted) return;
      if (take(next)) polling.start();
    } catch (error) {
      if (signal?.aborted) return;
      matchesError.value = errorSummary(error);
      matchesState.value = 'error';
    }
  }

  async function pollMatches(): Promise<boolean> {
    try {
      const next = await matches$(id(), controller?.signal);
      pollError.value = null;
      const pending = take(next);
      // Matching finished: the demand's own summary (eligible count) has changed too.
      if (!pending) void refreshDemand();
      return pending;
    } catch (error) {
      pollError.value = errorSummary(error);
      return true;
    }
  }

  async function refreshDemand(): Promise<void> {
    try {
      demand.value = await get$(id(), controller?.signal);
    } catch {
      // The page keeps what it shows; the next load will bring it up to date.
    }
  }

  // --- Invitations: the owner invites ranked firms while the demand is open; invited ones say so.
  const invitations = shallowRef<DemandInvitationView[]>([]);
  const invitationOf = (enterpriseId: string) =>
    invitations.value.find((invitation) => invitation.enterprise.id === enterpriseId) ?? null;
  const deadlinePassed = computed(() => {
    const deadline = demand.value?.deadline;
    return deadline != null && deadline < today();
  });
  /** Invitations go out for a PUBLISHED demand only, and not once its deadline has passed (no one could respond). */
  const canInvite = computed(() => isOwner.value && demand.value?.status === 'PUBLISHED' && !deadlinePassed.value);

  async function loadInvitations(signal?: AbortSignal): Promise<void> {
    try {
      const answer = await invitations$(id(), signal);
      if (signal?.aborted) return;
      invitations.value = answer.items;
    } catch {
      // Without the list every ranked firm offers the button; the API still refuses a second invitation.
    }
  }

  const inviteTarget = shallowRef<InviteTarget | null>(null);
  const inviteMessage = ref('');
  const inviteMessageError = shallowRef<LocalisedText | null>(null);
  const inviteError = shallowRef<LocalisedText | null>(null);
  const inviting = ref(false);
  /** The firm last invited, for the page's notice. */
  const lastInvited = ref<string | null>(null);

  function openInvite(enterprise: InviteTarget): void {
    if (!canInvite.value || invitationOf(enterprise.id)) return;
    inviteTarget.value = { id: enterprise.id, name: enterprise.name };
    inviteMessage.value = '';
    inviteMessageError.value = null;
    inviteError.value = null;
  }

  function cancelInvite(): void {
    if (!inviting.value) inviteTarget.value = null;
  }

  async function submitInvite(): Promise<boolean> {
    const target = inviteTarget.value;
    if (!target || inviting.value) return false;
    inviteMessageError.value = null;
    inviteError.value = null;
    const checked = checkInvitation(target.id, inviteMessage.value);
    if (!checked.ok) {
      inviteMessageError.value = checked.messageError;
      inviteError.value = checked.error;
      return false;
    }
    inviting.value = true;
    try {
      const created = await invite$(id(), checked.body);
      invitations.value = [...invitations.value.filter((entry) => entry.enterprise.id !== target.id), created];
      lastInvited.value = created.enterprise.name || target.name;
      inviteTarget.value = null;
      return true;
    } catch (error) {
      ({ messageError: inviteMessageError.value, error: inviteError.value } = invitationRefusal(error));
      // Already invited (by a colleague), or the demand is no longer open: show the page as it is now.
      if (isConflict(error)) {
        void loadInvitations(controller?.signal);
        if (error instanceof ApiProblem && error.code !== 'ALREADY_INVITED') void refreshDemand();
      }
      return false;
    } finally {
      inviting.value = false;
    }
  }

  // --- Explanations, opened one by one.
  const expanded = ref<string[]>([]);
  const isExpanded = (enterpriseId: string) => expanded.value.includes(enterpriseId);
  function toggle(enterpriseId: string): void {
    expanded.value = isExpanded(enterpriseId)
      ? expanded.value.filter((entry) => entry !== enterpriseId)
      : [...expanded.value, enterpriseId];
  }

  // --- Close and cancel, confirmed first (cancel with a reason, close with an optional one).
  const pending = ref<DemandAction | null>(null);
  const reason = ref('');
  const reasonError = shallowRef<LocalisedText | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const lastDone = ref<DemandAction | null>(null);

  function ask(action: DemandAction): void {
    pending.value = action;
    reason.value = '';
    reasonError.value = null;
    actionError.value = null;
  }

  function cancelAsk(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const action = pending.value;
    const view = demand.value;
    if (!action || !view || acting.value) return false;
    reasonError.value = null;
    actionError.value = null;
    const parsed =
      action === 'cancel'
        ? DemandCancelSchema.safeParse({ reason: reason.value })
        : DemandCloseSchema.safeParse({ reason: reason.value });
    if (!parsed.success) {
      reasonError.value = issuesToFieldErrors(parsed.error.issues, { reason: 'validation.reason' }).reason ?? null;
      return false;
    }
    const why = parsed.data.reason ?? '';
    acting.value = true;
    try {
      demand.value = action === 'close' ? await close$(view.id, why || undefined) : await cancel$(view.id, why);
      pending.value = null;
      lastDone.value = action;
      return true;
    } catch (error) {
      const field = error instanceof ApiProblem ? error.problem.errors?.find((entry) => entry.field === 'reason') : undefined;
      if (field) reasonError.value = bilingual(field.messageZh ?? field.message, field.message);
      else actionError.value = errorSummary(error);
      // Someone changed it meanwhile (409): show it as it is now.
      if (error instanceof ApiProblem && error.status === 409) void refreshDemand();
      return false;
    } finally {
      acting.value = false;
    }
  }

  return {
    demand,
    state,
    loadError,
    load,
    isOwner,
    seesMatches,
    canEdit,
    canClose,
    canCancel,
    matches,
    matchesState,
    matchesError,
    pollError,
    loadMatches: () => loadMatches(controller?.signal),
    /** The demand again, without the skeleton (after an award or a conflict). */
    refresh: refreshDemand,
    /** The invited firms and their answers again (after a decision in the responses panel). */
    reloadInvitations: () => loadInvitations(controller?.signal),
    waitedSeconds: polling.elapsedSeconds,
    expanded,
    isExpanded,
    toggle,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    lastDone,
    ask,
    cancelAsk,
    confirm,
    invitations,
    invitationOf,
    deadlinePassed,
    canInvite,
    inviteTarget,
    inviteMessage,
    inviteMessageError,
    inviteError,
    inviting,
    lastInvited,
    openInvite,
    cancelInvite,
    submitInvite,
  };
}
