import { Injectable } from '@nestjs/common';
import {
  type AdminDemandPage,
  type AdminDemandsQuery,
  DEMAND_ATTACHMENTS_MAX,
  type DemandAttachmentView,
  type DemandContent,
  type DemandPage,
  type DemandStatus,
  type DemandView,
  demandConsistencyProblems,
} from '@mcf/contracts';
import {
  chinaDateOf,
  type DemandAccess,
  demandAccess,
  demandAccessDependsOnInvitation,
  demandPublishProblems,
} from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, demandViewerOf, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { FileStore, type UploadedAttachment } from '../../core/storage/file-store.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DemandEndingRegistry } from './demand-ending.registry.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandErrors } from './demands.errors.js';

import type { DemandAttachment } from './entities/demand-attachment.entity.js';
import type { Demand } from './entities/demand.entity.js';

/** What a viewer may read of a demand (the visibility rule of `@mcf/domain`). */
export type ViewerAccess = DemandAccess;

function snapshot(demand: Demand) {
  return {
    status: demand.status,
    version: demand.version,
    title: demand.title,
    description: demand.description,
    sectors: demand.sectors,
    requiredQualifications: demand.requiredQualifications,
    quantity: demand.quantity,
    budgetMin: demand.budgetMin,
    budgetMax: demand.budgetMax,
    deliveryPlace: demand.deliveryPlace,
    regionCode: demand.regionCode,
    deadline: demand.deadline,
    visibility: demand.visibility,
  };
}

function contentColumns(content: DemandContent): Partial<Demand> {
  return {
    title: content.title,
    description: content.description,
    sectors: content.sectors,
    requiredQualifications: content.requiredQualifications.map((q) => ({
      type: q.type,
      minLevel: q.type === 'SECRECY' ? (q.minLevel ?? null) : null,
    })),
    quantity: content.quantity ?? null,
    budgetMin: content.budgetMin ?? null,
    budgetMax: content.budgetMax ?? null,
    deliveryPlace: content.deliveryPlace ?? null,
    regionCode: content.regionCode ?? null,
    deadline: content.deadline ?? null,
    visibility: content.visibility,
  };
}

function attachmentView(a: DemandAttachment): DemandAttachmentView {
  return {
    id: a.id,
    name: a.fileName,
    kind: a.fileKind,
    size: a.fileSize,
    createdAt: a.createdAt.toISOString(),
  };
}

export type UploadedDemandFile = UploadedAttachment;

/** Demands posted by procurers: drafts, publishing, versioned edits, closing and cancelling. */
@Injectable()
export class DemandsService {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly files: FileStore,
    private readonly endings: DemandEndingRegistry,
    private readonly notifications: NotificationsService,
    private readonly organizations: OrganizationDirectory,
  ) {}

  /**
   * The award closes the demand (responses decides who wins; the demand's state is written here, inside
   * the award's transaction). A demand closed before keeps its closing time.
   */
  async markAwarded(demand: Pick<Demand, 'id' | 'closedAt'>, awardedAt: Date, manager: EntityManager): Promise<void> {
    await this.demands.update(demand.id, { status: 'AWARDED', closedAt: demand.closedAt ?? awardedAt }, manager);
  }

  /** Matching has written its matches for this version of the demand (inside matching's transaction). */
  async recordMatching(demandId: string, version: number, matchedAt: Date, manager: EntityManager): Promise<void> {
    await this.demands.update(demandId, { matchingStatus: 'READY', matchedVersion: version, matchedAt }, manager);
  }

  async view(demand: Demand, access: ViewerAccess): Promise<DemandView> {
    const names = await this.organizations.namesOf([demand.organizationId]);
    const hidden = access === 'SUMMARY';
    return {
      id: demand.id,
      organizationId: demand.organizationId,
      organizationName: names.get(demand.organizationId) ?? '',
      status: demand.status,
      version: demand.version,
      title: demand.title,
      description: hidden ? null : demand.description,
      sectors: demand.sectors,
      requiredQualifications: demand.requiredQualifications.map((q) => ({
        type: q.type,
        minLevel: q.minLevel ?? null,
      })),
      quantity: hidden ? null : demand.quantity,
      budgetMin: hidden ? null : demand.budgetMin,
      budgetMax: hidden ? null : demand.budgetMax,
      deliveryPlace: hidden ? null : demand.deliveryPlace,
      regionCode: demand.regionCode,
      deadline: demand.deadline,
      visibility: demand.visibility,
      detailsHidden: hidden,
      attachments: hidden ? null : (await this.demands.attachmentsOf(demand.id)).map(attachmentView),
      matching:
        access === 'OWNER' && demand.version > 0
          ? {
              status:
                demand.matchingStatus === 'READY' && demand.matchedVersion === demand.version
                  ? 'READY'
                  : 'PENDING',
              version: demand.matchedVersion,
              updatedAt: demand.matchedAt?.toISOString() ?? null,
              eligibleCount: await this.demands.eligibleMatchCount(demand.id),
            }
          : null,
      publishedAt: demand.publishedAt?.toISOString() ?? null,
      closedAt: demand.closedAt?.toISOString() ?? null,
      statusReason: demand.statusReason,
      createdAt: demand.createdAt.toISOString(),
      updatedAt: demand.updatedAt.toISOString(),
    };
  }

  private assertProcurer(actor: Actor): string {
    if (actor.organizationKind !== 'PROCURER' || !actor.organizationId) throw DemandErrors.procurersOnly();
    return actor.organizationId;
  }

  /** The demand for its owner (or an admin reading it); anyone else is told it does not exist. */
  async ownedDemand(
    actor: Actor,
    id: string,
    manager?: EntityManager,
    adminMayRead = false,
  ): Promise<Demand> {
    const demand = await this.demands.find(id, manager, manager !== undefined);
    if (!demand) throw CommonErrors.notFound();
    if (demand.organizationId === actor.organizationId) return demand;
    if (adminMayRead && isAdmin(actor)) return demand;
    if (isAdmin(actor)) throw CommonErrors.forbidden();
    throw CommonErrors.notFound();
  }

  /**
   * Records, in the same transaction as the change (transactional outbox), that a version of the demand
   * was published or that the public demand ended; search, matching, alerts and vocabulary mining follow.
   */
  private async followUp(demand: Demand, manager: EntityManager, published: boolean): Promise<void> {
    if (published) await this.outbox.record(manager, 'demand.published', { demandId: demand.id, version: demand.version });
    else await this.outbox.record(manager, 'demand.ended', { demandId: demand.id });
  }

  async create(actor: Actor, content: DemandContent): Promise<DemandView> {
    const organizationId = this.assertProcurer(actor);
    const demand = await this.demands.transaction(async (manager) => {
      const created = await this.demands.insert(
        {
          ...(contentColumns(content) as Required<ReturnType<typeof contentColumns>>),
          organizationId,
          createdBy: actor.userId,
          status: 'DRAFT',
          version: 0,
          matchingStatus: 'PENDING',
          matchedVersion: 0,
          matchedAt: null,
          publishedAt: null,
          closedAt: null,
          statusReason: null,
        } as Omit<Demand, 'id' | 'createdAt' | 'updatedAt'>,
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'demand.created',
          targetType: 'demand',
          targetId: created.id,
          after: snapshot(created),
        },
        manager,
      );
      return created;
    });
    return this.view(demand, 'OWNER');
  }

  /** Drafts change in place; a published demand gets a new version, kept, and is matched again. */
  async update(actor: Actor, id: string, content: DemandContent): Promise<DemandView> {
    this.assertProcurer(actor);
    const updated = await this.demands.transaction(async (manager) => {
      const current = await this.ownedDemand(actor, id, manager);
      if (current.status !== 'DRAFT' && current.status !== 'PUBLISHED')
        throw DemandErrors.invalidTransition(current.status, 'edited');
      const columns = contentColumns(content);
      if (current.status === 'PUBLISHED') {
        const problems = demandPublishProblems({ ...current, ...columns } as Demand, chinaDateOf(new Date()));
        if (problems.length > 0) throw DemandErrors.notPublishable(problems);
        const version = current.version + 1;
        const next = await this.demands.update(
          id,
          { ...columns, version, matchingStatus: 'PENDING' },
          manager,
        );
        await this.demands.addVersion(
          {
            demandId: id,
            version,
            content: snapshot(next),
            publishedBy: actor.userId,
            publishedAt: new Date(),
          },
          manager,
        );
        await this.followUp(next, manager, true);
        await this.audit.record(
          {
            actor,
            action: 'demand.revised',
            targetType: 'demand',
            targetId: id,
            before: snapshot(current),
            after: snapshot(next),
          },
          manager,
        );
        return next;
      }
      const next = await this.demands.update(id, columns, manager);
      await this.audit.record(
        {
          actor,
          action: 'demand.draft_saved',
          targetType: 'demand',
          targetId: id,
          before: snapshot(current),
          after: snapshot(next),
        },
        manager,
      );
      return next;
    });
    this.outbox.kick();
    return this.view(updated, 'OWNER');
  }

  async publish(actor: Actor, id: string): Promise<DemandView> {
    this.assertProcurer(actor);
    if (actor.organizationStatus !== 'VERIFIED') throw DemandErrors.notVerified();
    const published = await this.demands.transaction(async (manager) => {
      const current = await this.ownedDemand(actor, id, manager);
      if (current.status !== 'DRAFT') throw DemandErrors.invalidTransition(current.status, 'published');
      const problems = [
        ...demandPublishProblems(current, chinaDateOf(new Date())),
        ...demandConsistencyProblems({
          requiredQualifications: current.requiredQualifications,
          budgetMin: current.budgetMin,
          budgetMax: current.budgetMax,
        }),
      ];
      if (problems.length > 0) throw DemandErrors.notPublishable(problems);
      const now = new Date();
      const next = await this.demands.update(
        id,
        { status: 'PUBLISHED', version: 1, publishedAt: now, matchingStatus: 'PENDING' },
        manager,
      );
      await this.demands.addVersion(
        { demandId: id, version: 1, content: snapshot(next), publishedBy: actor.userId, publishedAt: now },
        manager,
      );
      await this.followUp(next, manager, true);
      await this.audit.record(
        {
          actor,
          action: 'demand.published',
          targetType: 'demand',
          targetId: id,
          before: snapshot(current),
          after: snapshot(next),
        },
        manager,
      );
      return next;
    });
    this.outbox.kick();
    return this.view(published, 'OWNER');
  }

  /** The procurer closes its published demand; the optional reason is shown to every firm whose response it ends. */
  async close(actor: Actor, id: string, reason: string | null): Promise<DemandView> {
    this.assertProcurer(actor);
    return this.end(actor, id, 'CLOSED', reason?.trim() || null, false);
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<DemandView> {
    this.assertProcurer(actor);
    return this.end(actor, id, 'CANCELLED', reason, false);
  }

  /** Every demand on the platform, for administrators' moderation. */
  async adminList(query: AdminDemandsQuery): Promise<AdminDemandPage> {
    const { rows, total } = await this.demands.adminPage(
      { status: query.status, organization: query.organization || undefined },
      query.page,
      query.pageSize,
    );
    return {
      items: rows.map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status,
        visibility: d.visibility,
        organizationId: d.organizationId,
        organizationName: d.organizationName,
        deadline: d.deadline,
        responseCount: d.responseCount,
        statusReason: d.statusReason,
        publishedAt: d.publishedAt?.toISOString() ?? null,
        closedAt: d.closedAt?.toISOString() ?? null,
        createdAt: d.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** An administrator closes or cancels any demand (moderation): a reason is required, the owner is told. */
  async moderate(actor: Actor, id: string, status: 'CLOSED' | 'CANCELLED', reason: string): Promise<DemandView> {
    if (!isAdmin(actor)) throw CommonErrors.forbidden();
    return this.end(actor, id, status, reason, true);
  }

  /**
   * Ends the demand: it takes no more responses, every open response ends with a final status and the
   * reason (the registered listeners, in the same transaction), and the search index follows.
   */
  private async end(
    actor: Actor,
    id: string,
    status: 'CLOSED' | 'CANCELLED',
    reason: string | null,
    byAdmin: boolean,
  ): Promise<DemandView> {
    const ended = await this.demands.transaction(async (manager) => {
      const current = byAdmin
        ? await this.demands.find(id, manager, true)
        : await this.ownedDemand(actor, id, manager);
      if (!current) throw CommonErrors.notFound();
      const allowed: DemandStatus[] = status === 'CLOSED' ? ['PUBLISHED'] : ['DRAFT', 'PUBLISHED'];
      if (!allowed.includes(current.status))
        throw DemandErrors.invalidTransition(current.status, status === 'CLOSED' ? 'closed' : 'cancelled');
      const next = await this.demands.update(
        id,
        { status, closedAt: new Date(), statusReason: reason },
        manager,
      );
      await this.endings.ended({ demand: next, status, reason }, manager);
      await this.followUp(next, manager, false);
      const verb = status === 'CLOSED' ? 'closed' : 'cancelled';
      await this.audit.record(
        {
          actor,
          action: byAdmin ? `admin.demand.${verb}` : `demand.${verb}`,
          targetType: 'demand',
          targetId: id,
          before: snapshot(current),
          after: { ...snapshot(next), reason },
        },
        manager,
      );
      if (byAdmin) await this.notifyModerated(next, status, reason ?? '', manager);
      return next;
    });
    this.outbox.kick();
    return this.view(ended, 'OWNER');
  }

  private async notifyModerated(
    demand: Demand,
    status: 'CLOSED' | 'CANCELLED',
    reason: string,
    manager: EntityManager,
  ): Promise<void> {
    const closed = status === 'CLOSED';
    await this.notifications.notify(
      {
        organizationId: demand.organizationId,
        kind: 'DEMAND_MODERATED',
        title: closed
          ? { zh: `管理员关闭了您的需求：${demand.title}`, en: `An administrator closed your demand: ${demand.title}` }
          : {
              zh: `管理员撤销了您的需求：${demand.title}`,
              en: `An administrator cancelled your demand: ${demand.title}`,
            },
        body: { zh: `原因：${reason}`, en: `Reason: ${reason}` },
        link: `/demands/${demand.id}`,
        dedupKey: `demand-moderated:${demand.id}:${status}`,
      },
      manager,
    );
  }

  async get(actor: Actor | undefined, id: string): Promise<DemandView> {
    const demand = await this.demands.find(id);
    if (!demand) throw CommonErrors.notFound();
    const access = await this.accessFor(demand, actor);
    if (access === 'NONE') throw CommonErrors.notFound();
    return this.view(demand, access);
  }

  /**
   * What the viewer may read of the demand, by the one visibility rule. Only the viewer's own
   * invitation can matter, so only that one is looked up, and only where the rule needs it.
   */
  async accessFor(demand: Demand, actor: Actor | undefined, manager?: EntityManager): Promise<ViewerAccess> {
    const viewer = demandViewerOf(actor);
    const invited =
      actor?.organizationId && demandAccessDependsOnInvitation(viewer, demand.visibility)
        ? await this.demands.isInvited(demand.id, actor.organizationId, manager)
        : false;
    return demandAccess(viewer, {
      status: demand.status,
      visibility: demand.visibility,
      organizationId: demand.organizationId,
      invitedOrganizationIds: invited && actor?.organizationId ? [actor.organizationId] : [],
    });
  }

  async mine(
    actor: Actor,
    status: DemandStatus | undefined,
    page: number,
    pageSize: number,
    after?: string,
  ): Promise<DemandPage> {
    if (!actor.organizationId) return { items: [], total: 0, page, pageSize, next: null };
    const { rows, total, next } = await this.demands.pageOf(actor.organizationId, status, page, pageSize, after);
    return { items: await Promise.all(rows.map((d) => this.view(d, 'OWNER'))), total, page, pageSize, next };
  }

  /**
   * Posts and publishes a demand on behalf of the platform (demo data): skipped when the organisation
   * already has a demand with this title. Audited as a system action.
   */
  /** An organisation's demand by its exact title (the demo data finds its own demands so). */
  findByTitle(organizationId: string, title: string): Promise<Demand | null> {
    return this.demands.findByTitle(organizationId, title);
  }

  async publishAsPlatform(
    organizationId: string,
    createdBy: string,
    content: DemandContent,
  ): Promise<boolean> {
    const created = await this.demands.transaction(async (manager) => {
      if (await this.demands.existsWithTitle(organizationId, content.title, manager)) return false;
      const now = new Date();
      const demand = await this.demands.insert(
        {
          ...(contentColumns(content) as Required<ReturnType<typeof contentColumns>>),
          organizationId,
          createdBy,
          status: 'PUBLISHED',
          version: 1,
          matchingStatus: 'PENDING',
          matchedVersion: 0,
          matchedAt: null,
          publishedAt: now,
          closedAt: null,
          statusReason: null,
        } as Omit<Demand, 'id' | 'createdAt' | 'updatedAt'>,
        manager,
      );
      await this.demands.addVersion(
        {
          demandId: demand.id,
          version: 1,
          content: snapshot(demand),
          publishedBy: createdBy,
          publishedAt: now,
        },
        manager,
      );
      await this.followUp(demand, manager, true);
      await this.audit.record(
        {
          actor: null,
          action: 'system.demand.published',
          targetType: 'demand',
          targetId: demand.id,
          after: snapshot(demand),
        },
        manager,
      );
      return true;
    });
    if (created) this.outbox.kick();
    return created;
  }

  /** Attaches a file (PDF, PNG or JPEG by content) to a draft or published demand of the caller's organisation. */
  async addAttachment(
    actor: Actor,
    demandId: string,
    file: UploadedDemandFile | undefined,
  ): Promise<DemandAttachmentView> {
    this.assertProcurer(actor);
    const { sha256, kind, size, fileName } = await this.files.accept(file);
    const attachment = await this.demands.transaction(async (manager) => {
      const demand = await this.ownedDemand(actor, demandId, manager);
      if (demand.status !== 'DRAFT' && demand.status !== 'PUBLISHED')
        throw DemandErrors.invalidTransition(demand.status, 'changed');
      if ((await this.demands.attachmentsOf(demandId, manager)).length >= DEMAND_ATTACHMENTS_MAX)
        throw DemandErrors.tooManyAttachments();
      const created = await this.demands.insertAttachment(
        {
          demandId,
          fileSha256: sha256,
          fileKind: kind,
          fileSize: size,
          fileName,
          uploadedBy: actor.userId,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'demand.attachment_added',
          targetType: 'demand',
          targetId: demandId,
          after: { attachmentId: created.id, name: created.fileName, size: created.fileSize },
        },
        manager,
      );
      return created;
    });
    return attachmentView(attachment);
  }

  async removeAttachment(actor: Actor, demandId: string, attachmentId: string): Promise<void> {
    this.assertProcurer(actor);
    await this.demands.transaction(async (manager) => {
      const demand = await this.ownedDemand(actor, demandId, manager);
      if (demand.status !== 'DRAFT' && demand.status !== 'PUBLISHED')
        throw DemandErrors.invalidTransition(demand.status, 'changed');
      const attachment = (await this.demands.attachmentsOf(demandId, manager)).find(
        (a) => a.id === attachmentId,
      );
      if (!attachment) throw CommonErrors.notFound();
      await this.demands.deleteAttachment(attachmentId, manager);
      await this.audit.record(
        {
          actor,
          action: 'demand.attachment_removed',
          targetType: 'demand',
          targetId: demandId,
          before: { attachmentId, name: attachment.fileName },
        },
        manager,
      );
    });
  }

  /** A demand's file, for whoever may read the demand's details. */
  async attachmentFile(
    actor: Actor | undefined,
    demandId: string,
    attachmentId: string,
  ): Promise<{ attachment: DemandAttachment; stream: NodeJS.ReadableStream }> {
    const demand = await this.demands.find(demandId);
    if (!demand) throw CommonErrors.notFound();
    const access = await this.accessFor(demand, actor);
    if (access === 'NONE' || access === 'SUMMARY') throw CommonErrors.notFound();
    const attachment = await this.demands.findAttachment(demandId, attachmentId);
    if (!attachment) throw CommonErrors.notFound();
    return { attachment, stream: await this.files.open(attachment.fileSha256) };
  }

  /** The hourly sweep: published demands whose deadline has passed are closed (by the system, audited). */
  async closePastDeadline(now: Date): Promise<number> {
    const today = chinaDateOf(now);
    let closed = 0;
    for (const candidate of await this.demands.pastDeadline(today)) {
      await this.demands.transaction(async (manager) => {
        const current = await this.demands.find(candidate.id, manager, true);
        if (!current || current.status !== 'PUBLISHED' || !current.deadline || current.deadline >= today)
          return;
        const next = await this.demands.update(
          current.id,
          { status: 'CLOSED', closedAt: now, statusReason: 'DEADLINE_PASSED' },
          manager,
        );
        await this.followUp(next, manager, false);
        await this.audit.record(
          {
            actor: null,
            action: 'system.demand.deadline_closed',
            targetType: 'demand',
            targetId: current.id,
            before: snapshot(current),
            after: snapshot(next),
          },
          manager,
        );
        closed++;
      });
    }
    if (closed > 0) this.outbox.kick();
    return closed;
  }
}
