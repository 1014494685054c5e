import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClaimStatus } from '@mcf/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganizationClaim } from './entities/organization-claim.entity.js';

export type NewClaim = Pick<
  OrganizationClaim,
  | 'organizationId'
  | 'claimantName'
  | 'claimantEmail'
  | 'passwordHash'
  | 'licenceSha256'
  | 'licenceKind'
  | 'licenceSize'
  | 'licenceName'
>;

@Injectable()
export class ClaimsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private claims(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(OrganizationClaim);
  }

  async insert(claim: NewClaim, manager: EntityManager): Promise<OrganizationClaim> {
    return this.claims(manager).save(this.claims(manager).create({ ...claim, status: 'PENDING' }));
  }

  find(id: string, manager?: EntityManager, lock = false): Promise<OrganizationClaim | null> {
    return this.claims(manager).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findPendingByEmail(email: string, manager?: EntityManager): Promise<OrganizationClaim | null> {
    return this.claims(manager).findOne({ where: { claimantEmail: email, status: 'PENDING' } });
  }

  /** A claim with its organisation and the administrator who decided it, for the review screen and emails. */
  findWithRelations(id: string): Promise<OrganizationClaim | null> {
    return this.claims().findOne({ where: { id }, relations: { organization: true, decider: true } });
  }

  /** Pending first (oldest first: first come, first served), then decided ones, newest decision first. */
  page(
    status: ClaimStatus | undefined,
    page: number,
    pageSize: number,
  ): Promise<[OrganizationClaim[], number]> {
    const builder = this.claims()
      .createQueryBuilder('c')
      .innerJoinAndSelect('c.organization', 'o')
      .leftJoinAndSelect('c.decider', 'd');
    if (status) builder.where('c.status = :status', { status });
    return (
      builder
        .orderBy(`CASE WHEN c.status = 'PENDING' THEN 0 ELSE 1 END`, 'ASC')
        .addOrderBy(`CASE WHEN c.status = 'PENDING' THEN c.created_at END`, 'ASC')
        .addOrderBy('c.decidedAt', 'DESC', 'NULLS LAST')
        .addOrderBy('c.id', 'ASC')
        // Both joins are many-to-one (one row per claim): a plain OFFSET/LIMIT pages correctly.
        .offset((page - 1) * pageSize)
        .limit(pageSize)
        .getManyAndCount()
    );
  }

  async decide(
    id: string,
    changes: Pick<OrganizationClaim, 'status' | 'reason' | 'decidedBy' | 'userId'>,
    manager: EntityManager,
  ): Promise<void> {
    await this.claims(manager).update({ id }, { ...changes, decidedAt: new Date() });
  }
}
