import {
  type MemberList,
  type MemberView,
  type OrganizationAdminView,
  type PasswordResetTicket,
  type StatusReasonRequest,
  StatusReasonRequestSchema,
} from '@mcf/contracts';
import { onScopeDispose, ref, shallowRef } from 'vue';
import { disableUser, enableUser, issuePasswordReset } from '../../../api/admin';
import { listMembers } from '../../../api/organizations';
import { errorSummary, issuesToFieldErrors } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';

export type MemberAction = 'resetPassword' | 'disable' | 'enable';

/** Which actions fit a member: a disabled one can be enabled, an active one reset or disabled. */
export function memberActions(member: MemberView): MemberAction[] {
  return member.disabled ? ['enable'] : ['resetPassword', 'disable'];
}

/** The link an administrator can hand over with the one-time code already filled in. */
export function resetPasswordLink(origin: string, token: string): string {
  return `${origin}/reset-password?token=${encodeURIComponent(token)}`;
}

export interface IssuedTicket {
  member: MemberView;
  ticket: PasswordResetTicket;
  link: string;
}

export interface OrganizationMembersAdminDependencies {
  listMembers?: (organizationId: string, signal?: AbortSignal) => Promise<MemberList>;
  issuePasswordReset?: (userId: string) => Promise<PasswordResetTicket>;
  disableUser?: (userId: string, body: StatusReasonRequest) => Promise<void>;
  enableUser?: (userId: string) => Promise<void>;
  origin?: string;
}

/**
 * The members drawer of 机构审核: an organisation's people, with a one-time password-reset code (the
 * platform sends no email yet), and disabling or enabling an account; each confirmed first.
 */
export function useOrganizationMembersAdmin(dependencies: OrganizationMembersAdminDependencies = {}) {
  const api = {
    listMembers: dependencies.listMembers ?? listMembers,
    issuePasswordReset: dependencies.issuePasswordReset ?? issuePasswordReset,
    disableUser: dependencies.disableUser ?? disableUser,
    enableUser: dependencies.enableUser ?? enableUser,
  };
  const origin = dependencies.origin ?? globalThis.location?.origin ?? '';

  const organization = shallowRef<OrganizationAdminView | null>(null);
  const members = shallowRef<MemberView[]>([]);
  const state = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const loadError = shallowRef<LocalisedText | null>(null);
  let controller: AbortController | null = null;
  onScopeDispose(() => controller?.abort());

  async function load(): Promise<void> {
    const current = organization.value;
    if (!current) return;
    controller?.abort();
    const own = new AbortController();
    controller = own;
    state.value = 'loading';
    try {
      members.value = (await api.listMembers(current.id, own.signal)).items;
      if (!own.signal.aborted) state.value = 'ready';
    } catch (error) {
      if (own.signal.aborted) return;
      loadError.value = errorSummary(error);
      state.value = 'error';
    }
  }

  function open(target: OrganizationAdminView): Promise<void> {
    organization.value = target;
    members.value = [];
    ticket.value = null;
    return load();
  }

  function close(): void {
    controller?.abort();
    organization.value = null;
    state.value = 'idle';
    ticket.value = null;
  }

  const pending = shallowRef<{ member: MemberView; action: MemberAction } | null>(null);
  const reason = ref('');
  const reasonError = shallowRef<LocalisedText | null>(null);
  const actionError = shallowRef<LocalisedText | null>(null);
  const acting = ref(false);
  const ticket = shallowRef<IssuedTicket | null>(null);

  function ask(member: MemberView, action: MemberAction): void {
    pending.value = { member, action };
    reason.value = '';
    reasonError.value = null;
    actionError.value = null;
  }

  function cancel(): void {
    if (!acting.value) pending.value = null;
  }

  async function confirm(): Promise<boolean> {
    const current = pending.value;
    if (!current || acting.value) return false;
    reasonError.value = null;
    actionError.value = null;
    let body: StatusReasonRequest | null = null;
    if (current.action === 'disable') {
      const parsed = StatusReasonRequestSchema.safeParse({ reason: reason.value });
      if (!parsed.success) {
        reasonError.value =
          issuesToFieldErrors(parsed.error.issues, { reason: 'validation.reason' }).reason ?? null;
        return false;
      }
      body = parsed.data;
    }
    acting.value = true;
    try {
      if (current.action === 'resetPassword') {
        const issued = await api.issuePasswordReset(current.member.id);
        ticket.value = {
          member: current.member,
          ticket: issued,
          link: resetPasswordLink(origin, issued.token),
        };
      } else if (current.action === 'disable' && body) {
        await api.disableUser(current.member.id, body);
      } else {
        await api.enableUser(current.member.id);
      }
      pending.value = null;
      if (current.action !== 'resetPassword') await load();
      return true;
    } catch (error) {
      actionError.value = errorSummary(error);
      return false;
    } finally {
      acting.value = false;
    }
  }

  return {
    organization,
    members,
    state,
    loadError,
    load,
    open,
    close,
    pending,
    reason,
    reasonError,
    actionError,
    acting,
    ticket,
    ask,
    cancel,
    confirm,
    dismissTicket: () => (ticket.value = null),
  };
}
