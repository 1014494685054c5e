import {
  ResponseCreateSchema,
  responseConsistencyProblems,
  type DemandView,
  type MyInvitationView,
  type ResponseStatus,
  type ResponseView,
} from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import {
  createResponse,
  listMyInvitations,
  listOwnResponses,
  type ResponseCreateBody,
  withdrawResponse,
} from '../../../../api/firm-responses';
import { openDemandThread } from '../../../../api/threads';
import { ApiProblem } from '../../../../api/http';
import { errorSummary, type SchemaIssue, useFormErrors } from '../../../../composables/useFormErrors';
import type { LocalisedText } from '../../../../composables/useLocalisedText';
import { wanToYuan } from '../../../../components/demand-format.util';

export type ResponseKind = ResponseCreateBody['kind'];

/** Why the firm can no longer respond: the deadline passed, or the demand is not PUBLISHED. */
export type ClosedReason = 'deadline' | 'CLOSED' | 'CANCELLED' | 'AWARDED' | 'DRAFT';

export interface FirmResponseDependencies {
  listOwnResponses?: typeof listOwnResponses;
  listMyInvitations?: typeof listMyInvitations;
  createResponse?: typeof createResponse;
  withdrawResponse?: typeof withdrawResponse;
  openDemandThread?: typeof openDemandThread;
  /** Today's date is taken in China time, as the API does. */
  now?: () => Date;
}

/** Statuses a firm may still withdraw from (until the award). */
const WITHDRAWABLE: readonly ResponseStatus[] = ['SUBMITTED', 'SHORTLISTED', 'DECLINED'];

export const RESPONSE_FIELDS = ['proposal', 'price', 'deliveryDays', 'reason'] as const;

/** i18n messages for zod's built-in checks, which carry English only. */
const FALLBACK_KEYS: Readonly<Record<string, string>> = {
  proposal: 'responses.firm.errors.proposal',
  price: 'responses.firm.errors.price',
  deliveryDays: 'responses.firm.errors.deliveryDays',
  reason: 'responses.firm.errors.reason',
};

/** An optional number field: empty is null; anything else is read as a number (NaN fails the contract's check). */
export function numberOrNull(typed: string): number | null {
  const trimmed = typed.trim().replace(/[,，]/g, '');
  return trimmed === '' ? null : Number(trimmed);
}

function wanOrNull(wan: number | null): number | null {
  return wan === null || !Number.isFinite(wan) ? wan : wanToYuan(wan);
}

/** The firm's answer to show: its live response, else its latest withdrawn one. */
export function currentResponse(items: readonly ResponseView[]): ResponseView | null {
  const live = items.filter((r) => r.status !== 'WITHDRAWN');
  return live.at(-1) ?? items.at(-1) ?? null;
}

/**
 * 响应需求 (the firm's side of a demand): the invitation it received, if any; its response with the
 * procurer's decision; expressing interest or declining while the demand is open; withdrawing (confirmed
 * first) until the award; and opening the conversation with the procurer.
 */
export function useFirmResponse(
  demand: () => DemandView,
  organizationVerified: () => boolean,
  dependencies: FirmResponseDependencies = {},
) {
  const list$ = dependencies.listOwnResponses ?? listOwnResponses;
  const invitations$ = dependencies.listMyInvitations ?? listMyInvitations;
  const create$ = dependencies.createResponse ?? createResponse;
  const withdraw$ = dependencies.withdrawResponse ?? withdrawResponse;
  const thread$ = dependencies.openDemandThread ?? openDemandThread;
  const now = dependencies.now ?? (() => new Date());

  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const responses = shallowRef<ResponseView[]>([]);
  const invitation = shallowRef<MyInvitationView | null>(null);

  const response = computed(() => currentResponse(responses.value));

  const closedReason = computed<ClosedReason | null>(() => {
    const view = demand();
    if (view.status !== 'PUBLISHED') return view.status;
    if (view.deadline && view.deadline < chinaDateOf(now())) return 'deadline';
    return null;
  });
  const isOpen = computed(() => closedReason.value === null);
  /** No live answer yet (none, or only withdrawn ones) and the demand takes answers. */
  const canRespond = computed(
    () =>
      state.value === 'ready' &&
      isOpen.value &&
      organizationVerified() &&
      (response.value === null || response.value.status === 'WITHDRAWN'),
  );
  const canWithdraw = computed(
    () =>
      response.value !== null &&
      WITHDRAWABLE.includes(response.value.status) &&
      demand().status !== 'AWARDED',
  );

  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    const demandId = demand().id;
    try {
      const [own, invited] = await Promise.all([
        list$(demandId, current.signal).catch((error: unknown) => {
          // A demand the firm reads only in summary may not list responses: it simply has none.
          if (error instanceof ApiProblem && error.status === 404) return { items: [] };
          throw error;
        }),
        invitations$(current.signal),
      ]);
      if (current.signal.aborted) return;
      responses.value = own.items;
      invitation.value = invited.items.find((i) => i.demandId === demandId) ?? null;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  // --- Interest or decline, one form at a time.
  const mode = ref<ResponseKind | null>(null);
  const form = reactive({
    proposal: '',
    /** As typed: a number of yuan, or empty. */
    price: '',
    /** As typed: whole days, or empty. */
    deliveryDays: '',
    reason: '',
  });
  const errors = useFormErrors({ fields: RESPONSE_FIELDS, fallbackKeys: FALLBACK_KEYS });
  const submitting = ref(false);
  /** The last action that succeeded, for a short confirmation. */
  const lastDone = ref<'INTEREST' | 'DECLINE' | 'withdrawn' | null>(null);

  function start(kind: ResponseKind): void {
    mode.value = kind;
    errors.clear();
    lastDone.value = null;
  }

  function cancel(): void {
    mode.value = null;
    errors.clear();
  }

  function body(kind: ResponseKind): ResponseCreateBody {
    if (kind === 'DECLINE') return { kind, reason: form.reason };
    return {
      kind,
      proposal: form.proposal,
      // Typed in 万元 (as budgets are), sent in yuan.
      price: wanOrNull(numberOrNull(form.price)),
      deliveryDays: numberOrNull(form.deliveryDays),
    };
  }

  async function submit(): Promise<boolean> {
    const kind = mode.value;
    if (!kind || submitting.value) return false;
    errors.clear();
    const payload = body(kind);
    const parsed = ResponseCreateSchema.safeParse(payload);
    if (!parsed.success) {
      // zod skips the cross-field rules when a field fails its own check: ask them too, so that every
      // problem shows at once.
      const consistency: SchemaIssue[] = responseConsistencyProblems(payload).map((p) => ({
        path: [p.field],
        code: 'custom',
        message: p.message,
        params: { messageZh: p.messageZh, code: p.code },
      }));
      errors.showIssues([...parsed.error.issues, ...consistency]);
      return false;
    }
    submitting.value = true;
    try {
      const created = await create$(demand().id, parsed.data);
      responses.value = [...responses.value, created];
      mode.value = null;
      lastDone.value = kind;
      form.proposal = '';
      form.price = '';
      form.deliveryDays = '';
      form.reason = '';
      return true;
    } catch (error) {
      errors.showProblem(error);
      // Answered meanwhile (another member, another tab): show what is there.
      if (error instanceof ApiProblem && error.code === 'ALREADY_RESPONDED') void refreshResponses();
      return false;
    } finally {
      submitting.value = false;
    }
  }

  async function refreshResponses(): Promise<void> {
    try {
      responses.value = (await list$(demand().id)).items;
    } catch {
      // Keeps what it shows.
    }
  }

  // --- Withdrawal, confirmed first.
  const withdrawing = ref(false);
  const withdrawOpen = ref(false);
  const withdrawError = shallowRef<LocalisedText | null>(null);
  /** Optional: the procurer reads it with the withdrawn response. */
  const withdrawReason = ref('');

  function askWithdraw(): void {
    withdrawReason.value = '';
    withdrawOpen.value = true;
    withdrawError.value = null;
    lastDone.value = null;
  }

  function cancelWithdraw(): void {
    if (!withdrawing.value) withdrawOpen.value = false;
  }

  async function confirmWithdraw(): Promise<boolean> {
    const target = response.value;
    if (!target || withdrawing.value) return false;
    withdrawError.value = null;
    withdrawing.value = true;
    try {
      const next = await withdraw$(target.id, withdrawReason.value.trim() || null);
      responses.value = responses.value.map((r) => (r.id === next.id ? next : r));
      withdrawOpen.value = false;
      lastDone.value = 'withdrawn';
      return true;
    } catch (error) {
      withdrawError.value = errorSummary(error);
      if (error instanceof ApiProblem && error.status === 409) void refreshResponses();
      return false;
    } finally {
      withdrawing.value = false;
    }
  }

  // --- 联系需求方: opens (or finds) the conversation; the view navigates to it.
  const contacting = ref(false);
  const contactError = shallowRef<LocalisedText | null>(null);

  async function contact(): Promise<string | null> {
    if (contacting.value) return null;
    contacting.value = true;
    contactError.value = null;
    try {
      return (await thread$(demand().id)).id;
    } catch (error) {
      contactError.value = errorSummary(error);
      return null;
    } finally {
      contacting.value = false;
    }
  }

  return {
    state,
    loadError,
    load,
    responses,
    response,
    invitation,
    closedReason,
    isOpen,
    canRespond,
    canWithdraw,
    mode,
    form,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitting,
    lastDone,
    start,
    cancel,
    submit,
    withdrawOpen,
    withdrawReason,
    withdrawError,
    withdrawing,
    askWithdraw,
    cancelWithdraw,
    confirmWithdraw,
    contacting,
    contactError,
    contact,
  };
}
