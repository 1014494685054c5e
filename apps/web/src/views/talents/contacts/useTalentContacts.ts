import type { TalentContactView, TalentMessageView } from '@mcf/contracts';
import { onMounted, ref, shallowRef } from 'vue';
import { listTalentContacts, replyToTalentContact, talentMessages } from '../../../api/talents';
import { errorSummary } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

/**
 * Conversations between organisations and people of the pool: list, read one, reply. `initialContactId`
 * (a notification's link, `?contact=`) opens that conversation first when it is among the reader's.
 */
export function useTalentContacts(api = { listTalentContacts, talentMessages, replyToTalentContact }, initialContactId: () => string | null = () => null) {
  const state = ref<'loading' | 'ready' | 'error'>('loading');
  const error = shallowRef<LocalisedText | null>(null);
  const contacts = shallowRef<TalentContactView[]>([]);
  const selected = shallowRef<TalentContactView | null>(null);
  const messages = shallowRef<TalentMessageView[]>([]);
  const reply = ref('');
  const sending = ref(false);
  const replyError = shallowRef<LocalisedText | null>(null);

  async function load(): Promise<void> {
    state.value = 'loading';
    try {
      contacts.value = (await api.listTalentContacts()).items;
      state.value = 'ready';
      const wanted = initialContactId();
      const first = contacts.value.find((contact) => contact.id === wanted) ?? contacts.value[0];
      if (first && !selected.value) await open(first);
    } catch (caught) {
      error.value = errorSummary(caught);
      state.value = 'error';
    }
  }

  async function open(contact: TalentContactView): Promise<void> {
    selected.value = contact;
    try {
      messages.value = (await api.talentMessages(contact.id)).items;
    } catch (caught) {
      replyError.value = errorSummary(caught);
    }
  }

  async function send(): Promise<void> {
    const contact = selected.value;
    if (!contact || reply.value.trim() === '') return;
    sending.value = true;
    replyError.value = null;
    try {
      await api.replyToTalentContact(contact.id, reply.value.trim());
      reply.value = '';
      await open(contact);
    } catch (caught) {
      replyError.value = errorSummary(caught);
    } finally {
      sending.value = false;
    }
  }

  onMounted(load);
  return { state, error, contacts, selected, messages, reply, sending, replyError, load, open, send };
}
