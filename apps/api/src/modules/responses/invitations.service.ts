import { Injectable } from '@nestjs/common';
import type { DemandInvitationView, InvitationCreate, MyInvitationView } from '@mcf/contracts';
import type { Actor } from '../../core/auth/actor.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { AuditService } from '../audit/audit.service.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandErrors } from '../demands/demands.errors.js';
import { EnterpriseSnapshots } from '../enterprises/enterprise-snapshots.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponseErrors } from './responses.errors.js';

/** A procurer invites a firm to respond to its published demand; both sides see the invitations and the answers. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly responses: ResponsesRepository,
    private readonly demands: DemandQueries,
    private readonly demandAccess: DemandAccessService,
    private readonly snapshots: EnterpriseSnapshots,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
  ) {}

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
}
