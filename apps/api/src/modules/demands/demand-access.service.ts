import { Injectable } from '@nestjs/common';
import { type DemandAccess, demandAccess, demandAccessDependsOnInvitation } from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, demandViewerOf, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandErrors } from './demands.errors.js';
import type { Demand } from './entities/demand.entity.js';

/** What a viewer may read of a demand (the visibility rule of `@mcf/domain`). */
export type ViewerAccess = DemandAccess;

/**
 * Who may do what with a demand: the procurer that owns it, administrators, and what any other viewer may
 * read by the one visibility rule. Demands' own services and the modules that act on a demand (responses,
 * conversations, matching) ask here.
 */
@Injectable()
export class DemandAccessService {
  constructor(private readonly demands: DemandsRepository) {}

  /** The caller's organisation, when it is a procurer (only procurers post demands). */
  assertProcurer(actor: Actor): string {
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

  /** The demand a viewer may read (at least its summary); anyone else is told it does not exist. */
  async readable(actor: Actor | undefined, id: string): Promise<{ demand: Demand; access: ViewerAccess }> {
    const demand = await this.demands.find(id);
    if (!demand) throw CommonErrors.notFound();
    const access = await this.accessFor(demand, actor);
    if (access === 'NONE') throw CommonErrors.notFound();
    return { demand, access };
  }
}
