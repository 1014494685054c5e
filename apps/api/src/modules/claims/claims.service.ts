import { Injectable } from '@nestjs/common';
import type {
  ClaimAdminPage,
  ClaimAdminQuerySchema,
  ClaimAdminView,
  ClaimFiled,
  ClaimFieldsSchema,
} from '@mcf/contracts';
import { inspectedFileKind } from '@mcf/domain';
import type { z } from 'zod';
import type { Actor } from '../../core/auth/actor.js';
import { AppConfig } from '../../core/config/app-config.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { Mailer } from '../../core/mail/mailer.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { storedFileName } from '../../core/storage/file-name.js';
import { FileStore } from '../../core/storage/file-store.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { hashPassword } from '../accounts/password-hasher.js';
import { AuditService } from '../audit/audit.service.js';
import { claimEmail } from './claim-email.js';
import { ClaimErrors } from './claims.errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ClaimsRepository } from './claims.repository.js';
import type { OrganizationClaim } from './entities/organization-claim.entity.js';
import type { SendClaimEmailPayload } from './jobs/claim-email.job.js';

/** The part of multer's file we read. */
export interface UploadedLicence {
  originalname: string;
  buffer: Buffer;
  size: number;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

export function toClaimAdminView(claim: OrganizationClaim): ClaimAdminView {
  const organization = claim.organization!;
  return {
    id: claim.id,
    status: claim.status,
    organization: {
      id: organization.id,
      name: organization.name,
      creditCode: organization.creditCode,
      status: organization.status,
      isDemo: organization.isDemo,
    },
    claimantName: claim.claimantName,
    claimantEmail: claim.claimantEmail,
    licence: { kind: claim.licenceKind, size: claim.licenceSize, name: claim.licenceName },
    reason: claim.reason,
    createdAt: claim.createdAt.toISOString(),
    decidedAt: claim.decidedAt?.toISOString() ?? null,
    decidedByEmail: claim.decider?.email ?? null,
  };
}

/**
 * 机构认领: the firm behind an imported or demo organisation asks to own it, with its business licence;
 * an administrator approves (the claimant's account is made, as the organisation's owner) or rejects.
 * Every step is audited; administrators are emailed of a new claim and the claimant of the decision
 * when SMTP is configured (the claimant has no account, so no in-app notification, before approval).
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly claims: ClaimsRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly files: FileStore,
    private readonly outbox: OutboxService,
    private readonly mailer: Mailer,
    private readonly config: AppConfig,
    private readonly notifications: NotificationsService,
  ) {}

  async file(
    fields: z.output<typeof ClaimFieldsSchema>,
    licence: UploadedLicence | undefined,
    ip: string | null,
  ): Promise<ClaimFiled> {
    if (!licence) throw ClaimErrors.licenceMissing();
    const licenceName = storedFileName(licence.originalname, 'licence', 'licence');
    const kind = inspectedFileKind(licence.buffer);
    if (!kind) throw ClaimErrors.licenceKindRefused();
    const organization = await this.accounts.findOrganizationByCreditCode(fields.creditCode);
    if (!organization || !(await this.accounts.isClaimable(organization))) throw ClaimErrors.notClaimable();
    if (await this.accounts.findUserByEmail(fields.email)) throw ClaimErrors.emailTaken();
    if (await this.claims.findPendingByEmail(fields.email)) throw ClaimErrors.claimPending();
    const passwordHash = await hashPassword(fields.password);
    const licenceSha256 = await this.files.save(licence.buffer);
    try {
      const claim = await this.claims.transaction(async (manager) => {
        const created = await this.claims.insert(
          {
            organizationId: organization.id,
            claimantName: fields.name,
            claimantEmail: fields.email,
            passwordHash,
            licenceSha256,
            licenceKind: kind,
            licenceSize: licence.size,
            licenceName,
          },
          manager,
        );
        await this.audit.record(
          {
            actor: null,
            action: 'organization.claim_filed',
            targetType: 'organization',
            targetId: organization.id,
            after: {
              claimId: created.id,
              claimantName: fields.name,
              claimantEmail: fields.email,
              fromIp: ip,
            },
          },
          manager,
        );
        await this.queueEmail(created.id, 'FILED', manager);
        await this.notifications.notifyAdmins(
          {
            kind: 'ADMIN_CLAIM_FILED',
            title: { zh: `新的机构认领：${organization.name}`, en: `New organisation claim: ${organization.name}` },
            body: {
              zh: `${fields.name}（${fields.email}）申请认领 ${organization.name}，等待审核。`,
              en: `${fields.name} (${fields.email}) claims ${organization.name}; the claim awaits review.`,
            },
            link: '/admin/claims',
            dedupKey: `admin-claim-filed:${created.id}`,
          },
          manager,
          { email: false }, // the claim's own email (FILED) already tells the administrators
        );
        return created;
      });
      this.outbox.kick();
      return { id: claim.id, status: 'PENDING' };
    } catch (error) {
      if (isUniqueViolation(error)) throw ClaimErrors.claimPending();
      throw error;
    }
  }

  async page(query: z.output<typeof ClaimAdminQuerySchema>): Promise<ClaimAdminPage> {
    const [rows, total] = await this.claims.page(query.status, query.page, query.pageSize);
    return { items: rows.map(toClaimAdminView), total, page: query.page, pageSize: query.pageSize };
  }

  async licence(id: string): Promise<{ claim: OrganizationClaim; stream: NodeJS.ReadableStream }> {
    const claim = await this.claims.find(id);
    if (!claim) throw CommonErrors.notFound();
    return { claim, stream: await this.files.open(claim.licenceSha256) };
  }

  /** Makes the claimant's account, as the owner of the organisation; refused when it has a member by now. */
  async approve(admin: Actor, id: string): Promise<ClaimAdminView> {
    await this.claims.transaction(async (manager) => {
      const claim = await this.claims.find(id, manager, true);
      if (!claim) throw CommonErrors.notFound();
      if (claim.status !== 'PENDING') throw ClaimErrors.alreadyDecided();
      const organization = await this.accounts.findOrganizationById(claim.organizationId, manager, true);
      if (!organization || !(await this.accounts.isClaimable(organization, manager)))
        throw ClaimErrors.organizationTaken();
      if (await this.accounts.findUserByEmail(claim.claimantEmail, manager)) throw ClaimErrors.emailTaken();
      const user = await this.accounts.createUser(
        {
          email: claim.claimantEmail,
          displayName: claim.claimantName,
          passwordHash: claim.passwordHash,
          platformRole: 'USER',
          organizationId: organization.id,
          membershipRole: 'OWNER',
        },
        manager,
      );
      await this.claims.decide(
        id,
        { status: 'APPROVED', reason: null, decidedBy: admin.userId, userId: user.id },
        manager,
      );
      await this.audit.record(
        {
          actor: admin,
          action: 'admin.organization.claim_approved',
          targetType: 'organization',
          targetId: organization.id,
          before: { claimStatus: 'PENDING' },
          after: { claimStatus: 'APPROVED', claimId: id, ownerUserId: user.id, ownerEmail: user.email },
        },
        manager,
      );
      await this.queueEmail(id, 'APPROVED', manager);
    });
    this.outbox.kick();
    return this.view(id);
  }

  async reject(admin: Actor, id: string, reason: string): Promise<ClaimAdminView> {
    await this.claims.transaction(async (manager) => {
      const claim = await this.claims.find(id, manager, true);
      if (!claim) throw CommonErrors.notFound();
      if (claim.status !== 'PENDING') throw ClaimErrors.alreadyDecided();
      await this.claims.decide(
        id,
        { status: 'REJECTED', reason, decidedBy: admin.userId, userId: null },
        manager,
      );
      await this.audit.record(
        {
          actor: admin,
          action: 'admin.organization.claim_rejected',
          targetType: 'organization',
          targetId: claim.organizationId,
          before: { claimStatus: 'PENDING' },
          after: { claimStatus: 'REJECTED', claimId: id, claimantEmail: claim.claimantEmail, reason },
        },
        manager,
      );
      await this.queueEmail(id, 'REJECTED', manager);
    });
    this.outbox.kick();
    return this.view(id);
  }

  /** The email of one step; nothing without SMTP. Recipients are read when it is sent (administrators may change). */
  async sendEmail(
    claimId: string,
    event: SendClaimEmailPayload['event'],
  ): Promise<'sent' | 'no-recipients' | 'gone' | 'no-smtp'> {
    if (!this.mailer.enabled) return 'no-smtp';
    const claim = await this.claims.findWithRelations(claimId);
    if (!claim?.organization) return 'gone';
    const to = event === 'FILED' ? await this.accounts.activeAdministratorEmails() : [claim.claimantEmail];
    if (to.length === 0) return 'no-recipients';
    await this.mailer.send({
      to,
      ...claimEmail(toClaimAdminView(claim), event, this.config.get('PUBLIC_URL')),
    });
    return 'sent';
  }

  private async queueEmail(
    claimId: string,
    event: SendClaimEmailPayload['event'],
    manager: Parameters<OutboxService['record']>[0],
  ): Promise<void> {
    if (!this.mailer.enabled) return;
    await this.outbox.record(manager, 'claim.email-due', { claimId, step: event });
  }

  private async view(id: string): Promise<ClaimAdminView> {
    const claim = await this.claims.findWithRelations(id);
    if (!claim) throw CommonErrors.notFound();
    return toClaimAdminView(claim);
  }
}
