import { Injectable } from '@nestjs/common';
import {
  OPEN_RESPONSE_STATUSES,
  type AwardView,
  type DemandInvitationView,
  type InvitationCreate,
  type MyInvitationView,
  type ResponseCreate,
  type ResponseDecision,
  type ResponseAttachmentView,
  type ResponseView,
  RESPONSE_ATTACHMENTS_MAX,
} from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { FileStore, type UploadedAttachment } from '../../core/storage/file-store.js';
import { AuditService } from '../audit/audit.service.js';
import { type DemandEnding, DemandEndingRegistry } from '../demands/demand-ending.registry.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import { DemandsService } from '../demands/demands.service.js';
import { DemandErrors } from '../demands/demands.errors.js';
import { EnterpriseSnapshots } from '../enterprises/enterprise-snapshots.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { EntityManager } from 'typeorm';
import type { DemandResponse } from './entities/demand-response.entity.js';
import type { ResponseAttachment } from './entities/response-attachment.entity.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponseErrors } from './responses.errors.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';

const LIVE: DemandResponse['status'][] = [...OPEN_RESPONSE_STATUSES];

/** The sentence a firm reads when the procurer gave no reason for the final status (Chinese · English). */
const DEFAULT_FINAL_REASONS = {
  AWARDED: '采购方已确定贵单位为中标单位。 · The procurer awarded the demand to your organisation.',
  NOT_AWARDED: '采购方已确定其他中标单位。 · The procurer awarded the demand to another supplier.',
  DEMAND_CLOSED: '采购方已关闭该需求，未说明原因。 · The procurer closed the demand without giving a reason.',
  DEMAND_CANCELLED: '采购方已撤销该需求。 · The procurer cancelled the demand.',
} as const;

function attachmentView(a: ResponseAttachment): ResponseAttachmentView {
  return { id: a.id, name: a.fileName, kind: a.fileKind, size: a.fileSize, createdAt: a.createdAt.toISOString() };
}

export type UploadedResponseFile = UploadedAttachment;

function responseSnapshot(r: DemandResponse) {
  return {
    demandId: r.demandId,
    organizationId: r.organizationId,
    kind: r.kind,
    status: r.status,
    price: r.price,
    deliveryDays: r.deliveryDays,
    reason: r.reason,
    statusReason: r.statusReason,
  };
}

/**
 * From match to award: invitations, responses (interest or decline), the procurer's shortlist and
 * rejections with reasons, withdrawal until the award, and the award itself, whose outcome every
 * respondent is told once (a job, de-duplicated per respondent).
 */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly responses: ResponsesRepository,
    private readonly demands: DemandQueries,
    private readonly organizations: OrganizationDirectory,
    private readonly demandsService: DemandsService,
    private readonly demandAccess: DemandAccessService,
    private readonly snapshots: EnterpriseSnapshots,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly files: FileStore,
    endings: DemandEndingRegistry,
  ) {
    endings.register((ending, manager) => this.endOpenResponses(ending, manager));
  }

  /**
   * A demand closed or cancelled (by its procurer or an administrator): every open response ends as
   * DEMAND_CLOSED or DEMAND_CANCELLED with the reason, audited, and each firm is told once.
   */
  private async endOpenResponses({ demand, status, reason }: DemandEnding, manager: EntityManager): Promise<void> {
    const final = status === 'CLOSED' ? 'DEMAND_CLOSED' : 'DEMAND_CANCELLED';
    const statusReason = reason ?? DEFAULT_FINAL_REASONS[final];
    const closed = status === 'CLOSED';
    for (const current of await this.responses.responsesOf(demand.id, undefined, manager)) {
      if (!LIVE.includes(current.status)) continue;
      const next = await this.responses.updateResponse(current.id, { status: final, statusReason }, manager);
      await this.audit.record(
        {
          actor: null,
          action: closed ? 'system.response.demand_closed' : 'system.response.demand_cancelled',
          targetType: 'response',
          targetId: current.id,
          before: responseSnapshot(current),
          after: responseSnapshot(next),
        },
        manager,
      );
      await this.notifications.notify(
        {
          organizationId: current.organizationId,
          kind: 'RESPONSE_DECIDED',
          title: closed
            ? { zh: `需求已关闭：${demand.title}`, en: `The demand was closed: ${demand.title}` }
            : { zh: `需求已撤销：${demand.title}`, en: `The demand was cancelled: ${demand.title}` },
          body: reason
            ? { zh: `您的响应已结束。原因：${reason}`, en: `Your response has ended. Reason: ${reason}` }
            : closed
              ? { zh: '您的响应已结束，采购方未说明原因。', en: 'Your response has ended; the procurer gave no reason.' }
              : { zh: '您的响应已结束。', en: 'Your response has ended.' },
          link: `/demands/${demand.id}`,
          dedupKey: `demand-ended:${demand.id}:${current.organizationId}`,
        },
        manager,
      );
    }
  }

  private async views(rows: DemandResponse[]): Promise<ResponseView[]> {
    const files = new Map<string, ResponseAttachmentView[]>();
    for (const a of await this.responses.attachmentsOf(rows.map((r) => r.id)))
      files.set(a.responseId, [...(files.get(a.responseId) ?? []), attachmentView(a)]);
    const demands = new Map((await this.demands.findMany(rows.map((r) => r.demandId))).map((d) => [d.id, d]));
    const names = await this.organizations.namesOf(rows.map((r) => r.organizationId));
    const invited = new Set<string>();
    for (const demandId of new Set(rows.map((r) => r.demandId)))
      for (const invitation of await this.responses.invitationsOf(demandId))
        invited.add(`${demandId}:${invitation.organizationId}`);
    return rows.map((r) => ({
      id: r.id,
      demandId: r.demandId,
      demandTitle: demands.get(r.demandId)?.title ?? '',
      enterprise: { id: r.organizationId, name: names.get(r.organizationId) ?? '' },
      kind: r.kind,
      status: r.status,
      proposal: r.proposal,
      price: r.price,
      deliveryDays: r.deliveryDays,
      reason: r.reason,
      statusReason: r.statusReason,
      invited: invited.has(`${r.demandId}:${r.organizationId}`),
      attachments: files.get(r.id) ?? [],
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
    }));
  }

  async invite(actor: Actor, demandId: string, input: InvitationCreate): Promise<DemandInvitationView> {
    if (actor.organizationKind !== 'PROCURER') throw DemandErrors.procurersOnly();
    const created = await this.responses.transaction(async (manager) => {
      const demand = await this.demandAccess.ownedDemand(actor, demandId, manager);
      if (demand.status !== 'PUBLISHED') throw DemandErrors.notOpen(demand.status);
      const [firm] = await this.snapshots.load([input.enterpriseId]);
      if (!firm?.profile || !['VERIFIED', 'PENDING_VERIFICATION'].includes(firm.organizationStatus))
        throw ResponseErrors.notInvitable();
      if (await this.responses.findInvitation(demandId, input.enterpriseId, manager))
        throw ResponseErrors.alreadyInvited();
      const invitation = await this.responses.insertInvitation(
        { demandId, organizationId: input.enterpriseId, message: input.message, invitedBy: actor.userId },
        manager,
      );
      await this.notifications.notify(
        {
          organizationId: input.enterpriseId,
          kind: 'INVITED_TO_DEMAND',
          title: { zh: `邀请您响应需求：${demand.title}`, en: `You are invited to respond: ${demand.title}` },
          body: {
            zh: input.message || `截止日期 ${demand.deadline ?? '—'}。`,
            en: input.message || `Deadline ${demand.deadline ?? '—'}.`,
          },
          link: `/demands/${demandId}`,
          dedupKey: `invited:${demandId}:${input.enterpriseId}`,
        },
        manager,
      );
      // Invited firms read INVITED demands, in search too; a firm matching ranked low may reveal a term the
      // vocabulary lacks (vocabulary suggestions).
      await this.outbox.record(manager, 'demand.firm-invited', { demandId, organizationId: input.enterpriseId });
      await this.audit.record(
        {
          actor,
          action: 'demand.invitation_sent',
          targetType: 'demand',
          targetId: demandId,
          after: { enterpriseId: input.enterpriseId, message: input.message },
        },
        manager,
      );
      return { demand, invitation, firmName: firm.name };
    });
    this.outbox.kick();
    return {
      demandId,
      enterprise: { id: input.enterpriseId, name: created.firmName },
      message: created.invitation.message,
      invitedAt: created.invitation.invitedAt.toISOString(),
      responseStatus: null,
    };
  }

  async invitations(actor: Actor, demandId: string): Promise<DemandInvitationView[]> {
    await this.demandAccess.ownedDemand(actor, demandId, undefined, true);
    const rows = await this.responses.invitationsOf(demandId);
    const names = await this.organizations.namesOf(rows.map((r) => r.organizationId));
    const live = new Map(
      (await this.responses.responsesOf(demandId))
        .filter((r) => r.status !== 'WITHDRAWN')
        .map((r) => [r.organizationId, r.status]),
    );
    return rows.map((r) => ({
      demandId,
      enterprise: { id: r.organizationId, name: names.get(r.organizationId) ?? '' },
      message: r.message,
      invitedAt: r.invitedAt.toISOString(),
      responseStatus: live.get(r.organizationId) ?? null,
    }));
  }

  async respond(actor: Actor, demandId: string, input: ResponseCreate): Promise<ResponseView> {
    if (actor.organizationKind !== 'ENTERPRISE' || !actor.organizationId)
      throw ResponseErrors.enterprisesOnly();
    if (actor.organizationStatus !== 'VERIFIED') throw ResponseErrors.notVerified();
    const organizationId = actor.organizationId;
    const response = await this.responses.transaction(async (manager) => {
      const demand = await this.demands.find(demandId, manager, true);
      if (
        !demand ||
        ['NONE', 'SUMMARY'].includes(await this.demandAccess.accessFor(demand, actor, manager))
      )
        throw CommonErrors.notFound();
      if (demand.status !== 'PUBLISHED') throw DemandErrors.notOpen(demand.status);
      if (demand.deadline && demand.deadline < chinaDateOf(new Date()))
        throw DemandErrors.deadlinePassed(demand.deadline);
      if (await this.responses.liveResponse(demandId, organizationId, manager))
        throw ResponseErrors.alreadyResponded();
      const created = await this.responses.insertResponse(
        {
          demandId,
          organizationId,
          createdBy: actor.userId,
          kind: input.kind,
          status: input.kind === 'INTEREST' ? 'SUBMITTED' : 'DECLINED',
          proposal: input.kind === 'INTEREST' ? (input.proposal ?? null) : null,
          price: input.kind === 'INTEREST' ? (input.price ?? null) : null,
          deliveryDays: input.kind === 'INTEREST' ? (input.deliveryDays ?? null) : null,
          reason: input.kind === 'DECLINE' ? (input.reason ?? null) : null,
          statusReason: null,
        },
        manager,
      );
      const firm = (await this.organizations.namesOf([organizationId])).get(organizationId) ?? '';
      await this.notifications.notify(
        {
          organizationId: demand.organizationId,
          kind: 'RESPONSE_RECEIVED',
          title:
            input.kind === 'INTEREST'
              ? { zh: `${firm} 响应了需求：${demand.title}`, en: `${firm} responded to: ${demand.title}` }
              : { zh: `${firm} 表示不参与：${demand.title}`, en: `${firm} declined: ${demand.title}` },
          body:
            input.kind === 'INTEREST'
              ? { zh: '请在需求详情中查看响应方案。', en: 'See the proposal on the demand.' }
              : { zh: `原因：${input.reason ?? ''}`, en: `Reason: ${input.reason ?? ''}` },
          link: `/demands/${demandId}`,
          dedupKey: `response-received:${created.id}`,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: input.kind === 'INTEREST' ? 'response.submitted' : 'response.declined',
          targetType: 'response',
          targetId: created.id,
          after: responseSnapshot(created),
        },
        manager,
      );
      return created;
    });
    return (await this.views([response]))[0]!;
  }

  /** The procurer (and admins) see every response to the demand; a firm sees its own. */
  async list(actor: Actor, demandId: string): Promise<ResponseView[]> {
    const demand = await this.demands.find(demandId);
    if (!demand) throw CommonErrors.notFound();
    if (isAdmin(actor) || demand.organizationId === actor.organizationId)
      return this.views(await this.responses.responsesOf(demandId));
    if (actor.organizationKind === 'ENTERPRISE' && actor.organizationId) {
      if ((await this.demandAccess.accessFor(demand, actor)) !== 'NONE')
        return this.views(await this.responses.responsesOf(demandId, actor.organizationId));
    }
    throw CommonErrors.notFound();
  }

  async mine(actor: Actor): Promise<ResponseView[]> {
    if (!actor.organizationId) return [];
    return this.views(await this.responses.responsesBy(actor.organizationId));
  }

  /** The invitations my organisation received, each with the procurer's message and my live answer. */
  async myInvitations(actor: Actor): Promise<MyInvitationView[]> {
    if (!actor.organizationId) return [];
    const organizationId = actor.organizationId;
    const rows = await this.responses.invitationsTo(organizationId);
    const demands = new Map((await this.demands.findMany(rows.map((r) => r.demandId))).map((d) => [d.id, d]));
    const procurers = await this.organizations.namesOf([...demands.values()].map((d) => d.organizationId));
    const live = new Map(
      (await this.responses.responsesBy(organizationId))
        .filter((r) => r.status !== 'WITHDRAWN')
        .map((r) => [r.demandId, r.status]),
    );
    return rows.flatMap((r) => {
      const demand = demands.get(r.demandId);
      if (!demand) return [];
      return [
        {
          demandId: r.demandId,
          demandTitle: demand.title,
          demandStatus: demand.status,
          deadline: demand.deadline,
          procurer: { id: demand.organizationId, name: procurers.get(demand.organizationId) ?? '' },
          message: r.message,
          invitedAt: r.invitedAt.toISOString(),
          responseStatus: live.get(r.demandId) ?? null,
        },
      ];
    });
  }

  /** SHORTLISTED or REJECTED (with a reason shown to the firm), by the demand's procurer, until the award. */
  async decide(actor: Actor, responseId: string, decision: ResponseDecision): Promise<ResponseView> {
    if (actor.organizationKind !== 'PROCURER') throw DemandErrors.procurersOnly();
    const updated = await this.responses.transaction(async (manager) => {
      const current = await this.responses.findResponse(responseId, manager, true);
      if (!current) throw CommonErrors.notFound();
      const demand = await this.demandAccess.ownedDemand(actor, current.demandId, manager);
      if (demand.status === 'AWARDED') throw ResponseErrors.alreadyAwarded();
      if (demand.status === 'CANCELLED') throw DemandErrors.notOpen(demand.status);
      const allowedFrom: DemandResponse['status'][] =
        decision.status === 'SHORTLISTED' ? ['SUBMITTED'] : ['SUBMITTED', 'SHORTLISTED'];
      if (!allowedFrom.includes(current.status))
        throw ResponseErrors.invalidTransition(current.status, decision.status);
      const next = await this.responses.updateResponse(
        responseId,
        {
          status: decision.status,
          statusReason: decision.status === 'REJECTED' ? (decision.reason ?? null) : null,
        },
        manager,
      );
      await this.notifications.notify(
        {
          organizationId: current.organizationId,
          kind: 'RESPONSE_DECIDED',
          title:
            decision.status === 'SHORTLISTED'
              ? {
                  zh: `您的响应已入围：${demand.title}`,
                  en: `Your response was shortlisted: ${demand.title}`,
                }
              : {
                  zh: `您的响应未入围：${demand.title}`,
                  en: `Your response was not shortlisted: ${demand.title}`,
                },
          body:
            decision.status === 'SHORTLISTED'
              ? { zh: '采购方将进一步评审。', en: 'The procurer will review it further.' }
              : { zh: `原因：${decision.reason ?? ''}`, en: `Reason: ${decision.reason ?? ''}` },
          link: `/demands/${demand.id}`,
          dedupKey: `response-decided:${responseId}:${decision.status}`,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: decision.status === 'SHORTLISTED' ? 'response.shortlisted' : 'response.rejected',
          targetType: 'response',
          targetId: responseId,
          before: responseSnapshot(current),
          after: responseSnapshot(next),
        },
        manager,
      );
      if (decision.status === 'SHORTLISTED')
        await this.outbox.record(manager, 'demand.response-shortlisted', { demandId: demand.id, organizationId: current.organizationId });
      return next;
    });
    this.outbox.kick();
    return (await this.views([updated]))[0]!;
  }

  /**
   * The firm's own response, locked, while files may change: an expression of interest under review on
   * an open demand. Anyone else is told it does not exist (an administrator: forbidden).
   */
  private async editableResponse(actor: Actor, responseId: string, manager: EntityManager): Promise<DemandResponse> {
    const response = await this.responses.findResponse(responseId, manager, true);
    if (!response || response.organizationId !== actor.organizationId) {
      if (response && isAdmin(actor)) throw CommonErrors.forbidden();
      throw CommonErrors.notFound();
    }
    const demand = await this.demands.find(response.demandId, manager);
    if (response.kind !== 'INTEREST' || !LIVE.includes(response.status) || demand?.status !== 'PUBLISHED')
      throw ResponseErrors.attachmentsClosed();
    return response;
  }

  /** Attaches a file (PDF, PNG or JPEG by content, the certificate file rules) to the firm's response. */
  async addAttachment(
    actor: Actor,
    responseId: string,
    file: UploadedResponseFile | undefined,
  ): Promise<ResponseAttachmentView> {
    const { sha256, kind, size, fileName } = await this.files.accept(file);
    const created = await this.responses.transaction(async (manager) => {
      const response = await this.editableResponse(actor, responseId, manager);
      if ((await this.responses.attachmentsOf([responseId], manager)).length >= RESPONSE_ATTACHMENTS_MAX)
        throw ResponseErrors.tooManyAttachments();
      const attachment = await this.responses.insertAttachment(
        { responseId, fileSha256: sha256, fileKind: kind, fileSize: size, fileName, uploadedBy: actor.userId },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'response.attachment_added',
          targetType: 'response',
          targetId: response.id,
          after: { attachmentId: attachment.id, name: attachment.fileName, size: attachment.fileSize },
        },
        manager,
      );
      return attachment;
    });
    return attachmentView(created);
  }

  async removeAttachment(actor: Actor, responseId: string, attachmentId: string): Promise<void> {
    await this.responses.transaction(async (manager) => {
      await this.editableResponse(actor, responseId, manager);
      const attachment = (await this.responses.attachmentsOf([responseId], manager)).find((a) => a.id === attachmentId);
      if (!attachment) throw CommonErrors.notFound();
      await this.responses.deleteAttachment(attachmentId, manager);
      await this.audit.record(
        {
          actor,
          action: 'response.attachment_removed',
          targetType: 'response',
          targetId: responseId,
          before: { attachmentId, name: attachment.fileName },
        },
        manager,
      );
    });
  }

  /** A response's file, for the firm that sent it, the demand's procurer and administrators. */
  async attachmentFile(
    actor: Actor,
    responseId: string,
    attachmentId: string,
  ): Promise<{ attachment: ResponseAttachment; stream: NodeJS.ReadableStream }> {
    const response = await this.responses.findResponse(responseId);
    const demand = response ? await this.demands.find(response.demandId) : null;
    if (!response || !demand) throw CommonErrors.notFound();
    const reader =
      isAdmin(actor) ||
      (actor.organizationId !== null &&
        [response.organizationId, demand.organizationId].includes(actor.organizationId));
    if (!reader) throw CommonErrors.notFound();
    const attachment = await this.responses.findAttachment(responseId, attachmentId);
    if (!attachment) throw CommonErrors.notFound();
    return { attachment, stream: await this.files.open(attachment.fileSha256) };
  }

  /** The firm takes its response back, until the award. */
  async withdraw(actor: Actor, responseId: string, reason: string | null): Promise<ResponseView> {
    const updated = await this.responses.transaction(async (manager) => {
      const current = await this.responses.findResponse(responseId, manager, true);
      if (!current || current.organizationId !== actor.organizationId) {
        if (current && isAdmin(actor)) throw CommonErrors.forbidden();
        throw CommonErrors.notFound();
      }
      const demand = (await this.demands.find(current.demandId, manager, true))!;
      if (demand.status === 'AWARDED') throw ResponseErrors.alreadyAwarded();
      if (![...LIVE, 'DECLINED'].includes(current.status))
        throw ResponseErrors.invalidTransition(current.status, 'WITHDRAWN');
      const next = await this.responses.updateResponse(
        responseId,
        { status: 'WITHDRAWN', reason: reason ?? current.reason },
        manager,
      );
      const firm =
        (await this.organizations.namesOf([current.organizationId])).get(current.organizationId) ?? '';
      await this.notifications.notify(
        {
          organizationId: demand.organizationId,
          kind: 'RESPONSE_WITHDRAWN',
          title: {
            zh: `${firm} 撤回了响应：${demand.title}`,
            en: `${firm} withdrew its response: ${demand.title}`,
          },
          body: {
            zh: reason ? `原因：${reason}` : '企业撤回了响应。',
            en: reason ? `Reason: ${reason}` : 'The firm withdrew its response.',
          },
          link: `/demands/${demand.id}`,
          dedupKey: `response-withdrawn:${responseId}`,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'response.withdrawn',
          targetType: 'response',
          targetId: responseId,
          before: responseSnapshot(current),
          after: responseSnapshot(next),
        },
        manager,
      );
      return next;
    });
    return (await this.views([updated]))[0]!;
  }

  /**
   * Awards the demand to one live expression of interest: the demand becomes AWARDED, the response
   * AWARDED and the other live ones NOT_AWARDED, in one transaction; every respondent is told by a job.
   */
  async award(actor: Actor, demandId: string, responseId: string, reason?: string | null): Promise<AwardView> {
    if (actor.organizationKind !== 'PROCURER') throw DemandErrors.procurersOnly();
    const award = await this.responses.transaction(async (manager) => {
      const demand = await this.demandAccess.ownedDemand(actor, demandId, manager);
      if (demand.status === 'AWARDED' || (await this.responses.findAward(demandId, manager)))
        throw ResponseErrors.alreadyAwarded();
      if (demand.status !== 'PUBLISHED' && demand.status !== 'CLOSED')
        throw DemandErrors.notOpen(demand.status);
      const winner = await this.responses.findResponse(responseId, manager, true);
      if (!winner || winner.demandId !== demandId) throw CommonErrors.notFound();
      if (winner.kind !== 'INTEREST' || !LIVE.includes(winner.status)) throw ResponseErrors.notAwardable();
      const awardedAt = new Date();
      const record = {
        demandId,
        responseId,
        organizationId: winner.organizationId,
        price: winner.price,
        awardedBy: actor.userId,
        awardedAt,
      };
      await this.responses.insertAward(record, manager);
      for (const response of await this.responses.responsesOf(demandId, undefined, manager)) {
        if (response.id === responseId)
          await this.responses.updateResponse(
            response.id,
            { status: 'AWARDED', statusReason: DEFAULT_FINAL_REASONS.AWARDED },
            manager,
          );
        else if (LIVE.includes(response.status))
          await this.responses.updateResponse(
            response.id,
            { status: 'NOT_AWARDED', statusReason: reason?.trim() || DEFAULT_FINAL_REASONS.NOT_AWARDED },
            manager,
          );
      }
      await this.demandsService.markAwarded(demand, awardedAt, manager);
      await this.outbox.record(manager, 'demand.awarded', { demandId, organizationId: winner.organizationId });
      await this.audit.record(
        {
          actor,
          action: 'demand.awarded',
          targetType: 'demand',
          targetId: demandId,
          before: { status: demand.status },
          after: {
            status: 'AWARDED',
            responseId,
            enterpriseId: winner.organizationId,
            price: winner.price,
            reason: reason?.trim() || null,
          },
        },
        manager,
      );
      return record;
    });
    this.outbox.kick();
    const name =
      (await this.organizations.namesOf([award.organizationId])).get(award.organizationId) ?? '';
    return {
      demandId,
      responseId,
      enterprise: { id: award.organizationId, name },
      price: award.price,
      awardedAt: award.awardedAt.toISOString(),
    };
  }

  /** The award job: tells every respondent the outcome; each notification has a key, so a retried job sends none twice. */
  async notifyAwardOutcome(demandId: string): Promise<number> {
    const award = await this.responses.findAward(demandId);
    const demand = await this.demands.find(demandId);
    if (!demand) throw new JobSubjectMissingError('demand', demandId);
    if (!award) return 0;
    const winner =
      (await this.organizations.namesOf([award.organizationId])).get(award.organizationId) ?? '';
    let sent = 0;
    const told = new Set<string>();
    for (const response of await this.responses.responsesOf(demandId)) {
      if (told.has(response.organizationId)) continue;
      told.add(response.organizationId);
      const won = response.organizationId === award.organizationId;
      const procurerReason =
        response.status === 'NOT_AWARDED' && response.statusReason !== DEFAULT_FINAL_REASONS.NOT_AWARDED
          ? response.statusReason
          : null;
      const inserted = await this.notifications.notify({
        organizationId: response.organizationId,
        kind: 'AWARD_OUTCOME',
        title: won
          ? { zh: `恭喜中标：${demand.title}`, en: `You won: ${demand.title}` }
          : { zh: `需求已确定中标单位：${demand.title}`, en: `Awarded to another supplier: ${demand.title}` },
        body: won
          ? {
              zh: '采购方已确定贵单位为中标单位，请留意后续联系。',
              en: 'The procurer awarded the demand to your organisation.',
            }
          : {
              zh: `中标单位：${winner}。${procurerReason ? `原因：${procurerReason}。` : ''}感谢参与。`,
              en: `Awarded to ${winner}. ${procurerReason ? `Reason: ${procurerReason}. ` : ''}Thank you for responding.`,
            },
        link: `/demands/${demandId}`,
        dedupKey: `award-outcome:${demandId}:${response.organizationId}`,
      });
      if (inserted) sent++;
    }
    return sent;
  }
}
