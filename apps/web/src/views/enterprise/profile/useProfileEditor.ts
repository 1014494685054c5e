import {
  type ProfileContent,
  type ProfileContentInput,
  ProfileContentSchema,
  type ProfileDraftView,
} from '@mcf/contracts';
import { type ProfileField, profileCompleteness } from '@mcf/domain';
import { computed, onScopeDispose, reactive, ref, shallowRef, watch } from 'vue';
import { getProfileDraft, publishProfile, reconfirmProfile, saveProfileDraft } from '../../../api/enterprises';
import { ApiProblem } from '../../../api/http';
import { regionChoiceOf, regionCodeOf } from '../../../components/region-select.util';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

/** What the editor holds: text fields as strings (empty means not given), lists as arrays. */
export interface ProfileForm {
  summary: string;
  sectors: string[];
  products: string[];
  capabilities: string[];
  equipment: string[];
  capacity: string;
  employees: number | null;
  foundedYear: number | null;
  regionCode: string;
  website: string;
  contactName: string;
  contactPhone: string;
  /** The base or park the firm names (an id of GET /parks); empty for none. */
  parkId: string;
}

export const PROFILE_FORM_FIELDS = [
  'summary',
  'sectors',
  'products',
  'capabilities',
  'equipment',
  'capacity',
  'employees',
  'foundedYear',
  'regionCode',
  'website',
  'contactName',
  'contactPhone',
  'parkId',
] as const;

export const AUTOSAVE_DELAY_MS = 1500;

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

const blank = (value: string): string | null => (value.trim() === '' ? null : value);

/** The wire body for the form: empty text is null, lists as they are. */
export function toProfileContent(form: ProfileForm): ProfileContentInput {
  return {
    summary: blank(form.summary),
    sectors: [...form.sectors] as ProfileContentInput['sectors'],
    products: [...form.products],
    capabilities: [...form.capabilities],
    equipment: [...form.equipment],
    capacity: blank(form.capacity),
    employees: form.employees,
    foundedYear: form.foundedYear,
    regionCode: blank(form.regionCode),
    website: blank(form.website),
    contactName: blank(form.contactName),
    contactPhone: blank(form.contactPhone),
    // Sent only when chosen: the draft is replaced whole, so leaving it out clears it.
    ...(form.parkId ? { parkId: form.parkId } : {}),
  };
}

export function toProfileForm(content: ProfileContent): ProfileForm {
  return {
    summary: content.summary ?? '',
    sectors: [...content.sectors],
    products: [...content.products],
    capabilities: [...content.capabilities],
    equipment: [...content.equipment],
    capacity: content.capacity ?? '',
    employees: content.employees ?? null,
    foundedYear: content.foundedYear ?? null,
    regionCode: content.regionCode ?? '',
    website: content.website ?? '',
    contactName: content.contactName ?? '',
    contactPhone: content.contactPhone ?? '',
    parkId: content.parkId ?? '',
  };
}

const FALLBACK_KEYS: Record<string, string> = {
  summary: 'profile.validation.summary',
  website: 'profile.validation.website',
  contactPhone: 'profile.validation.contactPhone',
  employees: 'profile.validation.employees',
  foundedYear: 'profile.validation.foundedYear',
  regionCode: 'validation.region',
};

export interface ProfileEditorDependencies {
  getProfileDraft?: typeof getProfileDraft;
  saveProfileDraft?: typeof saveProfileDraft;
  publishProfile?: typeof publishProfile;
  reconfirmProfile?: typeof reconfirmProfile;
  delayMs?: number;
  now?: () => Date;
}

/**
 * 能力档案: the draft editor. Every change is saved on its own ~1.5 s after the last keystroke; the form
 * is never overwritten by an answer, so an error never loses what was typed. Publishing saves first.
 */
export function useProfileEditor(orgId: string, dependencies: ProfileEditorDependencies = {}) {
  const load$ = dependencies.getProfileDraft ?? getProfileDraft;
  const save$ = dependencies.saveProfileDraft ?? saveProfileDraft;
  const publish$ = dependencies.publishProfile ?? publishProfile;
  const reconfirm$ = dependencies.reconfirmProfile ?? reconfirmProfile;
  const delayMs = dependencies.delayMs ?? AUTOSAVE_DELAY_MS;
  const now = dependencies.now ?? (() => new Date());

  const form = reactive<ProfileForm>(toProfileForm(ProfileContentSchema.parse({})));
  const view = shallowRef<ProfileDraftView | null>(null);
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const saveState = ref<SaveState>('idle');
  const savedAt = shallowRef<Date | null>(null);
  const saveError = shallowRef<LocalisedText | null>(null);
  const errors = useFormErrors({ fields: PROFILE_FORM_FIELDS, fallbackKeys: FALLBACK_KEYS });

  /** The region select: a Xianning division, or "elsewhere" with a typed six-digit code. */
  const regionChoice = ref('');
  const otherRegionCode = ref('');

  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<boolean> | null = null;
  let again = false;
  let listening = false;

  const completeness = computed(() => profileCompleteness(toProfileContent(form) as never));
  const missing = computed<readonly ProfileField[]>(() => completeness.value.missing);
  const dirty = ref(false);

  function schedule(): void {
    dirty.value = true;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void save();
    }, delayMs);
  }

  watch(form, () => listening && schedule(), { deep: true, flush: 'sync' });
  watch([regionChoice, otherRegionCode], () => {
    if (!listening) return;
    form.regionCode = regionCodeOf(regionChoice.value, otherRegionCode.value);
  }, { flush: 'sync' });

  async function load(): Promise<void> {
    state.value = 'loading';
    loadError.value = null;
    try {
      const draft = await load$(orgId);
      listening = false;
      Object.assign(form, toProfileForm(draft.draft));
      const { choice, otherCode } = regionChoiceOf(form.regionCode);
      regionChoice.value = choice;
      if (otherCode !== undefined) otherRegionCode.value = otherCode;
      listening = true;
      view.value = draft;
      savedAt.value = draft.draftUpdatedAt ? new Date(draft.draftUpdatedAt) : null;
      state.value = 'ready';
    } catch (error) {
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  /** Saves the draft now. Resolves true when what the form holds is saved. */
  function save(): Promise<boolean> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (inFlight) {
      again = true;
      return inFlight.then(() => (again ? save() : saveState.value === 'saved'));
    }
    again = false;
    const parsed = ProfileContentSchema.safeParse(toProfileContent(form));
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      saveState.value = 'error';
      saveError.value = messageKey('profile.save.invalid');
      return Promise.resolve(false);
    }
    errors.showIssues([]);
    saveState.value = 'saving';
    saveError.value = null;
    dirty.value = false;
    inFlight = save$(orgId, parsed.data)
      .then((next) => {
        view.value = next;
        savedAt.value = now();
        saveState.value = dirty.value ? 'saving' : 'saved';
        return true;
      })
      .catch((error: unknown) => {
        // The form keeps what was typed; the error says why it is not saved, and the next change retries.
        dirty.value = true;
        saveState.value = 'error';
        saveError.value = errorSummary(error);
        errors.showProblem(error);
        errors.formError.value = null;
        return false;
      })
      .finally(() => {
        inFlight = null;
      });
    return inFlight;
  }

  const publishing = ref(false);
  /** The fields a refused publish named (wire names: summary, sectors, products). */
  const incompleteFields = shallowRef<string[]>([]);
  const publishError = shallowRef<LocalisedText | null>(null);
  const confirmingPublish = ref(false);
  const justPublished = ref(false);

  function askPublish(): void {
    publishError.value = null;
    confirmingPublish.value = true;
  }

  function cancelPublish(): void {
    if (!publishing.value) confirmingPublish.value = false;
  }

  /** Saves what is typed, then publishes; a 422 names the fields still missing. */
  async function publish(): Promise<boolean> {
    if (publishing.value) return false;
    publishing.value = true;
    publishError.value = null;
    justPublished.value = false;
    incompleteFields.value = [];
    try {
      if ((dirty.value || timer !== null || inFlight !== null || saveState.value === 'error') && !(await save())) {
        publishError.value = saveError.value ?? messageKey('profile.save.invalid');
        return false;
      }
      view.value = await publish$(orgId);
      confirmingPublish.value = false;
      justPublished.value = true;
      return true;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 422) {
        errors.showProblem(error);
        errors.formError.value = null;
        const fields = (error.problem.errors ?? []).map((entry) => entry.field);
        publishError.value = messageKey('profile.publish.incomplete');
        incompleteFields.value = fields;
        // The side panel lists what is missing beside the form: the dialog has said its piece.
        confirmingPublish.value = false;
      } else {
        publishError.value = errorSummary(error);
      }
      return false;
    } finally {
      publishing.value = false;
    }
  }

  // --- A stale profile (not reconfirmed for a year) can be confirmed as still accurate without publishing again.
  const confirmingReconfirm = ref(false);
  const reconfirming = ref(false);
  const reconfirmError = shallowRef<LocalisedText | null>(null);
  const justReconfirmed = ref(false);

  function askReconfirm(): void {
    reconfirmError.value = null;
    confirmingReconfirm.value = true;
  }

  function cancelReconfirm(): void {
    if (!reconfirming.value) confirmingReconfirm.value = false;
  }

  async function reconfirm(): Promise<boolean> {
    if (reconfirming.value) return false;
    reconfirming.value = true;
    reconfirmError.value = null;
    try {
      view.value = await reconfirm$(orgId);
      confirmingReconfirm.value = false;
      justReconfirmed.value = true;
      return true;
    } catch (error) {
      reconfirmError.value = errorSummary(error);
      return false;
    } finally {
      reconfirming.value = false;
    }
  }

  onScopeDispose(() => {
    // Leaving the page with a change still waiting: save it rather than drop it.
    if (timer) {
      clearTimeout(timer);
      timer = null;
      void save();
    }
  });

  void load();

  return {
    form,
    view,
    state,
    loadError,
    load,
    saveState,
    savedAt,
    saveError,
    fieldErrors: errors.fieldErrors,
    completeness,
    missing,
    regionChoice,
    otherRegionCode,
    save,
    publishing,
    publishError,
    incompleteFields,
    confirmingPublish,
    justPublished,
    askPublish,
    cancelPublish,
    publish,
    confirmingReconfirm,
    reconfirming,
    reconfirmError,
    justReconfirmed,
    askReconfirm,
    cancelReconfirm,
    reconfirm,
  };
}
