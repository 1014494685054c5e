import { type TalentMatchList, type TalentNeedView, TalentNeedRequestSchema } from '@mcf/contracts';
import type { SectorCode, TalentAvailability } from '@mcf/domain';
import { onMounted, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import { listTalentNeeds, postTalentNeed, talentNeedMatches } from '../../../api/talents';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

const FIELDS = ['title', 'description', 'specialties', 'sectors', 'availability', 'regionCode'] as const;

/** An organisation's talent needs: post one, list them, see the people matched (the job fills them in). */
export function useTalentNeeds(api = { listTalentNeeds, postTalentNeed, talentNeedMatches }) {
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const needs = shallowRef<TalentNeedView[]>([]);
  const form = reactive({
    title: '',
    description: '',
    specialties: [] as string[],
    sectors: [] as SectorCode[],
    availability: [] as TalentAvailability[],
    regionCode: '' as string,
  });
  const posting = ref(false);
  const notice = shallowRef<LocalisedText | null>(null);
  const errors = useFormErrors({ fields: FIELDS, fallbackKeys: {} });
  const openNeed = shallowRef<string | null>(null);
  const matches = shallowRef<TalentMatchList | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function load(): Promise<void> {
    try {
      needs.value = (await api.listTalentNeeds()).items;
      state.value = 'ready';
    } catch (caught) {
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  async function post(): Promise<void> {
    errors.clear();
    notice.value = null;
    const body = { ...form, regionCode: form.regionCode === '' ? null : form.regionCode };
    const parsed = TalentNeedRequestSchema.safeParse(body);
    if (!parsed.success) {
      errors.showIssues(parsed.error.issues);
      return;
    }
    posting.value = true;
    try {
      const need = await api.postTalentNeed(body);
      Object.assign(form, { title: '', description: '', specialties: [], sectors: [], availability: [], regionCode: '' });
      notice.value = messageKey('talents.needs.posted');
      await load();
      await showMatches(need.id);
    } catch (caught) {
      errors.showProblem(caught);
    } finally {
      posting.value = false;
    }
  }

  /** Shows a need's matched people, asking again while its matching is still PENDING. */
  async function showMatches(needId: string): Promise<void> {
    if (timer) clearTimeout(timer);
    openNeed.value = needId;
    try {
      const result = await api.talentNeedMatches(needId);
      if (openNeed.value !== needId) return;
      matches.value = result;
      if (result.matchingStatus === 'PENDING') timer = setTimeout(() => void showMatches(needId), 1000);
      else void load();
    } catch (caught) {
      error.value = errorSummary(caught);
    }
  }

  onMounted(load);
  onScopeDispose(() => {
    if (timer) clearTimeout(timer);
  });
  return { state, error, needs, form, posting, notice, fieldErrors: errors.fieldErrors, formError: errors.formError, post, openNeed, matches, showMatches, load };
}
