import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TalentAvailability } from '@mcf/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { TalentContact } from './entities/talent-contact.entity.js';
import { TalentMessage } from './entities/talent-message.entity.js';
import { TalentNeedMatch } from './entities/talent-need-match.entity.js';
import { TalentNeed } from './entities/talent-need.entity.js';
import { TalentProfile } from './entities/talent-profile.entity.js';

export type NewTalentProfile = Omit<TalentProfile, 'id' | 'createdAt' | 'updatedAt'>;
export type NewTalentNeed = Omit<TalentNeed, 'id' | 'createdAt' | 'matchingStatus'>;
export type NewTalentNeedMatch = Omit<TalentNeedMatch, 'createdAt' | 'seenAt'>;

export interface MatchedNeedRow {
  needId: string;
  title: string;
  organizationName: string;
  specialties: string[];
  availability: TalentAvailability[];
  regionCode: string | null;
  score: number;
  matchedAt: Date;
  seenAt: Date | null;
}

export interface ContactRow extends TalentContact {
  talentName: string;
  organizationName: string;
  messageCount: number;
}

/** PostgreSQL side of the talent pool. */
@Injectable()
export class TalentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private profiles(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TalentProfile);
  }
  private needs(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TalentNeed);
  }
  private matches(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TalentNeedMatch);
  }
  private contacts(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TalentContact);
  }
  private messages(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TalentMessage);
  }

  // ── profiles ──

  findProfile(id: string, manager?: EntityManager): Promise<TalentProfile | null> {
    return this.profiles(manager).findOne({ where: { id } });
  }

  findProfileOfUser(userId: string, manager?: EntityManager, lock = false): Promise<TalentProfile | null> {
    return this.profiles(manager).findOne({
      where: { userId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The profiles with these ids that still exist, in the order given. */
  async findProfiles(ids: readonly string[]): Promise<TalentProfile[]> {
    if (ids.length === 0) return [];
    const rows = await this.profiles()
      .createQueryBuilder('p')
      .where('p.id = ANY(:ids::uuid[])', { ids: [...new Set(ids)] })
      .getMany();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** Every published profile (a withdrawn one is deleted), for a full rebuild of the talents index. */
  allProfiles(): Promise<TalentProfile[]> {
    return this.profiles().find({ order: { id: 'ASC' } });
  }

  insertProfile(profile: NewTalentProfile, manager: EntityManager): Promise<TalentProfile> {
    return this.profiles(manager).save(this.profiles(manager).create(profile));
  }

  saveProfile(profile: TalentProfile, manager: EntityManager): Promise<TalentProfile> {
    return this.profiles(manager).save(profile);
  }

  /** Deletes the profile and (cascade) its matches, contacts and messages. */
  async deleteProfile(id: string, manager: EntityManager): Promise<void> {
    await this.profiles(manager).delete({ id });
  }

  /** Candidates of a need: profiles offering one of its ways of working (all of them when it names none). */
  candidatesFor(availability: readonly TalentAvailability[]): Promise<TalentProfile[]> {
    const query = this.profiles().createQueryBuilder('p');
    if (availability.length > 0) query.where('p.availability && :availability::varchar[]', { availability: [...availability] });
    return query.getMany();
  }

  // ── needs and matches ──

  insertNeed(need: NewTalentNeed, manager: EntityManager): Promise<TalentNeed> {
    return this.needs(manager).save(this.needs(manager).create({ ...need, matchingStatus: 'PENDING' }));
  }

  findNeed(id: string, manager?: EntityManager): Promise<TalentNeed | null> {
    return this.needs(manager).findOne({ where: { id } });
  }

  needsOf(organizationId: string): Promise<TalentNeed[]> {
    return this.needs().find({ where: { organizationId }, order: { createdAt: 'DESC' }, take: 200 });
  }

  async matchCounts(needIds: readonly string[]): Promise<Map<string, number>> {
    if (needIds.length === 0) return new Map();
    const rows: { need_id: string; n: string }[] = await this.dataSource.query(
      `SELECT "need_id", count(*)::int AS "n" FROM "talent_need_matches" WHERE "need_id" = ANY($1::uuid[]) GROUP BY "need_id"`,
      [[...needIds]],
    );
    return new Map(rows.map((r) => [r.need_id, Number(r.n)]));
  }

  /**
   * Replaces the need's matches with these and marks it READY; answers the profiles that were not matched
   * before (the people to tell). One transaction, so the organisation never sees half a list.
   */
  async replaceMatches(needId: string, rows: readonly NewTalentNeedMatch[]): Promise<string[]> {
    return this.transaction(async (manager) => {
      const before = new Set((await this.matches(manager).find({ where: { needId }, select: { profileId: true } })).map((m) => m.profileId));
      await this.matches(manager).delete({ needId });
      // A profile withdrawn while the job ran is gone: insert only those that still exist.
      const existing = new Set((await this.findProfilesIn(rows.map((r) => r.profileId), manager)).map((p) => p.id));
      const kept = rows.filter((r) => existing.has(r.profileId));
      if (kept.length > 0) await this.matches(manager).insert(kept.map((r) => ({ ...r })));
      await this.needs(manager).update({ id: needId }, { matchingStatus: 'READY' });
      return kept.filter((r) => !before.has(r.profileId)).map((r) => r.profileId);
    });
  }

  private async findProfilesIn(ids: readonly string[], manager: EntityManager): Promise<{ id: string }[]> {
    if (ids.length === 0) return [];
    return manager.query(`SELECT "id" FROM "talent_profiles" WHERE "id" = ANY($1::uuid[]) FOR KEY SHARE`, [[...ids]]);
  }

  matchesOf(needId: string): Promise<TalentNeedMatch[]> {
    return this.matches().find({ where: { needId }, order: { score: 'DESC', profileId: 'ASC' }, take: 100 });
  }

  async matchedNeedsOf(profileId: string): Promise<MatchedNeedRow[]> {
    const rows: {
      need_id: string;
      title: string;
      organization_name: string;
      specialties: string[];
      availability: TalentAvailability[];
      region_code: string | null;
      score: number;
      created_at: Date;
      seen_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT m."need_id", n."title", o."name" AS "organization_name", n."specialties", n."availability", n."region_code", m."score", m."created_at", m."seen_at"
         FROM "talent_need_matches" m JOIN "talent_needs" n ON n."id" = m."need_id" JOIN "organizations" o ON o."id" = n."organization_id"
        WHERE m."profile_id" = $1 ORDER BY m."created_at" DESC, m."score" DESC LIMIT 100`,
      [profileId],
    );
    return rows.map((r) => ({
      needId: r.need_id,
      title: r.title,
      organizationName: r.organization_name,
      specialties: r.specialties,
      availability: r.availability,
      regionCode: r.region_code,
      score: Number(r.score),
      matchedAt: r.created_at,
      seenAt: r.seen_at,
    }));
  }

  async markMatchesSeen(profileId: string): Promise<void> {
    await this.dataSource.query(`UPDATE "talent_need_matches" SET "seen_at" = now() WHERE "profile_id" = $1 AND "seen_at" IS NULL`, [profileId]);
  }

  // ── contacts ──

  findContact(id: string, manager?: EntityManager): Promise<TalentContact | null> {
    return this.contacts(manager).findOne({ where: { id } });
  }

  /** The organisation's contact with the profile, made when there is none (one per pair). */
  async contactFor(profileId: string, organizationId: string, userId: string, manager: EntityManager): Promise<TalentContact> {
    await manager.query(
      `INSERT INTO "talent_contacts" ("profile_id", "organization_id", "created_by") VALUES ($1, $2, $3) ON CONFLICT ("profile_id", "organization_id") DO NOTHING`,
      [profileId, organizationId, userId],
    );
    return this.contacts(manager).findOneOrFail({ where: { profileId, organizationId } });
  }

  async addMessage(message: Omit<TalentMessage, 'id' | 'createdAt'>, manager: EntityManager): Promise<TalentMessage> {
    const saved = await this.messages(manager).save(this.messages(manager).create(message));
    await this.contacts(manager).update({ id: message.contactId }, { lastMessageAt: saved.createdAt });
    return saved;
  }

  messagesOf(contactId: string): Promise<TalentMessage[]> {
    return this.messages().find({ where: { contactId }, order: { createdAt: 'ASC', id: 'ASC' }, take: 500 });
  }

  /** Contacts of an organisation, or of a profile, most recent first, with the names of both sides. */
  async contactsWhere(side: { organizationId: string } | { profileId: string }): Promise<ContactRow[]> {
    const [column, value] = 'organizationId' in side ? ['organization_id', side.organizationId] : ['profile_id', side.profileId];
    const rows: {
      id: string;
      profile_id: string;
      organization_id: string;
      created_by: string | null;
      created_at: Date;
      last_message_at: Date;
      talent_name: string;
      organization_name: string;
      message_count: number;
    }[] = await this.dataSource.query(
      `SELECT c.*, p."name" AS "talent_name", o."name" AS "organization_name",
              (SELECT count(*)::int FROM "talent_messages" m WHERE m."contact_id" = c."id") AS "message_count"
         FROM "talent_contacts" c JOIN "talent_profiles" p ON p."id" = c."profile_id" JOIN "organizations" o ON o."id" = c."organization_id"
        WHERE c."${column}" = $1 ORDER BY c."last_message_at" DESC LIMIT 200`,
      [value],
    );
    return rows.map((r) => ({
      id: r.id,
      profileId: r.profile_id,
      organizationId: r.organization_id,
      createdBy: r.created_by,
      createdAt: r.created_at,
      lastMessageAt: r.last_message_at,
      talentName: r.talent_name,
      organizationName: r.organization_name,
      messageCount: Number(r.message_count),
    }));
  }

  async organizationNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT "id", "name" FROM "organizations" WHERE "id" = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
