import { Injectable } from '@nestjs/common';
import type {
  MatchedNeedList,
  TalentContactList,
  TalentContactView,
  TalentCreated,
  TalentMatchList,
  TalentMessageCreated,
  TalentMessageList,
  TalentNeedList,
  TalentNeedView,
  TalentProfileView,
  TalentSearchResult,
  TalentSummary,
} from '@mcf/contracts';
import {
  rankTalents,
  talentFeatures,
  talentPoolAccess,
  TALENT_CONSENT_SCOPES,
  TALENT_CONSENT_VERSION,
  type SectorCode,
  type TalentAvailability,
} from '@mcf/domain';
import type { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { OutboxService } from '../../core/outbox/outbox.service.js';
import { JobSubjectMissingError } from '../../core/queue/job-subject-missing.error.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { allOf, anyOf, regionFilter } from '../search/filter-expression.js';
import { VocabularyService } from '../vocabulary/vocabulary.service.js';
import type { TalentContact } from './entities/talent-contact.entity.js';
import type { TalentNeed } from './entities/talent-need.entity.js';
import type { TalentProfile } from './entities/talent-profile.entity.js';
import { TalentIndexService } from './talent-index.service.js';
import { TalentErrors } from './talents.errors.js';
import { type ContactRow, TalentsRepository } from './talents.repository.js';

/** A profile as the person submits it (validated by TalentProfileRequestSchema). */
export interface TalentProfileInput {
  name: string;
  title?: string | null;
  specialties: string[];
  sectors: SectorCode[];
  availability: TalentAvailability[];
  regionCode: string;
  summary?: string | null;
  consent: true;
}

export interface TalentNeedInput {
  title: string;
  description: string;
  specialties: string[];
  sectors: SectorCode[];
  availability: TalentAvailability[];
  regionCode?: string | null;
}

export interface TalentSearchInput {
  q: string;
  sectors: SectorCode[];
  availability: TalentAvailability[];
  regions: string[];
  page: number;
  pageSize: number;
}

function summaryOf(profile: TalentProfile): TalentSummary {
  return {
    id: profile.id,
    name: profile.name,
    title: profile.title,
    specialties: profile.specialties,
    sectors: profile.sectors,
    availability: profile.availability,
    regionCode: profile.regionCode,
    summary: profile.summary,
  };
}

function profileView(profile: TalentProfile): TalentProfileView {
  return {
    ...summaryOf(profile),
    consent: { version: profile.consentVersion, scopes: profile.consentScopes, consentedAt: profile.consentedAt.toISOString() },
    createdAt: profile.createdAt.toISOString(),
    updatedAt: profile.updatedAt.toISOString(),
  };
}

function contactView(row: ContactRow): TalentContactView {
  return {
    id: row.id,
    talentId: row.profileId,
    talentName: row.talentName,
    organizationId: row.organizationId,
    organizationName: row.organizationName,
    createdAt: row.createdAt.toISOString(),
    lastMessageAt: row.lastMessageAt.toISOString(),
    messageCount: row.messageCount,
  };
}

/**
 * 人才共享数据库: people publish a profile with recorded consent, verified organisations search it (summaries
 * only), contact people through the platform and post talent needs that a queued job matches to people. A
 * person withdraws at any time: the profile and everything hanging off it are deleted (PIPL), the deletion
 * is audited without the personal data, and the profile leaves the index in the same request.
 */
@Injectable()
export class TalentsService {
  constructor(
    private readonly talents: TalentsRepository,
    private readonly index: TalentIndexService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly vocabulary: VocabularyService,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * Tells the person that an organisation wrote to them (the first message and every later one), in the
   * same transaction as the message: in the app, and by email under the rules of every notification. The
   * message itself stays on the platform: the notification names the organisation, not the text.
   */
  private async tellPerson(
    profile: Pick<TalentProfile, 'userId'>,
    contactId: string,
    messageId: string,
    organizationId: string,
    manager: EntityManager,
  ): Promise<void> {
    const organization = (await this.talents.organizationNames([organizationId])).get(organizationId) ?? '';
    await this.notifications.notifyPerson(
      {
        userId: profile.userId,
        kind: 'TALENT_CONTACTED',
        title: { zh: `${organization}通过人才库联系了您`, en: `${organization} wrote to you through the talent pool` },
        body: {
          zh: `${organization}通过平台给您发来一条消息。请登录平台在“人才沟通”中查看并回复；您的联系方式不会提供给对方。`,
          en: `${organization} sent you a message through the platform. Sign in and read it under Talent messages; your contact details are not shared.`,
        },
        link: `/talent/contacts?contact=${contactId}`,
        dedupKey: `talent-message-${messageId}`,
      },
      manager,
    );
  }

  /** Verified organisations only (talentPoolAccess); the organisation's id for those who pass. */
  private assertPoolReader(actor: Actor): string {
    const access = talentPoolAccess(
      isAdmin(actor)
        ? { kind: 'ADMIN' }
        : { kind: 'USER', organizationVerified: actor.organizationId ? actor.organizationStatus === 'VERIFIED' : null },
    );
    if (access === 'UNAUTHENTICATED') throw CommonErrors.unauthenticated();
    if (access === 'FORBIDDEN' || !actor.organizationId) throw TalentErrors.verifiedOrganizationsOnly();
    return actor.organizationId;
  }

  private assertPerson(actor: Actor): void {
    if (isAdmin(actor)) throw TalentErrors.notForAdministrators();
  }

  private auditActor(actor: Actor) {
    return { userId: actor.userId, email: actor.email, ip: actor.ip };
  }

  private async reindex(profileId: string, manager: EntityManager): Promise<void> {
    await this.outbox.record(manager, 'talent.profile-changed', { profileId });
  }

  // ── the person's own profile ──

  async publish(actor: Actor, input: TalentProfileInput): Promise<TalentCreated> {
    this.assertPerson(actor);
    const created = await this.talents.transaction(async (manager) => {
      if (await this.talents.findProfileOfUser(actor.userId, manager, true)) throw TalentErrors.profileExists();
      const profile = await this.talents
        .insertProfile(
          {
            userId: actor.userId,
            name: input.name,
            title: input.title ?? null,
            specialties: input.specialties,
            sectors: input.sectors,
            availability: input.availability,
            regionCode: input.regionCode,
            summary: input.summary ?? null,
            consentVersion: TALENT_CONSENT_VERSION,
            consentScopes: [...TALENT_CONSENT_SCOPES],
            consentedAt: new Date(),
          },
          manager,
        )
        .catch((error: unknown) => {
          if ((error as { code?: string }).code === '23505') throw TalentErrors.profileExists();
          throw error;
        });
      await this.audit.record(
        {
          actor: this.auditActor(actor),
          action: 'talent.published',
          targetType: 'talent_profile',
          targetId: profile.id,
          after: { consentVersion: profile.consentVersion, consentScopes: profile.consentScopes },
        },
        manager,
      );
      await this.reindex(profile.id, manager);
      return profile;
    });
    this.outbox.kick();
    return { id: created.id };
  }

  async mine(actor: Actor): Promise<TalentProfileView> {
    const profile = await this.talents.findProfileOfUser(actor.userId);
    if (!profile) throw CommonErrors.notFound();
    return profileView(profile);
  }

  /** Saving again records the consent again, to the text in force now. */
  async update(actor: Actor, input: TalentProfileInput): Promise<TalentProfileView> {
    this.assertPerson(actor);
    const saved = await this.talents.transaction(async (manager) => {
      const profile = await this.talents.findProfileOfUser(actor.userId, manager, true);
      if (!profile) throw CommonErrors.notFound();
      Object.assign(profile, {
        name: input.name,
        title: input.title ?? null,
        specialties: input.specialties,
        sectors: input.sectors,
        availability: input.availability,
        regionCode: input.regionCode,
        summary: input.summary ?? null,
        consentVersion: TALENT_CONSENT_VERSION,
        consentScopes: [...TALENT_CONSENT_SCOPES],
        consentedAt: new Date(),
      });
      const next = await this.talents.saveProfile(profile, manager);
      await this.audit.record(
        {
          actor: this.auditActor(actor),
          action: 'talent.updated',
          targetType: 'talent_profile',
          targetId: next.id,
          after: { consentVersion: next.consentVersion, consentScopes: next.consentScopes },
        },
        manager,
      );
      await this.reindex(next.id, manager);
      return next;
    });
    this.outbox.kick();
    return profileView(saved);
  }

  /**
   * Withdrawal (PIPL art. 15, 47): deletes the profile with its matches, contacts and messages. The audit
   * entry names the deleted profile's id and nothing of its content. The index loses the document before
   * the answer (and the queued job removes it again should the engine be down now).
   */
  async withdraw(actor: Actor, id: string): Promise<void> {
    this.assertPerson(actor);
    await this.talents.transaction(async (manager) => {
      const profile = await this.talents.findProfileOfUser(actor.userId, manager, true);
      if (!profile || profile.id !== id) throw CommonErrors.notFound();
      await this.talents.deleteProfile(profile.id, manager);
      // The notices of messages that are now deleted go with them.
      await this.notifications.forgetPersonal(actor.userId, 'TALENT_CONTACTED', manager);
      await this.audit.record(
        {
          actor: this.auditActor(actor),
          action: 'talent.withdrawn',
          targetType: 'talent_profile',
          targetId: profile.id,
          after: { deleted: true, consentVersion: profile.consentVersion },
        },
        manager,
      );
      await this.reindex(profile.id, manager);
    });
    this.outbox.kick();
    await this.index.removeNow(id);
  }

  /** The needs the person was matched to (their notices), newest first; reading them marks them seen. */
  async myMatchedNeeds(actor: Actor): Promise<MatchedNeedList> {
    const profile = await this.talents.findProfileOfUser(actor.userId);
    if (!profile) throw CommonErrors.notFound();
    const rows = await this.talents.matchedNeedsOf(profile.id);
    await this.talents.markMatchesSeen(profile.id);
    return {
      items: rows.map((r) => ({
        needId: r.needId,
        title: r.title,
        organizationName: r.organizationName,
        specialties: r.specialties,
        availability: r.availability,
        regionCode: r.regionCode,
        score: r.score,
        matchedAt: r.matchedAt.toISOString(),
        seenAt: r.seenAt?.toISOString() ?? null,
      })),
    };
  }

  // ── verified organisations ──

  async summary(actor: Actor, id: string): Promise<TalentSummary> {
    const own = await this.talents.findProfileOfUser(actor.userId);
    if (own?.id === id) return summaryOf(own);
    this.assertPoolReader(actor);
    const profile = await this.talents.findProfile(id);
    if (!profile) throw CommonErrors.notFound();
    return summaryOf(profile);
  }

  /**
   * Full-text search in the engine, then the hits read back from PostgreSQL: a profile withdrawn a moment
   * ago is gone from the answer even before the engine has dropped it.
   */
  async search(actor: Actor, query: TalentSearchInput): Promise<TalentSearchResult> {
    this.assertPoolReader(actor);
    const filter = allOf([anyOf('sectors', query.sectors), anyOf('availability', query.availability), regionFilter(query.regions)]);
    const { ids, total } = await this.index.search({ q: query.q, filter: filter ? [filter] : [], page: query.page, pageSize: query.pageSize });
    const profiles = await this.talents.findProfiles(ids);
    return { items: profiles.map(summaryOf), total: total - (ids.length - profiles.length), page: query.page, pageSize: query.pageSize };
  }

  /** A verified organisation writes to a person; the first message opens their conversation. */
  async contact(actor: Actor, profileId: string, body: string): Promise<TalentMessageCreated> {
    const organizationId = this.assertPoolReader(actor);
    const result = await this.talents.transaction(async (manager) => {
      const profile = await this.talents.findProfile(profileId, manager);
      if (!profile) throw CommonErrors.notFound();
      const contact = await this.talents.contactFor(profile.id, organizationId, actor.userId, manager);
      const message = await this.talents.addMessage({ contactId: contact.id, side: 'ORGANIZATION', senderUserId: actor.userId, body }, manager);
      await this.tellPerson(profile, contact.id, message.id, organizationId, manager);
      await this.audit.record(
        { actor: this.auditActor(actor), action: 'talent.contacted', targetType: 'talent_profile', targetId: profile.id, after: { organizationId } },
        manager,
      );
      return { contactId: contact.id, messageId: message.id };
    });
    this.outbox.kick();
    return result;
  }

  /** Which side of the contact the actor is on, or 404 for anyone else (ids cannot be probed). */
  private async sideOf(actor: Actor, contact: TalentContact | null): Promise<{ contact: TalentContact; side: 'ORGANIZATION' | 'PERSON' }> {
    if (!contact) throw CommonErrors.notFound();
    const own = await this.talents.findProfileOfUser(actor.userId);
    if (own?.id === contact.profileId) return { contact, side: 'PERSON' };
    if (actor.organizationId && actor.organizationId === contact.organizationId) return { contact, side: 'ORGANIZATION' };
    throw CommonErrors.notFound();
  }

  /** The actor's conversations with the pool: as a person, and as a member of an organisation. */
  async contacts(actor: Actor): Promise<TalentContactList> {
    const own = await this.talents.findProfileOfUser(actor.userId);
    const rows = [
      ...(own ? await this.talents.contactsWhere({ profileId: own.id }) : []),
      ...(actor.organizationId ? await this.talents.contactsWhere({ organizationId: actor.organizationId }) : []),
    ];
    const unique = [...new Map(rows.map((r) => [r.id, r])).values()].sort((a, b) => b.lastMessageAt.getTime() - a.lastMessageAt.getTime());
    return { items: unique.map(contactView) };
  }

  async messages(actor: Actor, contactId: string): Promise<TalentMessageList> {
    const { contact, side } = await this.sideOf(actor, await this.talents.findContact(contactId));
    const [row] = (side === 'PERSON'
      ? await this.talents.contactsWhere({ profileId: contact.profileId })
      : await this.talents.contactsWhere({ organizationId: contact.organizationId })
    ).filter((r) => r.id === contact.id);
    if (!row) throw CommonErrors.notFound();
    const messages = await this.talents.messagesOf(contact.id);
    return {
      contact: contactView(row),
      items: messages.map((m) => ({ id: m.id, side: m.side, mine: m.side === side, body: m.body, createdAt: m.createdAt.toISOString() })),
    };
  }

  /** A reply in a conversation; the organisation's side must still be verified to write. */
  async reply(actor: Actor, contactId: string, body: string): Promise<TalentMessageCreated> {
    const { contact, side } = await this.sideOf(actor, await this.talents.findContact(contactId));
    if (side === 'ORGANIZATION') this.assertPoolReader(actor);
    const message = await this.talents.transaction(async (manager) => {
      const added = await this.talents.addMessage({ contactId: contact.id, side, senderUserId: actor.userId, body }, manager);
      if (side === 'ORGANIZATION') {
        const profile = await this.talents.findProfile(contact.profileId, manager);
        if (profile) await this.tellPerson(profile, contact.id, added.id, contact.organizationId, manager);
      }
      return added;
    });
    if (side === 'ORGANIZATION') this.outbox.kick();
    return { contactId: contact.id, messageId: message.id };
  }

  // ── talent needs ──

  private needView(need: TalentNeed, matchCount: number): TalentNeedView {
    return {
      id: need.id,
      organizationId: need.organizationId,
      title: need.title,
      description: need.description,
      specialties: need.specialties,
      sectors: need.sectors,
      availability: need.availability,
      regionCode: need.regionCode,
      matchingStatus: need.matchingStatus,
      matchCount,
      createdAt: need.createdAt.toISOString(),
    };
  }

  async postNeed(actor: Actor, input: TalentNeedInput): Promise<TalentNeedView> {
    const organizationId = this.assertPoolReader(actor);
    const need = await this.talents.transaction(async (manager) => {
      const saved = await this.talents.insertNeed(
        {
          organizationId,
          createdBy: actor.userId,
          title: input.title,
          description: input.description,
          specialties: input.specialties,
          sectors: input.sectors,
          availability: input.availability,
          regionCode: input.regionCode ?? null,
        },
        manager,
      );
      await this.audit.record(
        { actor: this.auditActor(actor), action: 'talent_need.posted', targetType: 'talent_need', targetId: saved.id, after: { title: saved.title } },
        manager,
      );
      await this.outbox.record(manager, 'talent.need-posted', { needId: saved.id });
      return saved;
    });
    this.outbox.kick();
    return this.needView(need, 0);
  }

  async needs(actor: Actor): Promise<TalentNeedList> {
    const organizationId = this.assertPoolReader(actor);
    const needs = await this.talents.needsOf(organizationId);
    const counts = await this.talents.matchCounts(needs.map((n) => n.id));
    return { items: needs.map((n) => this.needView(n, counts.get(n.id) ?? 0)) };
  }

  /** The need's matched people, best first: summaries of profiles that still exist. */
  async needMatches(actor: Actor, needId: string): Promise<TalentMatchList> {
    const organizationId = this.assertPoolReader(actor);
    const need = await this.talents.findNeed(needId);
    if (!need || need.organizationId !== organizationId) throw CommonErrors.notFound();
    const matches = await this.talents.matchesOf(need.id);
    const profiles = new Map((await this.talents.findProfiles(matches.map((m) => m.profileId))).map((p) => [p.id, p]));
    return {
      matchingStatus: need.matchingStatus,
      items: matches.flatMap((m) => {
        const profile = profiles.get(m.profileId);
        return profile ? [{ talent: summaryOf(profile), score: m.score, matchedTerms: m.matchedTerms, components: m.components }] : [];
      }),
    };
  }

  // ── jobs ──

  /** INDEX_TALENT: the profile's current state into the index, or out of it when withdrawn. */
  async indexTalent(profileId: string, version: number): Promise<string> {
    return this.index.write(profileId, () => this.talents.findProfile(profileId), version);
  }

  /**
   * MATCH_TALENT_NEED: scores every person offering one of the need's ways of working (libs/domain
   * rankTalents), keeps the listed ones as the need's matches; the newly matched find the need among
   * their notices (GET /api/v1/talents/me/needs).
   */
  async matchNeed(needId: string): Promise<{ matched: number; newlyMatched: number }> {
    const need = await this.talents.findNeed(needId);
    if (!need) throw new JobSubjectMissingError('talent need', needId);
    const vocabulary = await this.vocabulary.current();
    const candidates = (await this.talents.candidatesFor(need.availability)).map((profile) => ({
      key: profile.id,
      talent: { ...profile, summary: profile.summary ?? '' },
      features: talentFeatures({ ...profile, summary: profile.summary ?? '' }, vocabulary),
    }));
    const ranked = rankTalents(need, candidates, vocabulary).slice(0, 100);
    const newly = await this.talents.replaceMatches(
      need.id,
      ranked.map((r) => ({
        needId: need.id,
        profileId: r.candidate.key,
        score: r.assessment.score,
        components: r.assessment.components,
        matchedTerms: r.assessment.matchedTerms.slice(0, 10),
      })),
    );
    return { matched: ranked.length, newlyMatched: newly.length };
  }
}
