import { Injectable, Logger } from '@nestjs/common';
import type {
  MemberView,
  OrganizationAdminPage,
  OrganizationAdminQuerySchema,
  OrganizationAdminView,
  OrganizationKind,
  OrganizationStatus,
  PlatformRole,
  UserView,
} from '@mcf/contracts';
import { isClaimable } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { type Actor, viewerKindOf } from '../../core/auth/actor.js';
import { AccountsRepository, type NewUser } from './accounts.repository.js';
import type { Organization } from './entities/organization.entity.js';
import type { User } from './entities/user.entity.js';
import { hashPassword } from './password-hasher.js';

/**
 * The account rows this service hands to other modules. They reach users and organisations through
 * these names and this service, never through accounts' entities or repository.
 */
export type AccountUser = User;
export type AccountOrganization = Organization;

export function toUserView(user: User, organization: Organization | null): UserView {
  const actorLike = { platformRole: user.platformRole, organizationKind: organization?.kind ?? null };
  return {
    id: user.id,
    email: user.email,
    name: user.displayName,
    platformRole: user.platformRole,
    viewerKind: viewerKindOf(actorLike),
    organization:
      organization && user.membershipRole
        ? { id: organization.id, kind: organization.kind, name: organization.name, status: organization.status, membershipRole: user.membershipRole }
        : null,
  };
}

export function toOrganizationAdminView(organization: Organization, memberCount: number): OrganizationAdminView {
  return {
    id: organization.id,
    kind: organization.kind,
    name: organization.name,
    creditCode: organization.creditCode,
    regionCode: organization.regionCode,
    status: organization.status,
    statusReason: organization.statusReason,
    statusChangedAt: organization.statusChangedAt?.toISOString() ?? null,
    createdAt: organization.createdAt.toISOString(),
    memberCount,
    isDemo: organization.isDemo,
  };
}

export function toMemberView(user: User): MemberView {
  return {
    id: user.id,
    email: user.email,
    name: user.displayName,
    membershipRole: user.membershipRole ?? 'MEMBER',
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of an organisation's state. */
export function organizationSnapshot(organization: Pick<Organization, 'status' | 'statusReason' | 'name' | 'kind'>) {
  return { status: organization.status, statusReason: organization.statusReason, name: organization.name, kind: organization.kind };
}

/** Users and organisations: the module other modules go through to read or change them. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger('Accounts');

  constructor(private readonly accounts: AccountsRepository) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.accounts.transaction(work);
  }

  /** The actor behind a token, or null when the user is gone, disabled or the token's session was revoked. */
  async actorFor(userId: string, sessionVersion: number, ip: string | null): Promise<Actor | null> {
    const user = await this.accounts.findUserWithOrganization(userId);
    if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
    return {
      userId: user.id,
      email: user.email,
      platformRole: user.platformRole,
      organizationId: user.organizationId,
      organizationKind: user.organization?.kind ?? null,
      organizationStatus: user.organization?.status ?? null,
      membershipRole: user.membershipRole,
      ip,
    };
  }

  findUserByEmail(email: string, manager?: EntityManager) {
    return this.accounts.findUserByEmail(email, manager);
  }

  findUserById(id: string, manager?: EntityManager, lock = false) {
    return this.accounts.findUserById(id, manager, lock);
  }

  findOrganizationById(id: string, manager?: EntityManager, lock = false) {
    return this.accounts.findOrganizationById(id, manager, lock);
  }

  findOrganizationByCreditCode(creditCode: string, manager?: EntityManager) {
    return this.accounts.findOrganizationByCreditCode(creditCode, manager);
  }

  /** Whether the organisation may be claimed by the firm behind it (`isClaimable`: no active member yet). */
  async isClaimable(organization: Pick<Organization, 'id' | 'status'>, manager?: EntityManager): Promise<boolean> {
    return isClaimable({ status: organization.status, activeMemberCount: await this.accounts.countActiveMembers(organization.id, manager) });
  }

  /** Where to tell administrators of something waiting for them by email. */
  activeAdministratorEmails(): Promise<string[]> {
    return this.accounts.activeAdministratorEmails();
  }

  async userView(userId: string): Promise<UserView | null> {
    const user = await this.accounts.findUserWithOrganization(userId);
    return user ? toUserView(user, user.organization) : null;
  }

  createOrganization(
    organization: { kind: OrganizationKind; name: string; creditCode: string; regionCode: string; status: OrganizationStatus; isDemo: boolean },
    manager: EntityManager,
  ) {
    return this.accounts.insertOrganization(organization, manager);
  }

  createUser(user: NewUser, manager?: EntityManager) {
    return this.accounts.insertUser(user, manager);
  }

  setPasswordHash(userId: string, passwordHash: string, manager?: EntityManager) {
    return this.accounts.updateUser(userId, { passwordHash }, manager);
  }

  setDisabled(userId: string, disabled: boolean, manager?: EntityManager) {
    return this.accounts.updateUser(userId, { disabledAt: disabled ? new Date() : null }, manager);
  }

  revokeAccessTokens(userId: string, manager?: EntityManager) {
    return this.accounts.bumpSessionVersion(userId, manager);
  }

  setOrganizationStatus(id: string, status: OrganizationStatus, reason: string | null, manager: EntityManager) {
    return this.accounts.updateOrganizationStatus(id, status, reason, manager);
  }

  async members(organizationId: string): Promise<MemberView[]> {
    return (await this.accounts.membersOf(organizationId)).map(toMemberView);
  }

  async organizationPage(query: z.output<typeof OrganizationAdminQuerySchema>): Promise<OrganizationAdminPage> {
    const { rows, total, next } = await this.accounts.pageOrganizations(query);
    return { items: rows.map((row) => toOrganizationAdminView(row.organization, row.memberCount)), total, page: query.page, pageSize: query.pageSize, next };
  }

  /**
   * BOOTSTRAP_ADMIN_EMAIL + BOOTSTRAP_ADMIN_PASSWORD create the first platform administrator when
   * there is none; once one exists the variables are ignored.
   */
  async bootstrapAdministrator(email: string, password: string): Promise<boolean> {
    if ((await this.accounts.countAdministrators()) > 0) return false;
    const created = await this.ensureAccount({ email, password, displayName: '平台管理员', platformRole: 'ADMIN' });
    if (created) this.logger.log(`created the first administrator ${email.toLowerCase()}`);
    return created;
  }

  /**
   * Creates a user — and its organisation, owned by the user, when one is given and its credit code is
   * new — unless the email is taken. Used by the demo data and the bootstrap administrator.
   */
  async ensureAccount(account: {
    email: string;
    password: string;
    displayName: string;
    platformRole: PlatformRole;
    organization?: { kind: OrganizationKind; name: string; creditCode: string; regionCode: string; status: OrganizationStatus; isDemo: boolean };
  }): Promise<boolean> {
    if (await this.accounts.findUserByEmail(account.email)) return false;
    const passwordHash = await hashPassword(account.password);
    return this.accounts.transaction(async (manager) => {
      if (await this.accounts.findUserByEmail(account.email, manager)) return false;
      let organizationId: string | null = null;
      if (account.organization) {
        const existing = await this.accounts.findOrganizationByCreditCode(account.organization.creditCode, manager);
        organizationId = (existing ?? (await this.accounts.insertOrganization(account.organization, manager))).id;
      }
      await this.accounts.insertUser(
        {
          email: account.email,
          displayName: account.displayName,
          passwordHash,
          platformRole: account.platformRole,
          organizationId,
          membershipRole: organizationId ? 'OWNER' : null,
        },
        manager,
      );
      return true;
    });
  }
}
