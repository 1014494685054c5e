import { Injectable } from '@nestjs/common';
import type { AwardView } from '@mcf/contracts';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { AuditService } from '../audit/audit.service.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import { type DemandEnding, DemandEndingRegistry } from '../demands/demand-ending.registry.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandsService } from '../demands/demands.service.js';
import { DemandErrors } from '../demands/demands.errors.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { DEFAULT_FINAL_REASONS, LIVE_RESPONSE_STATUSES, responseSnapshot } from './response-status.util.js';
import { ResponsesRepository } from './responses.repository.js';
import { ResponseErrors } from './responses.errors.js';

/**
 * How a demand's responses end: the award (the demand becomes AWARDED, the winner AWARDED, the other live
 * responses NOT_AWARDED), whose outcome every respondent is told once (a job, de-duplicated per
 * respondent), and the demand's close or cancellation, which ends every open response.
 */
@Injectable()
export class AwardsService {
  constructor(
    private readonly responses: ResponsesRepository,
    private readonly demands: DemandQueries,
    private readonly demandAccess: DemandAccessService,
    private readonly demandsService: DemandsService,
    private readonly organizations: OrganizationDirectory,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly outbox: OutboxService,
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
      if (!LIVE_RESPONSE_STATUSES.includes(current.status)) continue;
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
      if (winner.kind !== 'INTEREST' || !LIVE_RESPONSE_STATUSES.includes(winner.status)) throw ResponseErrors.notAwardable();
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
        else if (LIVE_RESPONSE_STATUSES.includes(response.status))
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
