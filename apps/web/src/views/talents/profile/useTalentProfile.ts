import {
  type MatchedNeedView,
  TALENT_CONSENT_VERSION,
  type TalentProfileView,
  TalentProfileRequestSchema,
} from '@mcf/contracts';
import type { SectorCode, TalentAvailability } from '@mcf/domain';
import { onMounted, reactive, ref, shallowRef } from 'vue';
import { ApiProblem } from '../../../api/http';
import {
  myMatchedNeeds,
  myTalentProfile,
  publishTalentProfile,
  updateTalentProfile,
  withdrawTalentProfile,
} from '../../../api/talents';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

const FIELDS = ['name', 'title', 'specialties', 'sectors', 'availability', 'regionCode', 'summary', 'consent'] as const;

export interface TalentForm {
  name: string;
  title: string;
  specialties: string[];
  sectors: SectorCode[];
  availability: TalentAvailability[];
  regionCode: string;
  summary: string;
  /** The consent step's tick: sent as `consent: true` only when ticked. */
  consent: boolean;
}

const emptyForm = (): TalentForm => ({
  name: '',
  title: '',
  specialties: [],
  sectors: [],
  availability: [],
  regionCode: '421202',
  summary: '',
  consent: false,
});

/**
 * The person's own talent profile: fill in, tick the consent step (the API refuses without it), publish
 * or save; see the consent recorded and the needs matched; withdraw (deletes everything) after confirming.
 */
export function useTalentProfile(api = { myTalentProfile, myMatchedNeeds, publishTalentProfile, updateTalentProfile, withdrawTalentProfile }) {
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const loadError = shallowRef<LocalisedText | null>(null);
  const profile = shallowRef<TalentProfileView | null>(null);
  const matchedNeeds = shallowRef<MatchedNeedView[]>([]);
  const form = reactive<TalentForm>(emptyForm());
  const saving = ref(false);
  const notice = shallowRef<LocalisedText | null>(null);
  const errors = useFormErrors({ fields: FIELDS, fallbackKeys: { consent: 'talents.profile.consentRequired' } });
  const withdrawOpen = ref(false);
  const withdrawing = ref(false);
  const withdrawError = shallowRef<LocalisedText | null>(null);

  function fill(view: TalentProfileView | null): void {
    Object.assign(form, emptyForm());
    if (!view) return;
    Object.assign(form, {
      name: view.name,
      title: view.title ?? '',
      specialties: [...view.specialties],
      sectors: [...view.sectors],
      availability: [...view.availability],
      regionCode: view.regionCode,
      summary: view.summary ?? '',
      // Consent is asked again at every save: the text may have changed since.
      consent: false,
    });
  }

  async function load(): Promise<void> {
    state.value = 'loading';
    try {
      profile.value = await api.myTalentProfile();
      matchedNeeds.value = (await api.myMatchedNeeds()).items;
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 404) {
        profile.value = null;
        matchedNeeds.value = [];
      } else {
        loadError.value = errorSummary(error);
        state.value = 'error';
        return;
      }
    }
    fill(profile.value);
    state.value = 'ready';
  }

  async function submit(): Promise<void> {
    errors.clear();
    notice.value = null;
    const body = {
      name: form.name,
      title: form.title.trim() === '' ? null : form.title,
      specialties: form.specialties,
      sectors: form.sectors,
      availability: form.availability,
      regionCode: form.regionCode,
      summary: form.summary.trim() === '' ? null : form.summary,
      ...(form.consent ? { consent: true as const, consentVersion: TALENT_CONSENT_VERSION } : {}),
    };
    const parsed = TalentProfileRequestSchema.safeParse(body);
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    // Validated: the consent step was ticked.
    const payload = { ...body, consent: true as const, consentVersion: TALENT_CONSENT_VERSION };
    saving.value = true;
    try {
      if (profile.value) {
        profile.value = await api.updateTalentProfile(payload);
        notice.value = messageKey('talents.profile.saved');
      } else {
        await api.publishTalentProfile(payload);
        profile.value = await api.myTalentProfile();
        notice.value = messageKey('talents.profile.published');
      }
      fill(profile.value);
    } catch (error) {
      errors.showProblem(error);
    } finally {
      saving.value = false;
    }
  }

  async function confirmWithdraw(): Promise<void> {
    if (!profile.value) return;
    withdrawing.value = true;
    withdrawError.value = null;
    try {
      await api.withdrawTalentProfile(profile.value.id);
      profile.value = null;
      matchedNeeds.value = [];
      fill(null);
      withdrawOpen.value = false;
      notice.value = messageKey('talents.profile.withdrawn');
    } catch (error) {
      withdrawError.value = errorSummary(error);
    } finally {
      withdrawing.value = false;
    }
  }

  onMounted(load);

  return {
    state,
    loadError,
    profile,
    matchedNeeds,
    form,
    saving,
    notice,
    fieldErrors: errors.fieldErrors,
    formError: errors.formError,
    load,
    submit,
    withdrawOpen,
    withdrawing,
    withdrawError,
    confirmWithdraw,
  };
}
