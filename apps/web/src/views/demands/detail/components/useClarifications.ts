import {
  ClarificationAnswerSchema,
  ClarificationCreateSchema,
  type ClarificationView,
  type DemandView,
} from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import { answerClarification, askClarification, listClarifications } from '../../../../api/clarifications';
import { ApiProblem } from '../../../../api/http';
import { errorSummary, issuesToFieldErrors, problemFieldErrors } from '../../../../composables/useFormErrors';
import type { LocalisedText } from '../../../../composables/useLocalisedText';

export interface ClarificationsDependencies {
  listClarifications?: typeof listClarifications;
  askClarification?: typeof askClarification;
  answerClarification?: typeof answerClarification;
  now?: () => Date;
}

export interface ClarificationsViewer {
  /** The demand's procurer: sees every question and answers. */
  isOwner: () => boolean;
  /** A firm (not the owner): may ask while the demand is open, once verified. */
  isEnterprise: () => boolean;
  organizationVerified: () => boolean;
}

/**
 * 答疑: the published questions and answers of a demand (who asked stays hidden from other firms);
 * a firm asks and sees its own open questions as 待答复; the procurer sees every question and answers
 * each once, publishing the answer.
 */
export function useClarifications(
  demand: () => DemandView,
  viewer: ClarificationsViewer,
  dependencies: ClarificationsDependencies = {},
) {
  const list$ = dependencies.listClarifications ?? listClarifications;
  const ask$ = dependencies.askClarification ?? askClarification;
  const answer$ = dependencies.answerClarification ?? answerClarification;
  const now = dependencies.now ?? (() => new Date());

  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const items = shallowRef<ClarificationView[]>([]);

  /** Answered ones, oldest first (the API's order). */
  const answered = computed(() => items.value.filter((c) => c.answer !== null));
  /** Unanswered: for a firm its own (待答复), for the owner every open question. */
  const open = computed(() => items.value.filter((c) => c.answer === null));

  const demandOpen = computed(() => {
    const view = demand();
    return view.status === 'PUBLISHED' && !(view.deadline && view.deadline < chinaDateOf(now()));
  });
  const canAsk = computed(() => viewer.isEnterprise() && !viewer.isOwner() && demandOpen.value);
  /** A firm that could ask but is not verified yet. */
  const mustVerifyToAsk = computed(() => canAsk.value && !viewer.organizationVerified());

  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const list = await list$(demand().id, current.signal);
      if (current.signal.aborted) return;
      items.value = list.items;
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function replace(next: ClarificationView): void {
    items.value = items.value.some((c) => c.id === next.id)
      ? items.value.map((c) => (c.id === next.id ? next : c))
      : [...items.value, next];
  }

  // --- A firm asks.
  const question = ref('');
  const questionError = shallowRef<LocalisedText | null>(null);
  const askError = shallowRef<LocalisedText | null>(null);
  const asking = ref(false);
  const asked = ref(false);

  async function ask(): Promise<boolean> {
    if (asking.value) return false;
    questionError.value = null;
    askError.value = null;
    asked.value = false;
    const parsed = ClarificationCreateSchema.safeParse({ question: question.value });
    if (!parsed.success) {
      questionError.value =
        issuesToFieldErrors(parsed.error.issues, { question: 'clarifications.errors.question' }).question ?? null;
      return false;
    }
    asking.value = true;
    try {
      replace(await ask$(demand().id, parsed.data.question));
      question.value = '';
      asked.value = true;
      return true;
    } catch (error) {
      const fields = error instanceof ApiProblem ? problemFieldErrors(error.problem) : {};
      if (fields.question) questionError.value = fields.question;
      else askError.value = errorSummary(error);
      return false;
    } finally {
      asking.value = false;
    }
  }

  // --- The owner answers, each question once.
  const drafts = ref<Record<string, string>>({});
  const answerErrors = shallowRef<Record<string, LocalisedText>>({});
  const answering = ref<string | null>(null);

  function setAnswerError(id: string, message: LocalisedText | null): void {
    const next = { ...answerErrors.value };
    if (message) next[id] = message;
    else delete next[id];
    answerErrors.value = next;
  }

  async function answer(id: string): Promise<boolean> {
    if (answering.value) return false;
    setAnswerError(id, null);
    const parsed = ClarificationAnswerSchema.safeParse({ answer: drafts.value[id] ?? '' });
    if (!parsed.success) {
      setAnswerError(
        id,
        issuesToFieldErrors(parsed.error.issues, { answer: 'clarifications.errors.answer' }).answer ?? null,
      );
      return false;
    }
    answering.value = id;
    try {
      replace(await answer$(id, parsed.data.answer));
      const rest = { ...drafts.value };
      delete rest[id];
      drafts.value = rest;
      return true;
    } catch (error) {
      const fields = error instanceof ApiProblem ? problemFieldErrors(error.problem) : {};
      setAnswerError(id, fields.answer ?? errorSummary(error));
      // Answered meanwhile: show the published answer.
      if (error instanceof ApiProblem && error.code === 'ALREADY_ANSWERED') void load();
      return false;
    } finally {
      answering.value = null;
    }
  }

  return {
    state,
    loadError,
    load,
    items,
    answered,
    open,
    demandOpen,
    canAsk,
    mustVerifyToAsk,
    question,
    questionError,
    askError,
    asking,
    asked,
    ask,
    drafts,
    answerErrors,
    answering,
    answer,
  };
}
