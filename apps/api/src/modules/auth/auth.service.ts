import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { LoginRequest, OrganizationKind, PasswordResetTicket, RegisterRequest, RegisterResponse, SessionResponse, UserView } from '@mcf/contracts';
import { checkPasswordPolicy, passwordPolicyMessage, refreshReuseVerdict } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { AccessTokenService } from '../../core/auth/access-token.service.js';
import type { Actor } from '../../core/auth/actor.js';
import { AppConfig } from '../../core/config/app-config.js';
import { ValidationFailedError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { RateLimiter } from '../../core/rate-limit/rate-limiter.js';
import { AccountsService, type AccountUser, toUserView } from '../accounts/accounts.service.js';
import { hashPassword, verifyPassword } from '../accounts/password-hasher.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AuthErrors } from './auth.errors.js';
import type { RefreshToken } from './entities/refresh-token.entity.js';
import { hashOpaqueToken, newOpaqueToken, openSuccessor, sealSuccessor } from './opaque-token.util.js';
import { SessionTokensRepository } from './refresh-token.repository.js';

/** A session as the controller needs it: the JSON answer plus the refresh token for the cookie. */
export interface IssuedSession {
  response: SessionResponse;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const PASSWORD_RESET_TTL_MS = 24 * 3600 * 1000;

// Verifying against a fixed hash when the email is unknown keeps the timing of both failures alike.
const DUMMY_HASH_PROMISE = hashPassword('timing-equaliser-not-a-password');

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}


/** How the administrators' notification of a registration names each kind of organisation. */
const ORGANIZATION_KIND_NAMES: Readonly<Record<OrganizationKind, { zh: string; en: string }>> = {
  ENTERPRISE: { zh: '企业', en: 'enterprise' },
  PROCURER: { zh: '采购方', en: 'procurer' },
  INSTITUTE: { zh: '高校/科研院所', en: 'university or research institute' },
  PARK: { zh: '园区/平台', en: 'park or platform' },
};
@Injectable()
export class AuthService {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionTokensRepository,
    private readonly tokens: AccessTokenService,
    private readonly audit: AuditService,
    private readonly rateLimiter: RateLimiter,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  async register(request: RegisterRequest & { email: string }, ip: string | null): Promise<RegisterResponse> {
    const { organization: org } = request;
    if (await this.accounts.findUserByEmail(request.email)) throw AuthErrors.emailTaken();
    const existing = await this.accounts.findOrganizationByCreditCode(org.creditCode);
    if (existing) throw AuthErrors.creditCodeTaken(await this.accounts.isClaimable(existing));
    const passwordHash = await hashPassword(request.password);
    try {
      return await this.accounts.transaction(async (manager) => {
        const organization = await this.accounts.createOrganization(
          { kind: org.kind, name: org.name, creditCode: org.creditCode, regionCode: org.region, status: 'PENDING_VERIFICATION', isDemo: false },
          manager,
        );
        const user = await this.accounts.createUser(
          { email: request.email, displayName: request.name, passwordHash, platformRole: 'USER', organizationId: organization.id, membershipRole: 'OWNER' },
          manager,
        );
        const actor = { userId: user.id, email: user.email, ip };
        await this.audit.record(
          {
            actor,
            action: 'organization.registered',
            targetType: 'organization',
            targetId: organization.id,
            after: { status: organization.status, name: organization.name, kind: organization.kind, creditCode: organization.creditCode },
          },
          manager,
        );
        const kindName = ORGANIZATION_KIND_NAMES[organization.kind];
        await this.notifications.notifyAdmins(
          {
            kind: 'ADMIN_ORGANIZATION_REGISTERED',
            title: { zh: `新机构注册：${organization.name}`, en: `New organisation registered: ${organization.name}` },
            body: {
              zh: `${organization.name}（${kindName.zh}，统一社会信用代码 ${organization.creditCode}）已注册，等待认证。`,
              en: `${organization.name} (${kindName.en}, credit code ${organization.creditCode}) registered and awaits verification.`,
            },
            link: '/admin/organizations',
            dedupKey: `admin-organization-registered:${organization.id}`,
          },
          manager,
        );
        return {
          user: toUserView(user, organization),
          organization: { id: organization.id, kind: organization.kind, name: organization.name, status: organization.status },
        };
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw String((error as { constraint?: string }).constraint).includes('credit_code') ? AuthErrors.creditCodeTaken() : AuthErrors.emailTaken();
      }
      throw error;
    }
  }

  /**
   * A person without an organisation (a researcher, a retired engineer) registers for the talent pool: the
   * account signs in at once and can do what needs no organisation (its own talent profile, its messages).
   */
  async registerIndividual(request: { email: string; password: string; name: string }, ip: string | null): Promise<UserView> {
    if (await this.accounts.findUserByEmail(request.email)) throw AuthErrors.emailTaken();
    const passwordHash = await hashPassword(request.password);
    try {
      return await this.accounts.transaction(async (manager) => {
        const user = await this.accounts.createUser(
          { email: request.email, displayName: request.name, passwordHash, platformRole: 'USER', organizationId: null, membershipRole: null },
          manager,
        );
        await this.audit.record(
          { actor: { userId: user.id, email: user.email, ip }, action: 'user.registered', targetType: 'user', targetId: user.id },
          manager,
        );
        return toUserView(user, null);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AuthErrors.emailTaken();
      throw error;
    }
  }

  async login(request: LoginRequest & { email: string }, ip: string | null): Promise<IssuedSession> {
    const limit = this.config.get('AUTH_RATE_LIMIT');
    const accountKey = `failed-login:${request.email}`;
    const locked = await this.rateLimiter.isOver(accountKey, limit);
    if (!locked.allowed) throw CommonErrors.rateLimited(locked.retryAfterSeconds);

    const user = await this.accounts.findUserByEmail(request.email);
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH_PROMISE), request.password).catch(() => false);
    if (!user || !valid) {
      await this.rateLimiter.hit(accountKey, limit);
      throw AuthErrors.invalidCredentials();
    }
    if (user.disabledAt) throw AuthErrors.accountDisabled();
    await this.rateLimiter.reset(accountKey);
    return this.issueSession(user, randomUUID(), ip);
  }

  /**
   * Rotates the refresh token. A rotated token presented again within the grace window, once, is
   * answered with the successor it was already rotated to (two tabs refreshing with the same cookie at
   * once); any other reuse means the token was stolen, and its whole family is revoked.
   */
  async refresh(refreshToken: string | undefined, ip: string | null): Promise<IssuedSession> {
    if (!refreshToken) throw AuthErrors.invalidRefreshToken();
    const outcome = await this.sessions.transaction(async (manager) => {
      // The row lock serialises concurrent refreshes with one token: the second sees the first's rotation.
      const row = await this.sessions.findRefreshTokenForUpdate(hashOpaqueToken(refreshToken), manager);
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      if (!row.rotatedAt) {
        const successor = newOpaqueToken();
        const expiresAt = this.refreshExpiry();
        await this.sessions.insertRefreshToken({ familyId: row.familyId, userId: row.userId, tokenHash: successor.hash, expiresAt, createdIp: ip }, manager);
        await this.sessions.markRotated(row.id, sealSuccessor(refreshToken, successor.token), manager);
        return { kind: 'rotated' as const, row, token: successor.token, expiresAt };
      }
      const same = await this.sameSuccessor(row, refreshToken, manager);
      if (same) {
        await this.sessions.markGraceUsed(row.id, manager);
        return { kind: 'rotated' as const, row, ...same };
      }
      await this.sessions.revokeFamily(row.familyId, manager);
      return { kind: 'reused' as const, row };
    });
    if (outcome.kind === 'invalid') throw AuthErrors.invalidRefreshToken();
    if (outcome.kind === 'reused') {
      const user = await this.accounts.findUserById(outcome.row.userId);
      await this.audit.record({
        actor: user ? { userId: user.id, email: user.email, ip } : null,
        action: 'session.refresh_token_reused',
        targetType: 'user',
        targetId: outcome.row.userId,
        after: { revokedFamily: outcome.row.familyId },
      });
      throw AuthErrors.invalidRefreshToken();
    }
    const user = await this.accounts.findUserById(outcome.row.userId);
    if (!user || user.disabledAt) throw AuthErrors.invalidRefreshToken();
    return this.sessionFor(user, outcome.token, outcome.expiresAt);
  }

  /** The successor of a rotated token, when this reuse is the one the grace window allows and that successor still lives. */
  private async sameSuccessor(
    row: RefreshToken,
    refreshToken: string,
    manager: EntityManager,
  ): Promise<{ token: string; expiresAt: Date } | null> {
    if (!row.rotatedAt || !row.successorSealed) return null;
    if (refreshReuseVerdict({ rotatedAt: row.rotatedAt, graceUsedAt: row.graceUsedAt }, new Date()) !== 'SAME_SUCCESSOR') return null;
    const token = openSuccessor(refreshToken, row.successorSealed);
    if (!token) return null;
    const successor = await this.sessions.findRefreshToken(hashOpaqueToken(token), manager);
    if (!successor || successor.revokedAt || successor.expiresAt.getTime() <= Date.now()) return null;
    return { token, expiresAt: successor.expiresAt };
  }

  /** Signs the user out everywhere: every refresh token revoked, every access token refused. */
  async logout(refreshToken: string | undefined, actor: Actor | undefined): Promise<void> {
    let userId = actor?.userId;
    if (!userId && refreshToken) userId = (await this.sessions.findRefreshToken(hashOpaqueToken(refreshToken)))?.userId;
    if (!userId) return;
    await this.revokeEverySession(userId);
  }

  async me(actor: Actor): Promise<UserView> {
    const view = await this.accounts.userView(actor.userId);
    if (!view) throw CommonErrors.unauthenticated();
    return view;
  }

  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    const user = await this.accounts.findUserById(actor.userId);
    if (!user || !(await verifyPassword(user.passwordHash, currentPassword).catch(() => false))) throw AuthErrors.invalidCredentials();
    this.assertNotEmail(newPassword, user.email, 'newPassword');
    const passwordHash = await hashPassword(newPassword);
    await this.accounts.transaction(async (manager) => {
      await this.accounts.setPasswordHash(user.id, passwordHash, manager);
      await this.revokeEverySession(user.id, manager);
      await this.audit.record({ actor, action: 'user.password_changed', targetType: 'user', targetId: user.id }, manager);
    });
  }

  /** Always accepted, so that it cannot tell which emails are registered. Without SMTP an admin issues the code. */
  async forgotPassword(email: string, ip: string | null): Promise<void> {
    const user = await this.accounts.findUserByEmail(email);
    if (user) {
      await this.audit.record({ actor: { userId: user.id, email: user.email, ip }, action: 'user.password_reset_requested', targetType: 'user', targetId: user.id });
    }
  }

  async issuePasswordReset(admin: Actor, userId: string): Promise<PasswordResetTicket> {
    const user = await this.accounts.findUserById(userId);
    if (!user) throw CommonErrors.notFound();
    const { token, hash } = newOpaqueToken();
    const expiresAt = new Date(Date.now() + PASSWORD_RESET_TTL_MS);
    await this.accounts.transaction(async (manager) => {
      await this.sessions.insertPasswordReset({ userId: user.id, tokenHash: hash, expiresAt, createdBy: admin.userId }, manager);
      await this.audit.record(
        { actor: admin, action: 'admin.user.password_reset_issued', targetType: 'user', targetId: user.id, after: { expiresAt: expiresAt.toISOString() } },
        manager,
      );
    });
    return { token, expiresAt: expiresAt.toISOString() };
  }

  async resetPassword(token: string, newPassword: string, ip: string | null): Promise<void> {
    const passwordHash = await hashPassword(newPassword);
    await this.accounts.transaction(async (manager) => {
      const reset = await this.sessions.findPasswordResetForUpdate(hashOpaqueToken(token), manager);
      if (!reset || reset.usedAt || reset.expiresAt.getTime() <= Date.now()) throw AuthErrors.invalidResetToken();
      const user = await this.accounts.findUserById(reset.userId, manager);
      if (!user) throw AuthErrors.invalidResetToken();
      this.assertNotEmail(newPassword, user.email, 'newPassword');
      await this.sessions.markPasswordResetUsed(reset.id, manager);
      await this.accounts.setPasswordHash(user.id, passwordHash, manager);
      await this.revokeEverySession(user.id, manager);
      await this.audit.record({ actor: { userId: user.id, email: user.email, ip }, action: 'user.password_reset_completed', targetType: 'user', targetId: user.id }, manager);
    });
  }

  async revokeEverySession(userId: string, manager?: Parameters<AccountsService['revokeAccessTokens']>[1]): Promise<void> {
    await this.sessions.revokeAllOfUser(userId, manager);
    await this.accounts.revokeAccessTokens(userId, manager);
  }

  private assertNotEmail(password: string, email: string, field: string) {
    const violation = checkPasswordPolicy(password, email).find((v) => v.code === 'SAME_AS_EMAIL');
    if (violation) {
      throw new ValidationFailedError([
        { field, code: violation.code, message: passwordPolicyMessage(violation, 'en'), messageZh: passwordPolicyMessage(violation, 'zh-CN') },
      ]);
    }
  }

  private refreshExpiry(): Date {
    return new Date(Date.now() + this.config.get('REFRESH_TOKEN_TTL_DAYS') * 24 * 3600 * 1000);
  }

  private async issueSession(user: AccountUser, familyId: string, ip: string | null): Promise<IssuedSession> {
    const { token, hash } = newOpaqueToken();
    const refreshExpiresAt = this.refreshExpiry();
    await this.sessions.insertRefreshToken({ familyId, userId: user.id, tokenHash: hash, expiresAt: refreshExpiresAt, createdIp: ip });
    return this.sessionFor(user, token, refreshExpiresAt);
  }

  /** The answer of a sign-in or refresh: a new access token beside the given refresh token. */
  private async sessionFor(user: AccountUser, token: string, refreshExpiresAt: Date): Promise<IssuedSession> {
    const view = await this.accounts.userView(user.id);
    if (!view) throw AuthErrors.invalidCredentials();
    return {
      response: { accessToken: await this.tokens.sign(user.id, user.sessionVersion), tokenType: 'Bearer', expiresIn: this.tokens.ttlSeconds, user: view },
      refreshToken: token,
      refreshExpiresAt,
    };
  }
}
