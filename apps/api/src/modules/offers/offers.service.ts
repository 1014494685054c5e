import { Injectable } from '@nestjs/common';
import type {
  MyOffersQuery,
  OfferAdminQuery,
  OfferContent,
  OfferCreated,
  OfferInterest,
  OfferMatchList,
  OfferPage,
  OfferAttachmentView,
  OfferView,
  ProblemField,
} from '@mcf/contracts';
import { OFFER_ATTACHMENTS_MAX } from '@mcf/contracts';
import {
  isOfferPublic,
  type OfferStatusAction,
  offerStatusAfter,
  offerSubmitProblems,
  organizationKindRules,
} from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { FileStore, type UploadedAttachment } from '../../core/storage/file-store.js';
import { AuditService } from '../audit/audit.service.js';
import { ThreadsService } from '../conversations/threads.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { OfferAttachment } from './entities/offer-attachment.entity.js';
import type { TechnologyOffer } from './entities/technology-offer.entity.js';
import { OfferErrors } from './offers.errors.js';
import { OffersRepository, type OrganizationRef } from './offers.repository.js';

function attachmentView(a: OfferAttachment): OfferAttachmentView {
  return { id: a.id, name: a.fileName, kind: a.fileKind, size: a.fileSize, createdAt: a.createdAt.toISOString() };
}

function contentColumns(content: OfferContent): Partial<TechnologyOffer> {
  return {
    title: content.title,
    summary: content.summary,
    sectors: content.sectors,
    readinessLevel: content.readinessLevel,
    transferModes: content.transferModes,
    direction: content.direction,
    ipStatus: content.ip.status,
    patentNumbers: content.ip.patentNumbers,
    applications: content.applications,
    expectedTerms: content.expectedTerms,
    regionCode: content.regionCode ?? null,
    nonClassified: content.nonClassified,
  };
}

/**
 * Technology offers (成果转化): any kind of organisation lists one (ORGANIZATION_KIND_RULES), submits it,
 * an administrator approves (it is published, indexed and matched to firms) or rejects it with a reason;
 * the owner may withdraw it. Others read published offers only; an interested organisation opens a
 * conversation with the owner. Every change is audited; search and matching follow through the outbox.
 */
@Injectable()
export class OffersService {
  constructor(
    private readonly offers: OffersRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly notifications: NotificationsService,
    private readonly threads: ThreadsService,
    private readonly files: FileStore,
  ) {}

  private ownerOf(actor: Actor, offer: TechnologyOffer): boolean {
    return actor.organizationId !== null && actor.organizationId === offer.organizationId;
  }

  /** The offer for its owner (to change it); 404 for any other organisation, so that ids cannot be probed. */
  private async ownOffer(actor: Actor, id: string, manager?: EntityManager): Promise<TechnologyOffer> {
    // Administrators review offers; they do not write them.
    if (isAdmin(actor)) throw CommonErrors.forbidden();
    const offer = await this.offers.find(id, manager, manager !== undefined);
    if (!offer || !this.ownerOf(actor, offer)) throw CommonErrors.notFound();
    return offer;
  }

  private transition(offer: TechnologyOffer, action: OfferStatusAction) {
    const next = offerStatusAfter(offer.status, action);
    if (!next) throw OfferErrors.invalidTransition(offer.status, action);
    return next;
  }

  toView(
    offer: TechnologyOffer,
    owner: OrganizationRef | undefined,
    actor: Actor | undefined,
    attachments: readonly OfferAttachment[] = [],
  ): OfferView {
    const privileged = isAdmin(actor) || (actor !== undefined && this.ownerOf(actor, offer));
    return {
      id: offer.id,
      status: offer.status,
      title: offer.title,
      summary: offer.summary,
      sectors: offer.sectors,
      readinessLevel: offer.readinessLevel,
      transferModes: offer.transferModes,
      direction: offer.direction,
      ip: { status: offer.ipStatus, patentNumbers: offer.patentNumbers },
      applications: offer.applications,
      expectedTerms: offer.expectedTerms,
      regionCode: offer.regionCode,
      nonClassified: offer.nonClassified,
      organization: { id: offer.organizationId, name: owner?.name ?? '', kind: owner?.kind ?? 'ENTERPRISE' },
      mine: actor !== undefined && this.ownerOf(actor, offer),
      reviewReason: privileged ? offer.reviewReason : null,
      matchingStatus: privileged ? offer.matchingStatus : null,
      attachments: attachments.map(attachmentView),
      submittedAt: offer.submittedAt?.toISOString() ?? null,
      publishedAt: offer.publishedAt?.toISOString() ?? null,
      createdAt: offer.createdAt.toISOString(),
      updatedAt: offer.updatedAt.toISOString(),
    };
  }

  private async views(offers: TechnologyOffer[], actor: Actor | undefined): Promise<OfferView[]> {
    const [owners, attachments] = await Promise.all([
      this.offers.organizations(offers.map((o) => o.organizationId)),
      this.offers.attachmentsOf(offers.map((o) => o.id)),
    ]);
    return offers.map((offer) => this.toView(offer, owners.get(offer.organizationId), actor, attachments.get(offer.id)));
  }

  private async viewOf(offer: TechnologyOffer, actor: Actor | undefined): Promise<OfferView> {
    return (await this.views([offer], actor))[0]!;
  }

  async create(actor: Actor, content: OfferContent): Promise<OfferCreated> {
    if (!actor.organizationId || !organizationKindRules(actor.organizationKind).listsOffers) throw OfferErrors.cannotList();
    const offer = await this.offers.transaction(async (manager) => {
      const created = await this.offers.insert(
        { ...contentColumns(content), organizationId: actor.organizationId!, createdBy: actor.userId },
        manager,
      );
      await this.audit.record(
        { actor, action: 'offer.created', targetType: 'offer', targetId: created.id, after: { title: created.title } },
        manager,
      );
      return created;
    });
    return { id: offer.id, status: offer.status };
  }

  /** Replaces the content of a draft or rejected offer (a rejected one becomes a draft again). */
  async edit(actor: Actor, id: string, content: OfferContent): Promise<OfferView> {
    const offer = await this.offers.transaction(async (manager) => {
      const current = await this.ownOffer(actor, id, manager);
      const status = this.transition(current, 'edit');
      await this.offers.update(id, { ...contentColumns(content), status }, manager);
      await this.audit.record(
        {
          actor,
          action: 'offer.edited',
          targetType: 'offer',
          targetId: id,
          before: { status: current.status, title: current.title },
          after: { status, title: content.title },
        },
        manager,
      );
      return (await this.offers.find(id, manager))!;
    });
    return this.viewOf(offer, actor);
  }

  /** Sends the offer to the administrators' review, once complete and free of classified markings. */
  async submit(actor: Actor, id: string): Promise<OfferView> {
    const offer = await this.offers.transaction(async (manager) => {
      const current = await this.ownOffer(actor, id, manager);
      // Drafts may wait for the organisation's verification; review may not.
      if (actor.organizationStatus !== 'VERIFIED') throw OfferErrors.notVerified();
      const status = this.transition(current, 'submit');
      const problems: ProblemField[] = offerSubmitProblems({
        ...current,
        texts: [...current.applications, current.expectedTerms, ...current.patentNumbers],
      });
      if (problems.length > 0) throw OfferErrors.notSubmittable(problems);
      await this.offers.update(id, { status, submittedAt: new Date(), reviewReason: null }, manager);
      await this.audit.record(
        { actor, action: 'offer.submitted', targetType: 'offer', targetId: id, before: { status: current.status }, after: { status } },
        manager,
      );
      const owner = (await this.offers.organizations([current.organizationId], manager)).get(current.organizationId);
      await this.notifications.notifyAdmins(
        {
          kind: 'ADMIN_OFFER_SUBMITTED',
          title: { zh: `技术成果待审核：${current.title}`, en: `Technology offer to review: ${current.title}` },
          body: {
            zh: `${owner?.name ?? ''} 提交了技术成果「${current.title}」，等待审核。`,
            en: `${owner?.name ?? ''} submitted "${current.title}" for review.`,
          },
          link: '/admin/offers',
          dedupKey: `admin-offer-submitted:${id}:${Date.now()}`,
        },
        manager,
      );
      return (await this.offers.find(id, manager))!;
    });
    return this.viewOf(offer, actor);
  }

  async withdraw(actor: Actor, id: string): Promise<OfferView> {
    const offer = await this.offers.transaction(async (manager) => {
      const current = await this.ownOffer(actor, id, manager);
      const status = this.transition(current, 'withdraw');
      await this.offers.update(id, { status, withdrawnAt: new Date() }, manager);
      await this.audit.record(
        { actor, action: 'offer.withdrawn', targetType: 'offer', targetId: id, before: { status: current.status }, after: { status } },
        manager,
      );
      // A published offer leaves the search index.
      if (isOfferPublic(current.status)) await this.outbox.record(manager, 'offer.withdrawn', { offerId: id });
      return (await this.offers.find(id, manager))!;
    });
    this.outbox.kick();
    return this.viewOf(offer, actor);
  }

  /** An administrator's decision: approve publishes (index, match) and tells the owner; reject tells why. */
  async review(actor: Actor, id: string, decision: 'approve' | 'reject', reason: string | null): Promise<OfferView> {
    const offer = await this.offers.transaction(async (manager) => {
      const current = await this.offers.find(id, manager, true);
      if (!current) throw CommonErrors.notFound();
      const status = this.transition(current, decision);
      const now = new Date();
      const approved = decision === 'approve';
      const version = approved ? current.version + 1 : current.version;
      await this.offers.update(
        id,
        {
          status,
          version,
          reviewReason: reason,
          reviewedBy: actor.userId,
          reviewedAt: now,
          ...(approved ? { publishedAt: now, matchingStatus: 'PENDING' as const, matchedAt: null } : {}),
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: approved ? 'admin.offer.approve' : 'admin.offer.reject',
          targetType: 'offer',
          targetId: id,
          before: { status: current.status },
          after: { status, ...(reason ? { reason } : {}) },
        },
        manager,
      );
      if (approved) await this.outbox.record(manager, 'offer.published', { offerId: id, version });
      await this.notifications.notify(
        {
          organizationId: current.organizationId,
          kind: 'OFFER_REVIEWED',
          title: approved
            ? { zh: `技术成果已发布：${current.title}`, en: `Technology offer published: ${current.title}` }
            : { zh: `技术成果未通过审核：${current.title}`, en: `Technology offer not approved: ${current.title}` },
          body: approved
            ? { zh: '管理员已审核通过，成果已公开并开始匹配承接企业。', en: 'An administrator approved it: it is public, and firms are being matched.' }
            : { zh: `原因：${reason ?? ''}。修改后可重新提交。`, en: `Reason: ${reason ?? ''}. Edit it and submit it again.` },
          link: `/offers/${id}`,
          dedupKey: `offer-reviewed:${id}:${now.getTime()}`,
        },
        manager,
      );
      return (await this.offers.find(id, manager))!;
    });
    this.outbox.kick();
    return this.viewOf(offer, actor);
  }

  /** A published offer to anyone; any other to its owner and administrators; 404 otherwise. */
  async view(actor: Actor | undefined, id: string): Promise<OfferView> {
    return this.viewOf(await this.readable(actor, id), actor);
  }

  private async readable(actor: Actor | undefined, id: string): Promise<TechnologyOffer> {
    const offer = await this.offers.find(id);
    if (!offer) throw CommonErrors.notFound();
    if (!isOfferPublic(offer.status) && !isAdmin(actor) && !(actor && this.ownerOf(actor, offer))) throw CommonErrors.notFound();
    return offer;
  }

  /**
   * Attaches a file (a brochure, a test report) to an offer its owner may still change (a draft or a
   * rejected one: what `edit` accepts), under the certificate file rules of the shared file store.
   */
  async addAttachment(actor: Actor, id: string, file: UploadedAttachment | undefined): Promise<OfferAttachmentView> {
    await this.ownOffer(actor, id);
    const { sha256, kind, size, fileName } = await this.files.accept(file);
    const created = await this.offers.transaction(async (manager) => {
      const offer = await this.ownOffer(actor, id, manager);
      if (!offerStatusAfter(offer.status, 'edit')) throw OfferErrors.invalidTransition(offer.status, 'edit');
      const count = (await this.offers.attachmentsOf([id], manager)).get(id)?.length ?? 0;
      if (count >= OFFER_ATTACHMENTS_MAX) throw OfferErrors.tooManyAttachments();
      const attachment = await this.offers.insertAttachment(
        { offerId: id, fileSha256: sha256, fileKind: kind, fileSize: size, fileName, uploadedBy: actor.userId },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'offer.attachment_added',
          targetType: 'offer',
          targetId: id,
          after: { attachmentId: attachment.id, name: attachment.fileName, size: attachment.fileSize },
        },
        manager,
      );
      return attachment;
    });
    return attachmentView(created);
  }

  async removeAttachment(actor: Actor, id: string, attachmentId: string): Promise<void> {
    await this.offers.transaction(async (manager) => {
      const offer = await this.ownOffer(actor, id, manager);
      if (!offerStatusAfter(offer.status, 'edit')) throw OfferErrors.invalidTransition(offer.status, 'edit');
      const attachment = (await this.offers.attachmentsOf([id], manager)).get(id)?.find((a) => a.id === attachmentId);
      if (!attachment) throw CommonErrors.notFound();
      await this.offers.deleteAttachment(attachmentId, manager);
      await this.audit.record(
        { actor, action: 'offer.attachment_removed', targetType: 'offer', targetId: id, before: { attachmentId, name: attachment.fileName } },
        manager,
      );
    });
  }

  /** An offer's file, for whoever may read the offer. */
  async attachmentFile(actor: Actor | undefined, id: string, attachmentId: string): Promise<{ attachment: OfferAttachment; stream: NodeJS.ReadableStream }> {
    await this.readable(actor, id);
    const attachment = await this.offers.findAttachment(id, attachmentId);
    if (!attachment) throw CommonErrors.notFound();
    return { attachment, stream: await this.files.open(attachment.fileSha256) };
  }

  async mine(actor: Actor, query: MyOffersQuery): Promise<OfferPage> {
    if (!actor.organizationId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const [offers, total] = await this.offers.pageOfOrganization(actor.organizationId, query.status, query.page, query.pageSize);
    return { items: await this.views(offers, actor), total, page: query.page, pageSize: query.pageSize };
  }

  async reviewQueue(actor: Actor, query: OfferAdminQuery): Promise<OfferPage> {
    const [offers, total] = await this.offers.pageByStatus(query.status, query.page, query.pageSize);
    return { items: await this.views(offers, actor), total, page: query.page, pageSize: query.pageSize };
  }

  /** The firms matched to the offer, best first: to its owner and administrators. */
  async matches(actor: Actor, id: string): Promise<OfferMatchList> {
    const offer = await this.offers.find(id);
    if (!offer || (!isAdmin(actor) && !this.ownerOf(actor, offer))) throw CommonErrors.notFound();
    const [rows, interested] = await Promise.all([this.offers.matchesOf(id), this.offers.interestedOrganizationIds(id)]);
    const firms = await this.offers.organizations(rows.map((r) => r.organizationId));
    return {
      status: offer.matchingStatus === 'READY' ? 'READY' : 'PENDING',
      matchedAt: offer.matchedAt?.toISOString() ?? null,
      items: rows.map((row) => ({
        organizationId: row.organizationId,
        organizationName: firms.get(row.organizationId)?.name ?? '',
        regionCode: firms.get(row.organizationId)?.regionCode ?? null,
        score: row.score,
        textRelevance: row.textRelevance,
        matchedTerms: row.matchedTerms,
        interested: interested.has(row.organizationId),
      })),
    };
  }

  /** "I'm interested": a verified organisation opens (or finds) its conversation with the offer's owner. */
  async interest(actor: Actor, id: string): Promise<OfferInterest> {
    if (isAdmin(actor) || !actor.organizationId || !organizationKindRules(actor.organizationKind).takesUpOffers)
      throw OfferErrors.cannotTakeUp();
    if (actor.organizationStatus !== 'VERIFIED') throw OfferErrors.notVerified();
    const offer = await this.offers.find(id);
    if (!offer) throw CommonErrors.notFound();
    if (this.ownerOf(actor, offer)) throw OfferErrors.ownOffer();
    if (!isOfferPublic(offer.status)) throw OfferErrors.notOpen();
    const { thread, created } = await this.threads.openAboutOffer(actor, offer);
    if (created) {
      const interested = (await this.offers.organizations([actor.organizationId])).get(actor.organizationId);
      await this.notifications.notify({
        organizationId: offer.organizationId,
        kind: 'OFFER_INTEREST',
        title: { zh: `${interested?.name ?? ''} 对技术成果感兴趣：${offer.title}`, en: `${interested?.name ?? ''} is interested in ${offer.title}` },
        body: { zh: '对方已发起会话，可在消息中沟通转化事宜。', en: 'They opened a conversation: talk about the terms in Messages.' },
        link: `/messages/${thread.id}`,
        dedupKey: `offer-interest:${id}:${actor.organizationId}`,
      });
    }
    return { threadId: thread.id, created };
  }
}
