import { ref, shallowRef } from 'vue';
import { listMyDemands } from '../../../api/demands';
import { ApiProblem } from '../../../api/http';
import { inviteEnterprise } from '../../../api/responses';
import { errorSummary } from '../../../composables/useFormErrors';
import { type LocalisedText, messageKey } from '../../../composables/useLocalisedText';
import { checkInvitation, invitationRefusal } from '../../demands/detail/response-errors.util';

export interface SearchInviteDependencies {
  listMyDemands?: typeof listMyDemands;
  inviteEnterprise?: typeof inviteEnterprise;
}

/** How many open demands the dialog offers (the API's page limit); a procurer rarely has more open at once. */
const OPEN_DEMANDS_SHOWN = 100;

/**
 * 邀请响应 from supplier search: the procurer picks one of its published demands and invites the firm it
 * found, with an optional message. The demands are loaded when the dialog first opens.
 */
export function useSearchInvite(dependencies: SearchInviteDependencies = {}) {
  const demands$ = dependencies.listMyDemands ?? listMyDemands;
  const invite$ = dependencies.inviteEnterprise ?? inviteEnterprise;

  const target = shallowRef<{ id: string; name: string } | null>(null);
  const demands = shallowRef<{ id: string; title: string }[]>([]);
  const demandsState = ref<'loading' | 'ready' | 'error'>('loading');
  const demandId = ref<string | null>(null);
  const message = ref('');
  const demandError = shallowRef<LocalisedText | null>(null);
  const messageError = shallowRef<LocalisedText | null>(null);
  const error = shallowRef<LocalisedText | null>(null);
  const busy = ref(false);
  /** The last invitation sent, for the page's notice. */
  const lastInvited = shallowRef<{ firm: string; title: string } | null>(null);

  async function loadDemands(): Promise<void> {
    demandsState.value = 'loading';
    try {
      const page = await demands$({ status: 'PUBLISHED', page: 1, pageSize: OPEN_DEMANDS_SHOWN });
      demands.value = page.items.map((demand) => ({ id: demand.id, title: demand.title }));
      demandsState.value = 'ready';
      if (demands.value.length === 1) demandId.value = demands.value[0]!.id;
    } catch (caught) {
      error.value = errorSummary(caught);
      demandsState.value = 'error';
    }
  }

  function open(firm: { id: string; name: string }): void {
    target.value = firm;
    message.value = '';
    demandError.value = null;
    messageError.value = null;
    error.value = null;
    lastInvited.value = null;
    if (demandsState.value !== 'ready') void loadDemands();
  }

  function cancel(): void {
    if (!busy.value) target.value = null;
  }

  async function submit(): Promise<boolean> {
    const firm = target.value;
    if (!firm || busy.value) return false;
    demandError.value = null;
    messageError.value = null;
    error.value = null;
    const demand = demands.value.find((entry) => entry.id === demandId.value);
    if (!demand) {
      demandError.value = messageKey('responses.owner.invite.chooseDemand');
      return false;
    }
    const checked = checkInvitation(firm.id, message.value);
    if (!checked.ok) {
      messageError.value = checked.messageError;
      error.value = checked.error;
      return false;
    }
    busy.value = true;
    try {
      await invite$(demand.id, checked.body);
      lastInvited.value = { firm: firm.name, title: demand.title };
      target.value = null;
      return true;
    } catch (caught) {
      ({ messageError: messageError.value, error: error.value } = invitationRefusal(caught));
      // The demand closed or passed its deadline meanwhile: offer the list as it is now.
      if (caught instanceof ApiProblem && caught.code !== 'ALREADY_INVITED' && caught.status === 409) void loadDemands();
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { target, demands, demandsState, demandId, message, demandError, messageError, error, busy, lastInvited, open, cancel, submit };
}
