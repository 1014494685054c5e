import {
  type SuggestionRelation,
  type VocabularySuggestionApprove,
  VocabularySuggestionApproveSchema,
  type VocabularySuggestionPage,
  VocabularySuggestionRejectSchema,
  type VocabularySuggestionStatus,
  type VocabularySuggestionView,
} from '@mcf/contracts';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../../api/http';
import {
  approveVocabularySuggestion,
  listVocabularySuggestions,
  rejectVocabularySuggestion,
  type SuggestionListQuery,
} from '../../../api/vocabulary';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText } from '../../../composables/useLocalisedText';

/** The status filter; ALL asks without one. */
export type SuggestionFilter = VocabularySuggestionStatus | 'ALL';
export const SUGGESTION_FILTERS: readonly SuggestionFilter[] = ['PENDING', 'APPROVED', 'REJECTED', 'ALL'];

export const SUGGESTION_PAGE_SIZE = 20;

/** The API query for a filter and page. */
export function buildSuggestionQuery(filter: SuggestionFilter, page: number): SuggestionListQuery {
  return filter === 'ALL' ? { page, pageSize: SUGGESTION_PAGE_SIZE } : { status: filter, page, pageSize: SUGGESTION_PAGE_SIZE };
}

/** The approve dialog: relation and terms start as suggested; only what the administrator changed is sent. */
export interface ApprovalDraft {
  relation: SuggestionRelation;
  first: string;
  second: string;
  reason: string;
}

/** The approval body: corrections only when they differ from the suggestion, the reason when given. */
export function buildApproval(suggestion: VocabularySuggestionView, draft: ApprovalDraft): VocabularySuggestionApprove {
  const body: VocabularySuggestionApprove = {};
  if (draft.relation !== suggestion.relation) body.relation = draft.relation;
  const terms: [string, string] = [draft.first.trim(), draft.second.trim()];
  if (terms[0] !== suggestion.terms[0] || terms[1] !== suggestion.terms[1]) body.terms = terms;
  if (draft.reason.trim() !== '') body.reason = draft.reason.trim();
  return body;
}

/** Every problem the API names (a contradiction, a duplicate), in both languages. */
export function problemMessages(error: unknown): LocalisedText[] {
  if (!(error instanceof ApiProblem)) return [errorSummary(error)];
  const named = (error.problem.errors ?? []).map((e) => bilingual(e.messageZh ?? e.message, e.message));
  return [errorSummary(error), ...named];
}

const FALLBACK_KEYS: Readonly<Record<string, string>> = { reason: 'validation.reason' };

export interface VocabularySuggestionsDependencies {
  list?: typeof listVocabularySuggestions;
  approve?: typeof approveVocabularySuggestion;
  reject?: typeof rejectVocabularySuggestion;
}

/** 词表建议: mined pairs by status, with evidence; pending ones approved (relation may be corrected) or rejected. */
export function useVocabularySuggestions(dependencies: VocabularySuggestionsDependencies = {}) {
  const list$ = dependencies.list ?? listVocabularySuggestions;
  const approve$ = dependencies.approve ?? approveVocabularySuggestion;
  const reject$ = dependencies.reject ?? rejectVocabularySuggestion;

  const filter = ref<SuggestionFilter>('PENDING');
  const page = ref(1);
  const result = shallowRef<VocabularySuggestionPage | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const items = computed(() => result.value?.items ?? []);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const next = await list$(buildSuggestionQuery(filter.value, page.value), current.signal);
      if (current.signal.aborted) return;
      result.value = next;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function showFilter(next: SuggestionFilter): Promise<void> {
    filter.value = next;
    page.value = 1;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  // --- Decisions: one dialog at a time.
  const approving = shallowRef<VocabularySuggestionView | null>(null);
  const rejecting = shallowRef<VocabularySuggestionView | null>(null);
  const draft = reactive<ApprovalDraft>({ relation: 'equivalent', first: '', second: '', reason: '' });
  const rejectReason = ref('');
  const fieldErrors = shallowRef<Record<string, LocalisedText>>({});
  const actionErrors = shallowRef<LocalisedText[]>([]);
  const acting = ref(false);
  const lastDecided = shallowRef<VocabularySuggestionView | null>(null);

  function clearErrors(): void {
    fieldErrors.value = {};
    actionErrors.value = [];
  }

  function askApprove(suggestion: VocabularySuggestionView): void {
    clearErrors();
    rejecting.value = null;
    Object.assign(draft, { relation: suggestion.relation, first: suggestion.terms[0], second: suggestion.terms[1], reason: '' });
    approving.value = suggestion;
  }

  function askReject(suggestion: VocabularySuggestionView): void {
    clearErrors();
    approving.value = null;
    rejectReason.value = '';
    rejecting.value = suggestion;
  }

  function cancel(): void {
    if (acting.value) return;
    approving.value = null;
    rejecting.value = null;
  }

  async function decide(work: () => Promise<VocabularySuggestionView>): Promise<boolean> {
    acting.value = true;
    actionErrors.value = [];
    try {
      lastDecided.value = await work();
      approving.value = null;
      rejecting.value = null;
      await load();
      return true;
    } catch (error) {
      actionErrors.value = problemMessages(error);
      // Decided elsewhere meanwhile, or gone: show the list as it is now.
      if (error instanceof ApiProblem && (error.status === 404 || error.problem.code === 'SUGGESTION_ALREADY_DECIDED'))
        void load();
      return false;
    } finally {
      acting.value = false;
    }
  }

  async function confirmApprove(): Promise<boolean> {
    const suggestion = approving.value;
    if (!suggestion || acting.value) return false;
    const body = buildApproval(suggestion, draft);
    const parsed = VocabularySuggestionApproveSchema.safeParse(body);
    fieldErrors.value = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues, FALLBACK_KEYS);
    if (!parsed.success) return false;
    return decide(() => approve$(suggestion.id, body));
  }

  async function confirmReject(): Promise<boolean> {
    const suggestion = rejecting.value;
    if (!suggestion || acting.value) return false;
    const body = { reason: rejectReason.value };
    const parsed = VocabularySuggestionRejectSchema.safeParse(body);
    fieldErrors.value = parsed.success ? {} : issuesToFieldErrors(parsed.error.issues, FALLBACK_KEYS);
    if (!parsed.success) return false;
    return decide(() => reject$(suggestion.id, { reason: rejectReason.value.trim() }));
  }

  return {
    filter,
    page,
    result,
    items,
    state,
    loadError,
    load,
    showFilter,
    setPage,
    approving,
    rejecting,
    draft,
    rejectReason,
    fieldErrors,
    actionErrors,
    acting,
    lastDecided,
    askApprove,
    askReject,
    cancel,
    confirmApprove,
    confirmReject,
    dismissNotice: () => {
      lastDecided.value = null;
    },
  };
}
