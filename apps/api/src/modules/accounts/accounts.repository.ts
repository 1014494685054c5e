import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganizationAdminQuerySchema, OrganizationStatus } from '@mcf/contracts';
import type { z } from 'zod';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Organization } from './entities/organization.entity.js';
import { User } from './entities/user.entity.js';
import { countRows, inIdOrder, pageIds } from '../../core/database/keyset.util.js';

export type NewOrganization = Pick<Organization, 'kind' | 'name' | 'creditCode' | 'regionCode' | 'status' | 'isDemo'>;
export type NewUser = Pick<User, 'email' | 'displayName' | 'passwordHash' | 'platformRole' | 'organizationId' | 'membershipRole'>;

export interface OrganizationWithMemberCount {
  organization: Organization;
  memberCount: number;
}

const SORT_COLUMNS = { createdAt: 'created_at', name: 'name' } as const;

/** Persistence of users and organisations. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private users(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(User);
  }

  private organizations(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Organization);
  }

  countAdministrators(): Promise<number> {
    return this.users().count({ where: { platformRole: 'ADMIN' } });
  }

  findUserByEmail(email: string, manager?: EntityManager): Promise<User | null> {
    return this.users(manager).findOne({ where: { email: email.toLowerCase() } });
  }

  findUserById(id: string, manager?: EntityManager, lock = false): Promise<User | null> {
    return this.users(manager).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /**
   * The user with its organisation, in one query: what every authenticated request needs. (findOne with the
   * relation sent two: a DISTINCT query for the id, then the join.)
   */
  findUserWithOrganization(id: string): Promise<User | null> {
    return this.users().createQueryBuilder('u').leftJoinAndSelect('u.organization', 'o').where('u.id = :id', { id }).getOne();
  }

  findOrganizationById(id: string, manager?: EntityManager, lock = false): Promise<Organization | null> {
    return this.organizations(manager).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findOrganizationByCreditCode(creditCode: string, manager?: EntityManager): Promise<Organization | null> {
    return this.organizations(manager).findOne({ where: { creditCode } });
  }

  insertOrganization(organization: NewOrganization, manager: EntityManager): Promise<Organization> {
    const repository = this.organizations(manager);
    return repository.save(repository.create(organization));
  }

  insertUser(user: NewUser, manager?: EntityManager): Promise<User> {
    const repository = this.users(manager);
    return repository.save(repository.create({ ...user, email: user.email.toLowerCase() }));
  }

  async updateUser(id: string, changes: Partial<Pick<User, 'passwordHash' | 'disabledAt' | 'displayName'>>, manager?: EntityManager): Promise<void> {
    await this.users(manager).update({ id }, changes);
  }

  /** Makes every access token issued so far invalid. */
  async bumpSessionVersion(id: string, manager?: EntityManager): Promise<void> {
    await this.users(manager).increment({ id }, 'sessionVersion', 1);
  }

  async updateOrganizationStatus(
    id: string,
    status: OrganizationStatus,
    reason: string | null,
    manager: EntityManager,
  ): Promise<void> {
    await this.organizations(manager).update({ id }, { status, statusReason: reason, statusChangedAt: new Date() });
  }

  async activeAdministratorEmails(): Promise<string[]> {
    const admins = await this.users().find({ where: { platformRole: 'ADMIN', disabledAt: IsNull() }, select: { email: true } });
    return admins.map((admin) => admin.email);
  }

  countActiveMembers(organizationId: string, manager?: EntityManager): Promise<number> {
    return this.users(manager).count({ where: { organizationId, disabledAt: IsNull() } });
  }

  membersOf(organizationId: string): Promise<User[]> {
    return this.users().find({ where: { organizationId }, order: { createdAt: 'ASC' } });
  }

  /** Organisations of a kind and status, from the counts the database keeps (statistics_counts), not a count of every row. */
  private async countedOrganizations(kind: string | undefined, status: string | undefined): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(sum("count"), 0)::int AS "total" FROM "statistics_counts"
        WHERE "dimension" = 'organization' AND ($1::text IS NULL OR split_part("key", '|', 1) = $1) AND ($2::text IS NULL OR split_part("key", '|', 2) = $2)`,
      [kind ?? null, status ?? null],
    )) as { total: number }[];
    return row?.total ?? 0;
  }

  async pageOrganizations(
    query: z.output<typeof OrganizationAdminQuerySchema>,
  ): Promise<{ rows: OrganizationWithMemberCount[]; total: number; next: string | null }> {
    const builder = this.organizations().createQueryBuilder('o');
    if (query.status) builder.andWhere('o.status = :status', { status: query.status });
    if (query.kind) builder.andWhere('o.kind = :kind', { kind: query.kind });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(o.name ILIKE :like OR o.credit_code ILIKE :like)', { like });
    }
    const descending = query.sort.startsWith('-');
    const column = SORT_COLUMNS[query.sort.replace('-', '') as keyof typeof SORT_COLUMNS];
    const total = query.q ? await countRows(builder) : await this.countedOrganizations(query.kind, query.status);
    // The id breaks ties in the same direction, so that (sort, id) is one keyset over IDX_organizations_<sort>,
    // which also holds kind and status: a deep page reads index entries, then its 20 rows by id.
    const { ids, next } = await pageIds(builder, { alias: 'o', table: 'organizations', column, descending }, query);
    const rows = ids.length > 0 ? inIdOrder(await this.organizations().findBy({ id: In(ids) }), ids) : [];
    const counts = new Map<string, number>();
    if (rows.length > 0) {
      const raw = await this.users()
        .createQueryBuilder('u')
        .select('u.organization_id', 'organizationId')
        .addSelect('count(*)::int', 'count')
        .where('u.organization_id IN (:...ids)', { ids: rows.map((o) => o.id) })
        .groupBy('u.organization_id')
        .getRawMany<{ organizationId: string; count: number }>();
      for (const row of raw) counts.set(row.organizationId, row.count);
    }
    return { rows: rows.map((organization) => ({ organization, memberCount: counts.get(organization.id) ?? 0 })), total, next };
  }
}
