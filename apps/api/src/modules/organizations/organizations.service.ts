import { Injectable } from '@nestjs/common';
import type { InvitationView, MemberList, OrganizationAdminView, UserView } from '@mcf/contracts';
import { nextOrganizationStatus, type OrganizationStatus, type OrganizationStatusAction } from '@mcf/domain';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { AccountsService, organizationSnapshot, toOrganizationAdminView, toUserView } from '../accounts/accounts.service.js';
import { hashPassword } from '../accounts/password-hasher.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AuthErrors } from '../auth/auth.errors.js';
import { AuthService } from '../auth/auth.service.js';
import { hashOpaqueToken, newOpaqueToken } from '../auth/opaque-token.util.js';
import type { OrganizationInvitation } from './entities/organization-invitation.entity.js';
import { InvitationsRepository } from './invitations.repository.js';
import { OrganizationErrors } from './organizations.errors.js';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;

const STATUS_LABELS: Record<OrganizationStatus, { zh: string; en: string }> = {
  PENDING_VERIFICATION: { zh: '待审核', en: 'pending verification' },
  VERIFIED: { zh: '已认证', en: 'verified' },
  REJECTED: { zh: '未通过', en: 'rejected' },
  SUSPENDED: { zh: '已暂停', en: 'suspended' },
};

function toInvitationView(invitation: OrganizationInvitation, token?: string): InvitationView {
  const expired = invitation.status === 'PENDING' && invitation.expiresAt.getTime() <= Date.now();
  return {
    id: invitation.id,
    email: invitation.email,
    status: expired ? 'EXPIRED' : invitation.status,
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
    ...(token ? { token } : {}),
  };
}

/** Organisations' members and invitations, and the administrators' status decisions. */
@Injectable()
export class OrganizationsService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly invitations: InvitationsRepository,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Members of the organisation and administrators may see it; for anyone else it does not exist. */
  private assertMemberOrAdmin(actor: Actor, organizationId: string) {
    if (!isAdmin(actor) && actor.organizationId !== organizationId) throw CommonErrors.notFound();
  }

  /** Owners act for their organisation; an administrator may see it but not act as its owner. */
  private assertOwner(actor: Actor, organizationId: string) {
    if (isAdmin(actor)) throw CommonErrors.forbidden();
    if (actor.organizationId !== organizationId) throw CommonErrors.notFound();
    if (actor.membershipRole !== 'OWNER') throw OrganizationErrors.ownerOnly();
  }

  async members(actor: Actor, organizationId: string): Promise<MemberList> {
    this.assertMemberOrAdmin(actor, organizationId);
    if (!(await this.accounts.findOrganizationById(organizationId))) throw CommonErrors.notFound();
    return { items: await this.accounts.members(organizationId) };
  }

  async listInvitations(actor: Actor, organizationId: string): Promise<InvitationView[]> {
    if (!isAdmin(actor)) this.assertOwner(actor, organizationId);
    if (!(await this.accounts.findOrganizationById(organizationId))) throw CommonErrors.notFound();
    return (await this.invitations.listFor(organizationId)).map((invitation) => toInvitationView(invitation));
  }

  async invite(actor: Actor, organizationId: string, email: string): Promise<InvitationView> {
    this.assertOwner(actor, organizationId);
    if (await this.accounts.findUserByEmail(email)) throw AuthErrors.emailTaken();
    const { token, hash } = newOpaqueToken();
    return this.accounts.transaction(async (manager) => {
      const invitation = await this.invitations.insert(
        { organizationId, email, tokenHash: hash, invitedBy: actor.userId, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) },
        manager,
      );
      await this.audit.record(
        { actor, action: 'organization.invitation_created', targetType: 'organization', targetId: organizationId, after: { invitationId: invitation.id, email } },
        manager,
      );
      return toInvitationView(invitation, token);
    });
  }

  async revokeInvitation(actor: Actor, organizationId: string, invitationId: string): Promise<void> {
    this.assertOwner(actor, organizationId);
    await this.accounts.transaction(async (manager) => {
      const invitation = await this.invitations.findInOrganization(organizationId, invitationId, manager, true);
      if (!invitation) throw CommonErrors.notFound();
      if (invitation.status !== 'PENDING') throw OrganizationErrors.invitationNotPending();
      await this.invitations.setStatus(invitation.id, 'REVOKED', manager);
      await this.audit.record(
        { actor, action: 'organization.invitation_revoked', targetType: 'organization', targetId: organizationId, before: { invitationId, status: 'PENDING' }, after: { invitationId, status: 'REVOKED' } },
        manager,
      );
    });
  }

  async acceptInvitation(token: string, name: string, password: string, ip: string | null): Promise<UserView> {
    const passwordHash = await hashPassword(password);
    return this.accounts.transaction(async (manager) => {
      const invitation = await this.invitations.findByTokenHashForUpdate(hashOpaqueToken(token), manager);
      if (!invitation || invitation.status !== 'PENDING' || invitation.expiresAt.getTime() <= Date.now()) throw OrganizationErrors.invalidInvitation();
      if (await this.accounts.findUserByEmail(invitation.email, manager)) throw AuthErrors.emailTaken();
      const organization = await this.accounts.findOrganizationById(invitation.organizationId, manager);
      if (!organization) throw OrganizationErrors.invalidInvitation();
      const user = await this.accounts.createUser(
        { email: invitation.email, displayName: name, passwordHash, platformRole: 'USER', organizationId: organization.id, membershipRole: 'MEMBER' },
        manager,
      );
      await this.invitations.setStatus(invitation.id, 'ACCEPTED', manager);
      await this.audit.record(
        { actor: { userId: user.id, email: user.email, ip }, action: 'organization.member_joined', targetType: 'organization', targetId: organization.id, after: { userId: user.id, invitationId: invitation.id } },
        manager,
      );
      return toUserView(user, organization);
    });
  }

  /** verify / reject / suspend / reinstate, with the reason shown to the organisation; audited. */
  async changeStatus(actor: Actor, organizationId: string, action: OrganizationStatusAction, reason: string | null): Promise<OrganizationAdminView> {
    const updated = await this.accounts.transaction(async (manager) => {
      const organization = await this.accounts.findOrganizationById(organizationId, manager, true);
      if (!organization) throw CommonErrors.notFound();
      const next = nextOrganizationStatus(organization.status, action);
      if (!next) throw OrganizationErrors.invalidStatusTransition(organization.status, action);
      const before = organizationSnapshot(organization);
      await this.accounts.setOrganizationStatus(organization.id, next, reason, manager);
      const after = { ...before, status: next, statusReason: reason };
      await this.audit.record({ actor, action: `admin.organization.${action}`, targetType: 'organization', targetId: organization.id, before, after }, manager);
      const label = STATUS_LABELS[next];
      await this.notifications.notify(
        {
          organizationId: organization.id,
          kind: 'ORGANIZATION_STATUS_CHANGED',
          title: { zh: `机构状态变更为：${label.zh}`, en: `Your organisation is now ${label.en}` },
          body: { zh: reason ? `原因：${reason}` : '管理员已更新贵单位的状态。', en: reason ? `Reason: ${reason}` : 'An administrator updated the status of your organisation.' },
          link: '/account',
          dedupKey: `organization-status:${organization.id}:${action}:${Date.now()}`,
        },
        manager,
      );
      if (organization.kind === 'ENTERPRISE') {
        // Verification, suspension and reinstatement change what search shows and who may be matched.
        await this.outbox.record(manager, 'enterprise.status-changed', { organizationId: organization.id });
      }
      return (await this.accounts.findOrganizationById(organization.id, manager))!;
    });
    this.outbox.kick();
    const members = await this.accounts.members(updated.id);
    return toOrganizationAdminView(updated, members.length);
  }

  async setUserDisabled(actor: Actor, userId: string, disabled: boolean, reason: string | null): Promise<void> {
    if (userId === actor.userId) throw CommonErrors.forbidden();
    await this.accounts.transaction(async (manager) => {
      const user = await this.accounts.findUserById(userId, manager, true);
      if (!user) throw CommonErrors.notFound();
      const wasDisabled = user.disabledAt !== null;
      await this.accounts.setDisabled(user.id, disabled, manager);
      if (disabled) await this.auth.revokeEverySession(user.id, manager);
      await this.audit.record(
        {
          actor,
          action: disabled ? 'admin.user.disable' : 'admin.user.enable',
          targetType: 'user',
          targetId: user.id,
          before: { disabled: wasDisabled },
          after: { disabled, ...(reason ? { reason } : {}) },
        },
        manager,
      );
    });
  }
}
