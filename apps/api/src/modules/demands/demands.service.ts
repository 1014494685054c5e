import { Injectable } from '@nestjs/common';
import { type DemandContent, type DemandStatus, type DemandView, demandConsistencyProblems } from '@mcf/contracts';
import { chinaDateOf, demandPublishProblems } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DemandAccessService } from './demand-access.service.js';
import { DemandEndingRegistry } from './demand-ending.registry.js';
import { DemandViewsService } from './demand-views.service.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandErrors } from './demands.errors.js';
import type { Demand } from './entities/demand.entity.js';


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

/**
 * The lifecycle of a demand posted by a procurer: drafts, publishing, versioned edits, closing and
 * cancelling (by its owner, an administrator or the deadline), and the state other modules report
 * (awarded, matched). Only this service writes a demand's state.
 */
@Injectable()
export class DemandsService {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly access: DemandAccessService,
    private readonly views: DemandViewsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly endings: DemandEndingRegistry,
    private readonly notifications: NotificationsService,
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
    await this.demands.set(demandId, { matchingStatus: 'READY', matchedVersion: version, matchedAt }, manager);
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
    const organizationId = this.access.assertProcurer(actor);
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
    return this.views.view(demand, 'OWNER');
  }

  /** Drafts change in place; a published demand gets a new version, kept, and is matched again. */
  async update(actor: Actor, id: string, content: DemandContent): Promise<DemandView> {
    this.access.assertProcurer(actor);
    const updated = await this.demands.transaction(async (manager) => {
      const current = await this.access.ownedDemand(actor, id, manager);
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
    return this.views.view(updated, 'OWNER');
  }

  async publish(actor: Actor, id: string): Promise<DemandView> {
    this.access.assertProcurer(actor);
    if (actor.organizationStatus !== 'VERIFIED') throw DemandErrors.notVerified();
    const published = await this.demands.transaction(async (manager) => {
      const current = await this.access.ownedDemand(actor, id, manager);
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
    return this.views.view(published, 'OWNER');
  }

  /** The procurer closes its published demand; the optional reason is shown to every firm whose response it ends. */
  async close(actor: Actor, id: string, reason: string | null): Promise<DemandView> {
    this.access.assertProcurer(actor);
    return this.end(actor, id, 'CLOSED', reason?.trim() || null, false);
  }

  async cancel(actor: Actor, id: string, reason: string): Promise<DemandView> {
    this.access.assertProcurer(actor);
    return this.end(actor, id, 'CANCELLED', reason, false);
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
        : await this.access.ownedDemand(actor, id, manager);
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
    return this.views.view(ended, 'OWNER');
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

  /**
   * Posts and publishes a demand on behalf of the platform (demo data): skipped when the organisation
   * already has a demand with this title. Audited as a system action.
   */
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