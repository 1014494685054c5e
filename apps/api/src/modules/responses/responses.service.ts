import { Injectable } from '@nestjs/common';
import {
  type ResponseAttachmentView,
  type ResponseCreate,
  type ResponseDecision,
  type ResponseView,
  RESPONSE_ATTACHMENTS_MAX,
} from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { FileStore, type UploadedAttachment } from '../../core/storage/file-store.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { AuditService } from '../audit/audit.service.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandErrors } from '../demands/demands.errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { DemandResponse } from './entities/demand-response.entity.js';
import type { ResponseAttachment } from './entities/response-attachment.entity.js';
import { LIVE_RESPONSE_STATUSES, responseSnapshot } from './response-status.util.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponseErrors } from './responses.errors.js';

function attachmentView(a: ResponseAttachment): ResponseAttachmentView {
  return { id: a.id, name: a.fileName, kind: a.fileKind, size: a.fileSize, createdAt: a.createdAt.toISOString() };
}

export type UploadedResponseFile = UploadedAttachment;

/**
 * A firm's response to a demand (interest or decline) with its files, the procurer's shortlist and
 * rejections with reasons, and the firm's withdrawal until the award (AwardsService).
 */
@Injectable()
export class ResponsesService {
  constructor(
    private readonly responses: ResponsesRepository,
    private readonly demands: DemandQueries,
    private readonly demandAccess: DemandAccessService,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
    private readonly files: FileStore,
  ) {}

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
    if (response.kind !== 'INTEREST' || !LIVE_RESPONSE_STATUSES.includes(response.status) || demand?.status !== 'PUBLISHED')
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
      if (![...LIVE_RESPONSE_STATUSES, 'DECLINED'].includes(current.status))
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
}
