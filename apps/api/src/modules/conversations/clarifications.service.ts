import { Injectable } from '@nestjs/common';
import type { ClarificationView } from '@mcf/contracts';
import { chinaDateOf } from '@mcf/domain';
import type { Actor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganizationDirectory } from '../accounts/organization-directory.service.js';
import { DemandQueries } from '../demands/demand-queries.service.js';
import { DemandErrors } from '../demands/demands.errors.js';
import { DemandAccessService } from '../demands/demand-access.service.js';
import type { DemandRecord as Demand } from '../demands/demand-queries.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ConversationsRepository } from './conversations.repository.js';
import { ConversationErrors } from './conversations.errors.js';
import { excerpt, TITLE_MAX } from './excerpt.util.js';
import type { DemandClarification } from './entities/demand-clarification.entity.js';

/**
 * Clarifications (答疑): a firm that can read a demand asks, the procurer answers once, and the answer
 * is published to everyone who can read the demand's details. Which firm asked is known to the
 * procurer and administrators only, so that no firm learns what a competitor is interested in.
 */
@Injectable()
export class ClarificationsService {
  constructor(
    private readonly conversations: ConversationsRepository,
    private readonly demands: DemandQueries,
    private readonly organizations: OrganizationDirectory,
    private readonly demandAccess: DemandAccessService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
  ) {}

  /** What the viewer may read of the demand: its owner (or an admin), its details, or nothing (404). */
  private async readableDemand(
    actor: Actor | undefined,
    demandId: string,
  ): Promise<{ demand: Demand; owner: boolean }> {
    const demand = await this.demands.find(demandId);
    if (!demand) throw CommonErrors.notFound();
    const access = await this.demandAccess.accessFor(demand, actor);
    if (access === 'NONE' || access === 'SUMMARY') throw CommonErrors.notFound();
    return { demand, owner: access === 'OWNER' };
  }

  private async views(
    rows: DemandClarification[],
    viewer: Actor | undefined,
    owner: boolean,
  ): Promise<ClarificationView[]> {
    const mine = viewer?.organizationId ?? null;
    const names = await this.organizations.namesOf(
      rows.filter((c) => owner || c.organizationId === mine).map((c) => c.organizationId),
    );
    return rows.map((c) => {
      const askedByMe = mine !== null && c.organizationId === mine;
      return {
        id: c.id,
        demandId: c.demandId,
        question: c.question,
        answer: c.answer,
        askedAt: c.createdAt.toISOString(),
        answeredAt: c.answeredAt?.toISOString() ?? null,
        askedByMe,
        askedBy:
          owner || askedByMe ? { id: c.organizationId, name: names.get(c.organizationId) ?? '' } : null,
      };
    });
  }

  async ask(actor: Actor, demandId: string, question: string): Promise<ClarificationView> {
    if (actor.organizationKind !== 'ENTERPRISE' || !actor.organizationId)
      throw ConversationErrors.enterprisesOnly();
    if (actor.organizationStatus !== 'VERIFIED') throw ConversationErrors.notVerified();
    const organizationId = actor.organizationId;
    const { demand } = await this.readableDemand(actor, demandId);
    if (demand.status !== 'PUBLISHED') throw DemandErrors.notOpen(demand.status);
    if (demand.deadline && demand.deadline < chinaDateOf(new Date()))
      throw DemandErrors.deadlinePassed(demand.deadline);
    const created = await this.conversations.transaction(async (manager) => {
      const clarification = await this.conversations.insertClarification(
        { demandId, organizationId, askedBy: actor.userId, question },
        manager,
      );
      const firm = (await this.organizations.namesOf([organizationId])).get(organizationId) ?? '';
      await this.notifications.notify(
        {
          organizationId: demand.organizationId,
          kind: 'CLARIFICATION_ASKED',
          title: {
            zh: excerpt(`${firm} 就需求提问：${demand.title}`, TITLE_MAX),
            en: excerpt(`${firm} asked about: ${demand.title}`, TITLE_MAX),
          },
          body: {
            zh: `${excerpt(question)}\n答复后，所有可查看该需求的企业均可看到问题和答复（不显示提问单位）。`,
            en: `${excerpt(question)}\nOnce answered, every firm that can read the demand sees the question and the answer (not who asked).`,
          },
          link: `/demands/${demandId}`,
          dedupKey: `clarification-asked:${clarification.id}`,
        },
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: 'clarification.asked',
          targetType: 'clarification',
          targetId: clarification.id,
          after: { demandId, organizationId, question },
        },
        manager,
      );
      return clarification;
    });
    return (await this.views([created], actor, false))[0]!;
  }

  /** The procurer answers once; every firm invited to the demand or that responded to it is told. */
  async answer(actor: Actor, clarificationId: string, answer: string): Promise<ClarificationView> {
    if (actor.organizationKind !== 'PROCURER' || !actor.organizationId)
      throw ConversationErrors.procurersOnly();
    const answered = await this.conversations.transaction(async (manager) => {
      const current = await this.conversations.findClarification(clarificationId, manager, true);
      const demand = current ? await this.demands.find(current.demandId, manager) : null;
      if (!current || !demand || demand.organizationId !== actor.organizationId)
        throw CommonErrors.notFound();
      if (actor.organizationStatus !== 'VERIFIED') throw ConversationErrors.notVerified();
      if (current.answeredAt) throw ConversationErrors.alreadyAnswered();
      if (demand.status === 'CANCELLED' || demand.status === 'DRAFT')
        throw DemandErrors.notOpen(demand.status);
      const next = await this.conversations.answerClarification(
        clarificationId,
        { answer, answeredBy: actor.userId, answeredAt: new Date() },
        manager,
      );
      const told = new Set([
        current.organizationId,
        ...(await this.conversations.engagedOrganizationIds(demand.id, manager)),
      ]);
      for (const organizationId of told) {
        const asked = organizationId === current.organizationId;
        await this.notifications.notify(
          {
            organizationId,
            kind: 'CLARIFICATION_ANSWERED',
            title: asked
              ? { zh: `您的提问已答复：${demand.title}`, en: `Your question was answered: ${demand.title}` }
              : {
                  zh: `需求发布了新的答疑：${demand.title}`,
                  en: `New clarification published: ${demand.title}`,
                },
            body: {
              zh: `问：${excerpt(current.question)}\n答：${excerpt(answer)}`,
              en: `Q: ${excerpt(current.question)}\nA: ${excerpt(answer)}`,
            },
            link: `/demands/${demand.id}`,
            dedupKey: `clarification-answered:${clarificationId}:${organizationId}`,
          },
          manager,
        );
      }
      await this.audit.record(
        {
          actor,
          action: 'clarification.answered',
          targetType: 'clarification',
          targetId: clarificationId,
          before: { answer: null },
          after: { demandId: demand.id, answer, notified: told.size },
        },
        manager,
      );
      return next;
    });
    return (await this.views([answered], actor, true))[0]!;
  }

  /**
   * Answered clarifications for everyone who can read the demand's details; a firm also sees its own
   * unanswered questions; the procurer and administrators see all, with who asked.
   */
  async list(actor: Actor | undefined, demandId: string): Promise<ClarificationView[]> {
    const { owner } = await this.readableDemand(actor, demandId);
    const rows = owner
      ? await this.conversations.clarificationsOf(demandId)
      : await this.conversations.clarificationsOf(demandId, {
          answeredOrAskedBy: actor?.organizationId ?? null,
        });
    return this.views(rows, actor, owner);
  }
}
