import {
  type OfferAttachmentView,
  type OfferContentInput,
  OfferContentSchema,
  type OfferDirection,
  type OfferIpStatus,
  type OfferTransferMode,
  type OfferView,
} from '@mcf/contracts';
import { offerSubmitProblems, type SectorCode } from '@mcf/domain';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { createOffer, getOffer, submitOffer, updateOffer } from '../../../api/offers';
import { ApiProblem } from '../../../api/http';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/** What the editor holds; patent numbers and uses as lists of tags. */
export interface OfferForm {
  title: string;
  summary: string;
  sectors: SectorCode[];
  readinessLevel: number;
  transferModes: OfferTransferMode[];
  direction: OfferDirection;
  ipStatus: OfferIpStatus;
  patentNumbers: string[];
  applications: string[];
  expectedTerms: string;
  regionCode: string;
  nonClassified: boolean;
}

export const OFFER_FORM_FIELDS: readonly string[] = [
  'title',
  'summary',
  'sectors',
  'readinessLevel',
  'transferModes',
  'direction',
  'ip.status',
  'ip.patentNumbers',
  ...Array.from({ length: 20 }, (_, index) => `ip.patentNumbers.${index}`),
  'applications',
  'expectedTerms',
  'regionCode',
  'nonClassified',
];

export function emptyOfferForm(): OfferForm {
  return {
    title: '',
    summary: '',
    sectors: [],
    readinessLevel: 4,
    transferModes: [],
    direction: 'MILITARY_TO_CIVIL',
    ipStatus: 'NONE',
    patentNumbers: [],
    applications: [],
    expectedTerms: '',
    regionCode: '',
    nonClassified: false,
  };
}

export function formOf(offer: OfferView): OfferForm {
  return {
    title: offer.title,
    summary: offer.summary,
    sectors: [...offer.sectors],
    readinessLevel: offer.readinessLevel,
    transferModes: [...offer.transferModes],
    direction: offer.direction,
    ipStatus: offer.ip.status,
    patentNumbers: [...offer.ip.patentNumbers],
    applications: [...offer.applications],
    expectedTerms: offer.expectedTerms,
    regionCode: offer.regionCode ?? '',
    nonClassified: offer.nonClassified,
  };
}

/** The form as the API takes it (the same schema checks it here first). */
export function contentOf(form: OfferForm): OfferContentInput {
  return {
    title: form.title,
    summary: form.summary,
    sectors: form.sectors,
    readinessLevel: form.readinessLevel,
    transferModes: form.transferModes,
    direction: form.direction,
    ip: { status: form.ipStatus, patentNumbers: form.patentNumbers },
    applications: form.applications,
    expectedTerms: form.expectedTerms,
    regionCode: form.regionCode || null,
    nonClassified: form.nonClassified,
  };
}

export interface OfferEditorDependencies {
  createOffer?: typeof createOffer;
  updateOffer?: typeof updateOffer;
  getOffer?: typeof getOffer;
  submitOffer?: typeof submitOffer;
}

/**
 * 发布技术成果: the offer's content checked with the contract's schema before it is sent; saved as a draft,
 * or saved and submitted for review. What still stops a submission (summary, sector, transfer mode, the
 * non-classified declaration, classification markings) is shown while typing, by the domain's own rule.
 */
export function useOfferEditor(offerId: string | null, dependencies: OfferEditorDependencies = {}) {
  const create$ = dependencies.createOffer ?? createOffer;
  const update$ = dependencies.updateOffer ?? updateOffer;
  const get$ = dependencies.getOffer ?? getOffer;
  const submit$ = dependencies.submitOffer ?? submitOffer;

  const form = reactive<OfferForm>(emptyOfferForm());
  const id = ref<string | null>(offerId);
  /** The files already attached (the editor adds and removes them through useAttachments). */
  const attachments = shallowRef<OfferAttachmentView[]>([]);
  const state = ref<'loading' | 'ready' | 'error' | 'locked'>(offerId ? 'loading' : 'ready');
  const loadError = shallowRef<LocalisedText | null>(null);
  const saving = ref(false);
  const errors = useFormErrors({ fields: OFFER_FORM_FIELDS, fallbackKeys: {}, defaultKey: 'validation.invalid' });
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  const submitProblems = computed(() =>
    offerSubmitProblems({ ...form, texts: [...form.applications, form.expectedTerms, ...form.patentNumbers] }),
  );

  async function load(): Promise<void> {
    if (!id.value) return;
    controller?.abort();
    const current = new AbortController();
    controller = current;
    state.value = 'loading';
    try {
      const offer = await get$(id.value, current.signal);
      if (current.signal.aborted) return;
      Object.assign(form, formOf(offer));
      attachments.value = offer.attachments;
      state.value = offer.status === 'DRAFT' || offer.status === 'REJECTED' ? 'ready' : 'locked';
    } catch (error) {
      if (current.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  /** Checks and saves; the offer's id, or null when the form or the API refused it. */
  async function save(): Promise<string | null> {
    errors.clear();
    const parsed = OfferContentSchema.safeParse(contentOf(form));
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return null;
    }
    saving.value = true;
    try {
      if (id.value) await update$(id.value, contentOf(form));
      else id.value = (await create$(contentOf(form))).id;
      return id.value;
    } catch (error) {
      errors.showProblem(error);
      return null;
    } finally {
      saving.value = false;
    }
  }

  /** Saves, then submits for review; true when the offer is waiting for an administrator. */
  async function saveAndSubmit(): Promise<boolean> {
    const saved = await save();
    if (!saved) return false;
    saving.value = true;
    try {
      await submit$(saved);
      return true;
    } catch (error) {
      errors.showProblem(error);
      if (error instanceof ApiProblem && error.status === 409) await load();
      return false;
    } finally {
      saving.value = false;
    }
  }

  void load();

  return {
    form,
    id,
    attachments,
    state,
    loadError,
    saving,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    submitProblems,
    load,
    save,
    saveAndSubmit,
  };
}
