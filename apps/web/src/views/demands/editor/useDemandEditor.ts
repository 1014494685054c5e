import {
  type DemandContentInput,
  DemandContentSchema,
  type DemandView,
  type DemandVisibility,
} from '@mcf/contracts';
import {
  chinaDateOf,
  demandPublishProblems,
  type QualificationTypeCode,
  type SectorCode,
} from '@mcf/domain';
import { computed, inject, type InjectionKey, onScopeDispose, reactive, ref, shallowRef, watch } from 'vue';
import { createDemand, getDemand, publishDemand, updateDemand } from '../../../api/demands';
import { ApiProblem } from '../../../api/http';
import { regionChoiceOf, regionCodeOf } from '../../../components/region-select.util';
import { errorSummary, fieldPath, useFormErrors } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

/** 什么需求 → 资质要求 → 可见范围 → 确认发布. */
export const DEMAND_STEPS = ['what', 'qualifications', 'visibility', 'review'] as const;
export type DemandStep = (typeof DEMAND_STEPS)[number];

/** The contract allows up to ten required qualifications. */
export const MAX_REQUIRED_QUALIFICATIONS = 10;

/** Fields the API asks for before it publishes (description ≥ 10 characters, a sector, a deadline). */
export const REQUIRED_TO_PUBLISH: readonly string[] = ['title', 'description', 'sectors', 'deadline'];

export interface QualificationRow {
  /** Stable key for the list while rows are added and removed. */
  key: number;
  type: QualificationTypeCode | '';
  minLevel: number | null;
}

/** What the editor holds: text as strings (empty means not given), amounts in yuan. */
export interface DemandForm {
  title: string;
  description: string;
  sectors: SectorCode[];
  quantity: string;
  budgetMin: number | null;
  budgetMax: number | null;
  deliveryPlace: string;
  regionCode: string;
  deadline: string;
  requiredQualifications: QualificationRow[];
  visibility: DemandVisibility;
}

const STEP_ONE_FIELDS = [
  'title',
  'description',
  'sectors',
  'quantity',
  'budgetMin',
  'budgetMax',
  'deliveryPlace',
  'regionCode',
  'deadline',
] as const;

const QUALIFICATION_FIELDS = [
  'requiredQualifications',
  ...Array.from({ length: MAX_REQUIRED_QUALIFICATIONS }, (_, index) => [
    `requiredQualifications.${index}`,
    `requiredQualifications.${index}.type`,
    `requiredQualifications.${index}.minLevel`,
  ]).flat(),
];

export const DEMAND_FORM_FIELDS: readonly string[] = [...STEP_ONE_FIELDS, ...QUALIFICATION_FIELDS, 'visibility'];

/** The step a (wire) field is edited on; unknown fields belong to the first. */
export function stepOfField(field: string): number {
  if (field === 'visibility') return 2;
  if (field === 'requiredQualifications' || field.startsWith('requiredQualifications.')) return 1;
  return 0;
}

const FALLBACK_KEYS: Record<string, string> = {
  title: 'demands.validation.title',
  description: 'demands.validation.description',
  sectors: 'demands.validation.sectors',
  quantity: 'demands.validation.quantity',
  budgetMin: 'demands.validation.budget',
  budgetMax: 'demands.validation.budget',
  deliveryPlace: 'demands.validation.deliveryPlace',
  regionCode: 'validation.region',
  deadline: 'demands.validation.deadline',
  requiredQualifications: 'demands.validation.tooManyQualifications',
  ...Object.fromEntries(
    Array.from({ length: MAX_REQUIRED_QUALIFICATIONS }, (_, index) => [
      [`requiredQualifications.${index}.type`, 'demands.validation.qualificationType'],
      [`requiredQualifications.${index}.minLevel`, 'demands.validation.level'],
    ]).flat(),
  ),
};

const blank = (value: string): string | null => (value.trim() === '' ? null : value.trim());

export function emptyDemandForm(): DemandForm {
  return {
    title: '',
    description: '',
    sectors: [],
    quantity: '',
    budgetMin: null,
    budgetMax: null,
    deliveryPlace: '',
    regionCode: '',
    deadline: '',
    requiredQualifications: [],
    visibility: 'PUBLIC',
  };
}

/** The wire body for the form: empty text is null, a level only for SECRECY. */
export function toDemandContent(form: DemandForm): DemandContentInput {
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    sectors: [...form.sectors],
    requiredQualifications: form.requiredQualifications.map((row) => ({
      // An unchosen type stays empty so that the schema names the row; it is never sent.
      type: row.type as QualificationTypeCode,
      minLevel: row.type === 'SECRECY' ? row.minLevel : null,
    })),
    quantity: blank(form.quantity),
    budgetMin: form.budgetMin,
    budgetMax: form.budgetMax,
    deliveryPlace: blank(form.deliveryPlace),
    regionCode: blank(form.regionCode),
    deadline: blank(form.deadline),
    visibility: form.visibility,
  };
}

let rowKeys = 0;
const nextRowKey = () => (rowKeys += 1);

export function toDemandForm(view: DemandView): DemandForm {
  return {
    title: view.title,
    description: view.description ?? '',
    sectors: [...view.sectors],
    quantity: view.quantity ?? '',
    budgetMin: view.budgetMin,
    budgetMax: view.budgetMax,
    deliveryPlace: view.deliveryPlace ?? '',
    regionCode: view.regionCode ?? '',
    deadline: view.deadline ?? '',
    requiredQualifications: view.requiredQualifications.map((entry) => ({
      key: nextRowKey(),
      type: entry.type,
      minLevel: entry.minLevel,
    })),
    visibility: view.visibility,
  };
}

/** Where the demand stands for the editor: new, a draft, published (edits re-match) or no longer editable. */
export type EditorMode = 'new' | 'draft' | 'published' | 'readonly';

export interface DemandEditorDependencies {
  getDemand?: typeof getDemand;
  createDemand?: typeof createDemand;
  updateDemand?: typeof updateDemand;
  publishDemand?: typeof publishDemand;
  now?: () => Date;
}

export interface DemandEditorHooks {
  /** A new demand got its id (the page moves to the edit address). */
  onCreated?: (demand: DemandView) => void;
}

/**
 * 发布需求 / 修改需求: a four-step editor. Saving is explicit (a published demand gets a new version and
 * is matched again on every save, so nothing is saved behind the user's back); each step is checked with
 * the contract's schema before moving on, and the API's field errors land on their fields and steps.
 */
export function useDemandEditor(dependencies: DemandEditorDependencies = {}, hooks: DemandEditorHooks = {}) {
  const get$ = dependencies.getDemand ?? getDemand;
  const create$ = dependencies.createDemand ?? createDemand;
  const update$ = dependencies.updateDemand ?? updateDemand;
  const publish$ = dependencies.publishDemand ?? publishDemand;
  const now = dependencies.now ?? (() => new Date());

  const form = reactive<DemandForm>(emptyDemandForm());
  const demand = shallowRef<DemandView | null>(null);
  const demandId = ref<string | null>(null);
  const state = ref<'loading' | 'ready' | 'not-found' | 'error'>('ready');
  const loadError = shallowRef<LocalisedText | null>(null);
  const step = ref(0);
  const errors = useFormErrors({ fields: DEMAND_FORM_FIELDS, fallbackKeys: FALLBACK_KEYS });
  const baseline = ref(JSON.stringify(toDemandContent(form)));
  const saving = ref(false);
  const savedAt = shallowRef<Date | null>(null);

  /** The region select: a Xianning division, or "elsewhere" with a typed six-digit code. */
  const regionChoice = ref('');
  const otherRegionCode = ref('');
  let syncingRegion = false;
  watch(
    [regionChoice, otherRegionCode],
    () => {
      if (syncingRegion) return;
      form.regionCode = regionCodeOf(regionChoice.value, otherRegionCode.value);
    },
    { flush: 'sync' },
  );

  function setRegionChoice(code: string): void {
    syncingRegion = true;
    const { choice, otherCode } = regionChoiceOf(code);
    regionChoice.value = choice;
    if (otherCode !== undefined) otherRegionCode.value = otherCode;
    syncingRegion = false;
  }

  const mode = computed<EditorMode>(() => {
    const status = demand.value?.status;
    if (!status) return 'new';
    if (status === 'DRAFT') return 'draft';
    if (status === 'PUBLISHED') return 'published';
    return 'readonly';
  });
  const snapshot = () => JSON.stringify(toDemandContent(form));
  const dirty = computed(() => snapshot() !== baseline.value);

  function fill(view: DemandView): void {
    demand.value = view;
    demandId.value = view.id;
    Object.assign(form, toDemandForm(view));
    setRegionChoice(form.regionCode);
    baseline.value = snapshot();
  }

  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  /** Opens a demand to edit, or (null) a blank new one. */
  async function open(id: string | null): Promise<void> {
    controller?.abort();
    errors.clear();
    step.value = 0;
    savedAt.value = null;
    if (id === null) {
      demand.value = null;
      demandId.value = null;
      Object.assign(form, emptyDemandForm());
      setRegionChoice('');
      otherRegionCode.value = '';
      baseline.value = snapshot();
      state.value = 'ready';
      return;
    }
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    loadError.value = null;
    try {
      const view = await get$(id, current.signal);
      if (current.signal.aborted) return;
      fill(view);
      state.value = 'ready';
    } catch (error) {
      if (current.signal.aborted) return;
      if (error instanceof ApiProblem && (error.status === 404 || error.status === 403)) state.value = 'not-found';
      else {
        loadError.value = errorSummary(error);
        state.value = 'error';
      }
    }
  }

  // --- Rows of required qualifications.
  function addQualification(): void {
    if (form.requiredQualifications.length >= MAX_REQUIRED_QUALIFICATIONS) return;
    form.requiredQualifications.push({ key: nextRowKey(), type: '', minLevel: null });
  }

  function removeQualification(key: number): void {
    const index = form.requiredQualifications.findIndex((row) => row.key === key);
    if (index === -1) return;
    form.requiredQualifications.splice(index, 1);
    // Row errors are by position: after a removal they no longer point at the right rows.
    errors.showIssues([], QUALIFICATION_FIELDS);
  }

  function setQualificationType(key: number, type: QualificationTypeCode | ''): void {
    const row = form.requiredQualifications.find((entry) => entry.key === key);
    if (!row) return;
    row.type = type;
    if (type !== 'SECRECY') row.minLevel = null;
  }

  /** Types already required, which another row may not choose again. */
  const chosenTypes = computed(() => new Set(form.requiredQualifications.map((row) => row.type).filter(Boolean)));

  // --- Checking.
  function issues() {
    const parsed = DemandContentSchema.safeParse(toDemandContent(form));
    return parsed.success ? [] : parsed.error.issues;
  }

  const fieldsOfStep = (index: number) => DEMAND_FORM_FIELDS.filter((field) => stepOfField(field) === index);

  /** Checks one step's fields (showing their errors); true when they are fine. */
  function checkStep(index: number): boolean {
    const found = issues().filter((issue) => stepOfField(fieldPath(issue)) === index);
    errors.showIssues(found, fieldsOfStep(index));
    return found.length === 0;
  }

  /** Checks everything; on a problem, shows it and moves to the first step that has one. */
  function checkAll(): boolean {
    const found = issues();
    errors.showIssues(found);
    if (found.length === 0) return true;
    step.value = Math.min(...found.map((issue) => stepOfField(fieldPath(issue))));
    return false;
  }

  function next(): void {
    if (step.value < DEMAND_STEPS.length - 1 && checkStep(step.value)) step.value += 1;
  }

  function previous(): void {
    if (step.value > 0) step.value -= 1;
  }

  /** Back is always possible; forward only past steps that check out. */
  function goTo(target: number): void {
    if (target < 0 || target >= DEMAND_STEPS.length) return;
    for (let index = step.value; index < target; index += 1) {
      if (!checkStep(index)) {
        step.value = index;
        return;
      }
    }
    step.value = target;
  }

  /** The API refused: field errors on their fields (and to their step), the title as the form's error. */
  function showRefusal(error: unknown): void {
    errors.showProblem(error);
    if (error instanceof ApiProblem) {
      const fields = (error.problem.errors ?? []).map((entry) => entry.field).filter((field) => DEMAND_FORM_FIELDS.includes(field));
      if (fields.length > 0) step.value = Math.min(...fields.map(stepOfField));
    }
  }

  /** Saves the form (creating the demand the first time). Resolves the saved demand, or null. */
  async function save(): Promise<DemandView | null> {
    if (saving.value) return null;
    errors.formError.value = null;
    if (!checkAll()) {
      errors.formError.value = messageKey('demands.editor.invalid');
      return null;
    }
    const content = DemandContentSchema.parse(toDemandContent(form));
    const sent = snapshot();
    saving.value = true;
    try {
      const isNew = demandId.value === null;
      const view = isNew ? await create$(content) : await update$(demandId.value!, content);
      demand.value = view;
      demandId.value = view.id;
      // What was typed while saving stays unsaved (and the form keeps it).
      baseline.value = sent;
      savedAt.value = now();
      if (isNew) hooks.onCreated?.(view);
      return view;
    } catch (error) {
      showRefusal(error);
      return null;
    } finally {
      saving.value = false;
    }
  }

  // --- Publishing a draft, or saving a published demand (a new version): both confirmed first.
  const confirming = ref<'publish' | 'saveChanges' | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const publishing = ref(false);

  function ask(action: 'publish' | 'saveChanges'): void {
    actionError.value = null;
    errors.formError.value = null;
    if (!checkAll() || !checkPublishable()) {
      errors.formError.value = messageKey('demands.editor.invalid');
      return;
    }
    confirming.value = action;
  }

  /**
   * The API's publishing rules (libs/domain), checked before asking: a published demand, and each new
   * version of it, needs a description, a sector and a deadline not in the past. Shows each at its field.
   */
  function checkPublishable(): boolean {
    const problems = demandPublishProblems(
      { description: form.description, sectors: form.sectors, deadline: form.deadline || null },
      chinaDateOf(new Date()),
    );
    for (const problem of problems) errors.setFieldError(problem.field, bilingual(problem.messageZh, problem.message));
    if (problems.length > 0) step.value = Math.min(...problems.map((problem) => stepOfField(problem.field)));
    return problems.length === 0;
  }

  function cancelAsk(): void {
    if (!saving.value && !publishing.value) confirming.value = null;
  }

  /** Saves what is typed, then publishes. Resolves the published demand, or null. */
  async function publish(): Promise<DemandView | null> {
    if (publishing.value) return null;
    publishing.value = true;
    actionError.value = null;
    try {
      if (demandId.value === null || dirty.value) {
        const saved = await save();
        if (!saved) {
          // Field errors show at their fields (the dialog closes); anything else stays in the dialog.
          if (errors.hasFieldErrors()) confirming.value = null;
          else actionError.value = errors.formError.value;
          return null;
        }
      }
      const view = await publish$(demandId.value!);
      demand.value = view;
      confirming.value = null;
      return view;
    } catch (error) {
      const fieldErrors = error instanceof ApiProblem && (error.problem.errors ?? []).length > 0;
      if (fieldErrors) {
        // 422 DEMAND_INCOMPLETE: the fields say what is missing; the dialog has said its piece.
        showRefusal(error);
        confirming.value = null;
      } else {
        actionError.value = errorSummary(error);
      }
      return null;
    } finally {
      publishing.value = false;
    }
  }

  /** Saves a published demand as its next version (matching runs again). */
  async function saveChanges(): Promise<DemandView | null> {
    const view = await save();
    if (view || errors.hasFieldErrors()) confirming.value = null;
    else actionError.value = errors.formError.value;
    return view;
  }

  return {
    form,
    demand,
    demandId,
    mode,
    state,
    loadError,
    open,
    step,
    next,
    previous,
    goTo,
    checkStep,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    regionChoice,
    otherRegionCode,
    addQualification,
    removeQualification,
    setQualificationType,
    chosenTypes,
    dirty,
    saving,
    savedAt,
    save,
    confirming,
    actionError,
    publishing,
    ask,
    cancelAsk,
    publish,
    saveChanges,
  };
}

export type DemandEditor = ReturnType<typeof useDemandEditor>;

/** The page's editor, handed to its step components (components/) by provide/inject. */
export const DEMAND_EDITOR: InjectionKey<DemandEditor> = Symbol('DemandEditor');

/** In a step component: the editor of the page around it. */
export function injectDemandEditor(): DemandEditor {
  const editor = inject(DEMAND_EDITOR, null);
  if (!editor) throw new Error('A demand editor step is used outside the demand editor page');
  return editor;
}
