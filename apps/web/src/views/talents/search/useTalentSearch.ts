import type { TalentSummary } from '@mcf/contracts';
import { onMounted, reactive, ref, shallowRef } from 'vue';
import { contactTalent, searchTalents } from '../../../api/talents';
import { errorSummary } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

export const TALENT_PAGE_SIZE = 20;

/** The talent pool for verified organisations: search a page at a time, and write to a person through the platform. */
export function useTalentSearch(api = { searchTalents, contactTalent }) {
  const query = reactive({ q: '', sectors: [] as string[], availability: [] as string[] });
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const items = shallowRef<TalentSummary[]>([]);
  const total = ref(0);
  const page = ref(1);
  let controller: AbortController | null = null;

  async function load(): Promise<void> {
    controller?.abort();
    const own = (controller = new AbortController());
    state.value = 'loading';
    try {
      const result = await api.searchTalents({ ...query, page: page.value, pageSize: TALENT_PAGE_SIZE }, own.signal);
      if (own !== controller) return;
      items.value = result.items;
      total.value = result.total;
      state.value = 'ready';
    } catch (caught) {
      if (own !== controller) return;
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  /** A new search starts on its first page. */
  function run(): Promise<void> {
    page.value = 1;
    return load();
  }

  function setPage(next: number): Promise<void> {
    page.value = next;
    return load();
  }

  const contactFor = shallowRef<TalentSummary | null>(null);
  const message = ref('');
  const sending = ref(false);
  const contactError = shallowRef<LocalisedText | null>(null);
  const contactNotice = shallowRef<LocalisedText | null>(null);

  function openContact(talent: TalentSummary): void {
    contactFor.value = talent;
    message.value = '';
    contactError.value = null;
  }

  async function sendContact(): Promise<void> {
    if (!contactFor.value || message.value.trim() === '') return;
    sending.value = true;
    contactError.value = null;
    try {
      await api.contactTalent(contactFor.value.id, message.value.trim());
      contactFor.value = null;
      contactNotice.value = messageKey('talents.search.contactSent');
    } catch (caught) {
      contactError.value = errorSummary(caught);
    } finally {
      sending.value = false;
    }
  }

  onMounted(run);
  return { query, state, error, items, total, page, run, setPage, contactFor, message, sending, contactError, contactNotice, openContact, sendContact };
}
