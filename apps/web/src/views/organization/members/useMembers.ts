import {
  type CreateInvitationRequest,
  CreateInvitationRequestSchema,
  type InvitationList,
  type InvitationView,
  type MemberList,
  type MemberView,
} from '@mcf/contracts';
import { storeToRefs } from 'pinia';
import { computed, onScopeDispose, reactive, ref, shallowRef } from 'vue';
import {
  createInvitation as createInvitationOnApi,
  listInvitations as listInvitationsOnApi,
  listMembers as listMembersOnApi,
  revokeInvitation as revokeInvitationOnApi,
} from '../../../api/organizations';
import { errorSummary, useFormErrors } from '../../../composables/useFormErrors';
import type { LocalisedText } from '../../../composables/useLocalisedText';
import { useSessionStore } from '../../../stores/session';

export type ListState = 'loading' | 'ready' | 'error';

/** The link an invited person opens; the API sends no email yet, so the owner passes it on. */
export function invitationLink(origin: string, token: string): string {
  return `${origin}/invitations/accept?token=${encodeURIComponent(token)}`;
}

export interface MembersDependencies {
  listMembers?: (organizationId: string, signal?: AbortSignal) => Promise<MemberList>;
  listInvitations?: (organizationId: string, signal?: AbortSignal) => Promise<InvitationList>;
  createInvitation?: (organizationId: string, body: CreateInvitationRequest) => Promise<InvitationView>;
  revokeInvitation?: (organizationId: string, invitationId: string) => Promise<void>;
  origin?: string;
}

/** 机构成员: everyone in the user's organisation; the owner also invites people and revokes invitations. */
export function useMembers(dependencies: MembersDependencies = {}) {
  const api = {
    listMembers: dependencies.listMembers ?? listMembersOnApi,
    listInvitations: dependencies.listInvitations ?? listInvitationsOnApi,
    createInvitation: dependencies.createInvitation ?? createInvitationOnApi,
    revokeInvitation: dependencies.revokeInvitation ?? revokeInvitationOnApi,
  };
  const origin = dependencies.origin ?? globalThis.location?.origin ?? '';
  const { user } = storeToRefs(useSessionStore());
  const organization = computed(() => user.value?.organization ?? null);
  const isOwner = computed(() => organization.value?.membershipRole === 'OWNER');

  const controller = new AbortController();
  onScopeDispose(() => controller.abort());

  const members = shallowRef<MemberView[]>([]);
  const membersState = ref<ListState>('loading');
  const membersError = shallowRef<LocalisedText | null>(null);
  const invitations = shallowRef<InvitationView[]>([]);
  const invitationsState = ref<ListState>('loading');
  const invitationsError = shallowRef<LocalisedText | null>(null);

  async function loadMembers(): Promise<void> {
    const id = organization.value?.id;
    if (!id) return;
    membersState.value = 'loading';
    try {
      members.value = (await api.listMembers(id, controller.signal)).items;
      membersState.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      membersError.value = errorSummary(error);
      membersState.value = 'error';
    }
  }

  async function loadInvitations(): Promise<void> {
    const id = organization.value?.id;
    if (!id || !isOwner.value) return;
    invitationsState.value = 'loading';
    try {
      invitations.value = (await api.listInvitations(id, controller.signal)).items;
      invitationsState.value = 'ready';
    } catch (error) {
      if (controller.signal.aborted) return;
      invitationsError.value = errorSummary(error);
      invitationsState.value = 'error';
    }
  }

  const inviteForm = reactive({ email: '' });
  const inviteErrors = useFormErrors({ fields: ['email'], fallbackKeys: { email: 'validation.email' } });
  const inviting = ref(false);
  /** The invitation just created, with its one-time token: shown until the owner closes it. */
  const created = shallowRef<InvitationView | null>(null);
  const createdLink = computed(() =>
    created.value?.token ? invitationLink(origin, created.value.token) : null,
  );

  async function invite(): Promise<boolean> {
    const id = organization.value?.id;
    if (!id) return false;
    inviteErrors.clear();
    const parsed = CreateInvitationRequestSchema.safeParse(inviteForm);
    if (!parsed.success) {
      inviteErrors.showIssues(parsed.error.issues);
      return false;
    }
    inviting.value = true;
    try {
      created.value = await api.createInvitation(id, parsed.data);
      inviteForm.email = '';
      await loadInvitations();
      return true;
    } catch (error) {
      inviteErrors.showProblem(error);
      return false;
    } finally {
      inviting.value = false;
    }
  }

  const revoking = shallowRef<InvitationView | null>(null);
  const revokeBusy = ref(false);
  const revokeError = shallowRef<LocalisedText | null>(null);

  function askRevoke(invitation: InvitationView): void {
    revoking.value = invitation;
    revokeError.value = null;
  }

  function cancelRevoke(): void {
    revoking.value = null;
  }

  async function confirmRevoke(): Promise<boolean> {
    const id = organization.value?.id;
    const invitation = revoking.value;
    if (!id || !invitation) return false;
    revokeBusy.value = true;
    try {
      await api.revokeInvitation(id, invitation.id);
      revoking.value = null;
      if (created.value?.id === invitation.id) created.value = null;
      await loadInvitations();
      return true;
    } catch (error) {
      revokeError.value = errorSummary(error);
      return false;
    } finally {
      revokeBusy.value = false;
    }
  }

  void loadMembers();
  void loadInvitations();

  return {
    organization,
    isOwner,
    members,
    membersState,
    membersError,
    loadMembers,
    invitations,
    invitationsState,
    invitationsError,
    loadInvitations,
    inviteForm,
    inviteFieldErrors: inviteErrors.fieldErrors,
    inviteFormError: inviteErrors.formError,
    inviting,
    invite,
    created,
    createdLink,
    dismissCreated: () => (created.value = null),
    revoking,
    revokeBusy,
    revokeError,
    askRevoke,
    cancelRevoke,
    confirmRevoke,
  };
}
