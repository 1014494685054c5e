import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QualificationStatus } from '@mcf/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { countRows, inIdOrder, pageIds } from '../../core/database/keyset.util.js';
import { EnterpriseProfileVersion } from './entities/enterprise-profile-version.entity.js';
import { EnterpriseProfile } from './entities/enterprise-profile.entity.js';
import { Qualification } from './entities/qualification.entity.js';

/** Persistence of capability profiles, their versions and qualification certificates. */
@Injectable()
export class EnterprisesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private profiles(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(EnterpriseProfile);
  }

  private qualifications(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Qualification);
  }

  findProfile(organizationId: string, manager?: EntityManager, lock = false): Promise<EnterpriseProfile | null> {
    return this.profiles(manager).findOne({ where: { organizationId }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async saveDraft(organizationId: string, draft: EnterpriseProfile['draft'], manager?: EntityManager): Promise<EnterpriseProfile> {
    await this.profiles(manager).upsert({ organizationId, draft, draftUpdatedAt: new Date() }, ['organizationId']);
    return (await this.findProfile(organizationId, manager))!;
  }

  async publish(profile: EnterpriseProfile, publishedBy: string, manager: EntityManager): Promise<EnterpriseProfile> {
    const version = profile.publishedVersion + 1;
    const now = new Date();
    const content = profile.draft as NonNullable<EnterpriseProfile['published']>;
    await manager.getRepository(EnterpriseProfileVersion).insert({ organizationId: profile.organizationId, version, content, publishedBy, publishedAt: now });
    await this.profiles(manager).update(
      { organizationId: profile.organizationId },
      { published: content, publishedVersion: version, publishedAt: now, lastConfirmedAt: now },
    );
    return (await this.findProfile(profile.organizationId, manager))!;
  }

  /** Resets the staleness clock of a published profile without a new version. */
  async reconfirm(organizationId: string, now: Date, manager: EntityManager): Promise<EnterpriseProfile> {
    await this.profiles(manager).update({ organizationId }, { lastConfirmedAt: now });
    return (await this.findProfile(organizationId, manager))!;
  }

  /**
   * Published profiles last confirmed before `cutoff`, of firms that are live on the platform (verified
   * or awaiting verification) and have someone to read a reminder.
   */
  async staleProfiles(cutoff: Date): Promise<{ organizationId: string; lastConfirmedAt: Date }[]> {
    const rows: { organization_id: string; last_confirmed_at: Date }[] = await this.dataSource.query(
      `SELECT p."organization_id", p."last_confirmed_at"
         FROM "enterprise_profiles" p JOIN "organizations" o ON o."id" = p."organization_id"
        WHERE p."published" IS NOT NULL AND p."last_confirmed_at" < $1
          AND o."status" IN ('VERIFIED', 'PENDING_VERIFICATION')
          AND EXISTS (SELECT 1 FROM "users" u WHERE u."organization_id" = o."id" AND u."disabled_at" IS NULL)
        ORDER BY p."last_confirmed_at"`,
      [cutoff],
    );
    return rows.map((row) => ({ organizationId: row.organization_id, lastConfirmedAt: row.last_confirmed_at }));
  }

  insertQualification(qualification: Omit<Qualification, 'id' | 'createdAt' | 'updatedAt'>, manager?: EntityManager): Promise<Qualification> {
    const repository = this.qualifications(manager);
    return repository.save(repository.create(qualification));
  }

  findQualification(id: string, manager?: EntityManager, lock = false): Promise<Qualification | null> {
    return this.qualifications(manager).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  qualificationsOf(organizationId: string): Promise<Qualification[]> {
    return this.qualifications().find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  async updateQualification(id: string, changes: Partial<Qualification>, manager: EntityManager): Promise<Qualification> {
    await this.qualifications(manager).update({ id }, changes);
    return (await this.findQualification(id, manager))!;
  }

  /** Certificates still APPROVED or PENDING whose last valid day is before `today` (YYYY-MM-DD). */
  expiredButNotMarked(today: string): Promise<Qualification[]> {
    return this.qualifications()
      .createQueryBuilder('q')
      .where('q.status IN (:...statuses)', { statuses: ['APPROVED', 'PENDING'] })
      .andWhere('q.expires_on < :today', { today })
      .getMany();
  }

  /** Approved certificates whose last valid day lies between `from` and `to` (inclusive). */
  approvedExpiringBetween(from: string, to: string): Promise<Qualification[]> {
    return this.qualifications()
      .createQueryBuilder('q')
      .where('q.status = :status', { status: 'APPROVED' })
      .andWhere('q.expires_on BETWEEN :from AND :to', { from, to })
      .getMany();
  }

  /** The vetting queue: oldest first, with the organisation's name. */
  async queue(
    status: QualificationStatus,
    page: number,
    pageSize: number,
    after?: string,
  ): Promise<{ rows: (Qualification & { organizationName: string })[]; total: number; next: string | null }> {
    // Certificates by type and status are counted by the database as they change (statistics_counts):
    // the total costs a few rows, not a count of every certificate on every page.
    const [counted] = (await this.dataSource.query(
      `SELECT coalesce(sum("count"), 0)::int AS "total" FROM "statistics_counts" WHERE "dimension" = 'qualification' AND split_part("key", '|', 2) = $1`,
      [status],
    )) as { total: number }[];
    const total = counted?.total ?? 0;
    // The page's ids from IDX_qualifications_status_created_id alone, then its rows with their organisations.
    const { ids, next } = await pageIds(
      this.qualifications().createQueryBuilder('q').where('q.status = :status', { status }),
      { alias: 'q', table: 'qualifications', column: 'created_at', descending: false },
      { page, pageSize, after },
    );
    if (ids.length === 0) return { rows: [], total, next };
    const { entities, raw } = await this.qualifications()
      .createQueryBuilder('q')
      .innerJoin('organizations', 'o', 'o.id = q.organization_id')
      .addSelect('o.name', 'organization_name')
      .where('q.id IN (:...ids)', { ids })
      .getRawAndEntities<{ q_id: string; organization_name: string }>();
    const names = new Map(raw.map((row) => [row.q_id, row.organization_name]));
    return { rows: inIdOrder(entities, ids).map((q) => Object.assign(q, { organizationName: names.get(q.id) ?? '' })), total, next };
  }

  /**
   * Approved certificates expiring between `from` and `to` (inclusive), soonest first, with their
   * organisation's name and region; of one type and under one region prefix when given.
   */
  async expiringPage(
    filter: { from: string; to: string; type?: string; regionPrefix?: string },
    page: number,
    pageSize: number,
  ): Promise<[ExpiringRow[], number]> {
    // The page's ids from IDX_qualifications_approved_expiry (type in it), the organisations joined only to
    // filter by region; then the page's rows with their organisations.
    const keys = this.qualifications()
      .createQueryBuilder('q')
      .where('q.status = :status', { status: 'APPROVED' })
      .andWhere('q.expires_on BETWEEN :from AND :to', { from: filter.from, to: filter.to });
    if (filter.type) keys.andWhere('q.type = :type', { type: filter.type });
    if (filter.regionPrefix)
      keys.innerJoin('organizations', 'o', 'o.id = q.organization_id').andWhere('o.region_code LIKE :region', { region: `${filter.regionPrefix}%` });
    const total = await countRows(keys);
    const { ids } = await pageIds(keys, { alias: 'q', table: 'qualifications', column: 'expires_on', descending: false }, { page, pageSize });
    if (ids.length === 0) return [[], total];
    const { entities, raw } = await this.qualifications()
      .createQueryBuilder('q')
      .innerJoin('organizations', 'o', 'o.id = q.organization_id')
      .addSelect('o.name', 'organization_name')
      .addSelect('o.region_code', 'organization_region')
      .where('q.id IN (:...ids)', { ids })
      .getRawAndEntities<{ q_id: string; organization_name: string; organization_region: string }>();
    const byId = new Map(raw.map((row) => [row.q_id, row]));
    return [
      inIdOrder(entities, ids).map((q) =>
        Object.assign(q, { organizationName: byId.get(q.id)?.organization_name ?? '', regionCode: byId.get(q.id)?.organization_region ?? '' }),
      ),
      total,
    ];
  }

  findQualificationsByIds(ids: readonly string[]): Promise<Qualification[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.qualifications().find({ where: { id: In([...ids]) } });
  }
}

export type ExpiringRow = Qualification & { organizationName: string; regionCode: string };
