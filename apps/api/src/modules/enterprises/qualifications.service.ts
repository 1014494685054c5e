import { Injectable } from '@nestjs/common';
import {
  type QualificationBulkResult,
  type QualificationEditSchema,
  type QualificationQueuePage,
  type QualificationUploadFieldsSchema,
  type QualificationView,
  qualificationConsistencyProblems,
} from '@mcf/contracts';
import {
  chinaDateOf,
  daysUntilExpiry,
  dueExpiryReminder,
  EXPIRY_REMINDER_DAYS,
  inspectedFileKind,
  isVettedNow,
  qualificationTypeByCode,
  type QualificationStatus,
} from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import type { z } from 'zod';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { ValidationFailedError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { storedFileName } from '../../core/storage/file-name.js';
import { FileStore } from '../../core/storage/file-store.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ownEnterprise } from './enterprise-access.util.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterpriseErrors } from './enterprises.errors.js';
import type { Qualification } from './entities/qualification.entity.js';

export interface UploadedFile {
  buffer: Buffer;
  size: number;
  originalname: string;
}

export function qualificationName(q: Pick<Qualification, 'type' | 'otherName'>): string {
  return q.type === 'OTHER' && q.otherName ? q.otherName : qualificationTypeByCode(q.type).nameZh;
}

function qualificationSnapshot(q: Qualification) {
  return { status: q.status, statusReason: q.statusReason, type: q.type, level: q.level, certificateNo: q.certificateNo, issuer: q.issuer, expiresOn: q.expiresOn };
}

export function toQualificationView(q: Qualification, now = new Date()): QualificationView {
  return {
    id: q.id,
    organizationId: q.organizationId,
    type: q.type,
    name: qualificationName(q),
    level: q.level,
    certificateNo: q.certificateNo,
    issuer: q.issuer,
    issuedAt: q.issuedOn,
    expiresAt: q.expiresOn,
    scope: q.scope,
    status: q.status,
    statusReason: q.statusReason,
    vetted: isVettedNow({ status: q.status, expiresOn: q.expiresOn }, now),
    file: { kind: q.fileKind, size: q.fileSize, name: q.fileName },
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
  };
}

/**
 * Qualification certificates of enterprises: the firm uploads and edits them, administrators vet them
 * (one by one or in bulk), and the daily sweep expires them and reminds their owners.
 */
@Injectable()
export class QualificationsService {
  constructor(
    private readonly enterprises: EnterprisesRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
    private readonly files: FileStore,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

  /** Tells the administrators that a certificate waits for review (new, or edited back to pending). */
  private async notifyAdminsOfSubmission(qualification: Qualification, organizationName: string, event: string, manager: EntityManager): Promise<void> {
    const name = qualificationName(qualification);
    await this.notifications.notifyAdmins(
      {
        kind: 'ADMIN_QUALIFICATION_SUBMITTED',
        title: { zh: `资质待审核：${organizationName} · ${name}`, en: `Certificate to review: ${organizationName} · ${name}` },
        body: {
          zh: `${organizationName} 提交了证书编号 ${qualification.certificateNo}，等待审核。`,
          en: `${organizationName} submitted certificate ${qualification.certificateNo} for review.`,
        },
        link: '/admin/qualifications',
        dedupKey: `admin-qualification-submitted:${event}`,
      },
      manager,
    );
  }

  async upload(actor: Actor, organizationId: string, fields: z.output<typeof QualificationUploadFieldsSchema>, file: UploadedFile | undefined): Promise<QualificationView> {
    const organization = await ownEnterprise(this.accounts, actor, organizationId);
    if (!file) throw EnterpriseErrors.fileMissing();
    const fileName = storedFileName(file.originalname, 'file', 'certificate');
    const kind = inspectedFileKind(file.buffer);
    if (!kind) throw EnterpriseErrors.fileKindRefused();
    const sha256 = await this.files.save(file.buffer);
    return this.enterprises.transaction(async (manager) => {
      const qualification = await this.enterprises.insertQualification(
        {
          organizationId,
          type: fields.type,
          level: fields.level ?? null,
          otherName: fields.otherName ?? null,
          certificateNo: fields.certificateNo,
          issuer: fields.issuer,
          issuedOn: fields.issuedAt,
          expiresOn: fields.expiresAt,
          scope: fields.scope ?? null,
          status: 'PENDING',
          statusReason: null,
          decidedBy: null,
          decidedAt: null,
          fileSha256: sha256,
          fileKind: kind,
          fileSize: file.size,
          fileName,
        },
        manager,
      );
      await this.audit.record(
        { actor, action: 'qualification.submitted', targetType: 'qualification', targetId: qualification.id, after: qualificationSnapshot(qualification) },
        manager,
      );
      await this.notifyAdminsOfSubmission(qualification, organization.name, `uploaded:${qualification.id}`, manager);
      return toQualificationView(qualification);
    });
  }

  /** The owner and admins see every certificate; everyone else only the vetted ones. */
  async list(actor: Actor | undefined, organizationId: string): Promise<QualificationView[]> {
    const organization = await this.accounts.findOrganizationById(organizationId);
    if (!organization || organization.kind !== 'ENTERPRISE') throw CommonErrors.notFound();
    const all = (await this.enterprises.qualificationsOf(organizationId)).map((q) => toQualificationView(q));
    const privileged = actor !== undefined && (isAdmin(actor) || actor.organizationId === organizationId);
    return privileged ? all : all.filter((q) => q.vetted);
  }

  /** Any edit returns an approved (or rejected) certificate to PENDING: it must be vetted again. */
  async edit(actor: Actor, id: string, changes: z.output<typeof QualificationEditSchema>): Promise<QualificationView> {
    return this.enterprises.transaction(async (manager) => {
      const current = await this.enterprises.findQualification(id, manager, true);
      if (!current || current.organizationId !== actor.organizationId) {
        if (current && isAdmin(actor)) throw CommonErrors.forbidden();
        throw CommonErrors.notFound();
      }
      const merged = {
        type: changes.type ?? current.type,
        level: changes.level !== undefined ? changes.level : current.level,
        otherName: changes.otherName !== undefined ? changes.otherName : current.otherName,
        issuedOn: changes.issuedAt ?? current.issuedOn,
        expiresOn: changes.expiresAt ?? current.expiresOn,
      };
      const problems = qualificationConsistencyProblems({ ...merged, issuedAt: merged.issuedOn, expiresAt: merged.expiresOn });
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const updated = await this.enterprises.updateQualification(
        id,
        {
          ...merged,
          ...(changes.certificateNo !== undefined ? { certificateNo: changes.certificateNo } : {}),
          ...(changes.issuer !== undefined ? { issuer: changes.issuer } : {}),
          ...(changes.scope !== undefined ? { scope: changes.scope } : {}),
          status: 'PENDING',
          statusReason: null,
          decidedBy: null,
          decidedAt: null,
        },
        manager,
      );
      await this.audit.record(
        { actor, action: 'qualification.edited', targetType: 'qualification', targetId: id, before: qualificationSnapshot(current), after: qualificationSnapshot(updated) },
        manager,
      );
      if (current.status === 'APPROVED')
        await this.outbox.record(manager, 'certificate.reopened', { organizationId: current.organizationId, qualificationId: id });
      if (current.status !== 'PENDING') {
        const organization = await this.accounts.findOrganizationById(current.organizationId, manager);
        await this.notifyAdminsOfSubmission(updated, organization?.name ?? '', `edited:${id}:${updated.updatedAt.toISOString()}`, manager);
      }
      return toQualificationView(updated);
    });
  }

  async file(actor: Actor, id: string): Promise<{ qualification: Qualification; stream: NodeJS.ReadableStream }> {
    const qualification = await this.enterprises.findQualification(id);
    if (!qualification || (!isAdmin(actor) && qualification.organizationId !== actor.organizationId)) throw CommonErrors.notFound();
    return { qualification, stream: await this.files.open(qualification.fileSha256) };
  }

  async queue(status: QualificationStatus, page: number, pageSize: number, after?: string): Promise<QualificationQueuePage> {
    const { rows, total, next } = await this.enterprises.queue(status, page, pageSize, after);
    return { items: rows.map((q) => ({ ...toQualificationView(q), organizationName: q.organizationName })), total, page, pageSize, next };
  }

  async decide(actor: Actor, id: string, decision: 'APPROVED' | 'REJECTED', reason: string | null): Promise<QualificationView> {
    return this.enterprises.transaction(async (manager) => {
      const current = await this.enterprises.findQualification(id, manager, true);
      if (!current) throw CommonErrors.notFound();
      if (current.status !== 'PENDING') throw EnterpriseErrors.invalidQualificationTransition(current.status);
      const decidedAt = new Date();
      const updated = await this.enterprises.updateQualification(id, { status: decision, statusReason: reason, decidedBy: actor.userId, decidedAt }, manager);
      const name = qualificationName(updated);
      await this.notifications.notify(
        {
          organizationId: updated.organizationId,
          kind: decision === 'APPROVED' ? 'QUALIFICATION_APPROVED' : 'QUALIFICATION_REJECTED',
          title:
            decision === 'APPROVED'
              ? { zh: `资质已通过审核：${name}`, en: `Certificate approved: ${name}` }
              : { zh: `资质未通过审核：${name}`, en: `Certificate rejected: ${name}` },
          body:
            decision === 'APPROVED'
              ? { zh: `证书编号 ${updated.certificateNo} 已通过审核，将在档案中显示为已核验。`, en: `Certificate ${updated.certificateNo} was approved and now shows as vetted.` }
              : { zh: `证书编号 ${updated.certificateNo} 未通过审核，原因：${reason ?? ''}`, en: `Certificate ${updated.certificateNo} was rejected: ${reason ?? ''}` },
          link: '/enterprise/qualifications',
          dedupKey: `qualification-decision:${id}:${decidedAt.toISOString()}`,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: decision === 'APPROVED' ? 'admin.qualification.approve' : 'admin.qualification.reject',
          targetType: 'qualification',
          targetId: id,
          before: qualificationSnapshot(current),
          after: qualificationSnapshot(updated),
        },
        manager,
      );
      if (decision === 'APPROVED')
        await this.outbox.record(manager, 'certificate.approved', { organizationId: updated.organizationId, qualificationId: updated.id });
      return toQualificationView(updated);
    });
  }

  /** Approves each pending certificate in its own transaction; the others are reported, not failed. */
  async bulkApprove(actor: Actor, ids: string[]): Promise<QualificationBulkResult> {
    const result: QualificationBulkResult = { approved: [], skipped: [] };
    for (const id of [...new Set(ids)]) {
      try {
        await this.decide(actor, id, 'APPROVED', null);
        result.approved.push(id);
      } catch (error) {
        result.skipped.push({ id, reason: (error as { code?: string }).code ?? 'ERROR' });
      }
    }
    return result;
  }

  /**
   * The daily sweep: marks certificates whose last valid day has passed EXPIRED, and reminds owners
   * 60, 30 and 7 days before expiry. `now` is the job's clock. Safe to run twice: a certificate is
   * marked once, and each notification has a de-duplication key.
   */
  async sweepExpiry(now: Date): Promise<{ expired: number; reminded: number }> {
    const today = chinaDateOf(now);
    let expired = 0;
    for (const stale of await this.enterprises.expiredButNotMarked(today)) {
      await this.enterprises.transaction(async (manager) => {
        const current = await this.enterprises.findQualification(stale.id, manager, true);
        if (!current || !['APPROVED', 'PENDING'].includes(current.status) || current.expiresOn >= today) return;
        const updated = await this.enterprises.updateQualification(current.id, { status: 'EXPIRED' }, manager);
        await this.audit.record(
          { actor: null, action: 'system.qualification.expired', targetType: 'qualification', targetId: current.id, before: qualificationSnapshot(current), after: qualificationSnapshot(updated) },
          manager,
        );
        const name = qualificationName(current);
        await this.notifications.notify(
          {
            organizationId: current.organizationId,
            kind: 'QUALIFICATION_EXPIRED',
            title: { zh: `资质已过期：${name}`, en: `Certificate expired: ${name}` },
            body: {
              zh: `证书编号 ${current.certificateNo} 已于 ${current.expiresOn} 到期，不再计入匹配。请上传新证书。`,
              en: `Certificate ${current.certificateNo} expired on ${current.expiresOn} and no longer counts for matching. Please upload the renewed one.`,
            },
            link: '/enterprise/qualifications',
            dedupKey: `qualification-expired:${current.id}:${current.expiresOn}`,
          },
          manager,
        );
        if (current.status === 'APPROVED')
          await this.outbox.record(manager, 'certificate.expired', { organizationId: current.organizationId, qualificationId: current.id });
        expired++;
      });
    }
    let reminded = 0;
    const horizon = chinaDateOf(new Date(now.getTime() + Math.max(...EXPIRY_REMINDER_DAYS) * 86_400_000));
    for (const certificate of await this.enterprises.approvedExpiringBetween(today, horizon)) {
      const threshold = dueExpiryReminder(certificate.expiresOn, now, []);
      if (threshold === null) continue;
      const days = daysUntilExpiry(certificate.expiresOn, now);
      const name = qualificationName(certificate);
      const inserted = await this.notifications.notify({
        organizationId: certificate.organizationId,
        kind: 'QUALIFICATION_EXPIRING',
        title: { zh: `资质将于${days}天后到期：${name}`, en: `Certificate expires in ${days} days: ${name}` },
        body: {
          zh: `证书编号 ${certificate.certificateNo} 有效期至 ${certificate.expiresOn}，请及时续证并上传新证书。`,
          en: `Certificate ${certificate.certificateNo} is valid through ${certificate.expiresOn}; please renew it and upload the new one.`,
        },
        link: '/enterprise/qualifications',
        dedupKey: `qualification-expiring:${certificate.id}:${certificate.expiresOn}:${threshold}`,
      });
      if (inserted) reminded++;
    }
    return { expired, reminded };
  }
}