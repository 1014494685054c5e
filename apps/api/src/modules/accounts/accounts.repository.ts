import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Organization } from './entities/organization.entity.js';
import { User } from './entities/user.entity.js';

export type NewOrganization = Pick<Organization, 'kind' | 'name' | 'creditCode' | 'regionCode' | 'status' | 'isDemo'>;
export type NewUser = Pick<User, 'email' | 'displayName' | 'passwordHash' | 'platformRole' | 'organizationId' | 'membershipRole'>;

/** Persistence of users and organisations. */
@Injectable()
export class AccountsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  countAdministrators(): Promise<number> {
    return this.dataSource.getRepository(User).count({ where: { platformRole: 'ADMIN' } });
  }

  findUserByEmail(email: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOne({ where: { email: email.toLowerCase() } });
  }

  findOrganizationByCreditCode(creditCode: string, manager: EntityManager = this.dataSource.manager): Promise<Organization | null> {
    return manager.getRepository(Organization).findOne({ where: { creditCode } });
  }

  insertOrganization(organization: NewOrganization, manager: EntityManager): Promise<Organization> {
    const repository = manager.getRepository(Organization);
    return repository.save(repository.create(organization));
  }

  insertUser(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<User> {
    const repository = manager.getRepository(User);
    return repository.save(repository.create({ ...user, email: user.email.toLowerCase() }));
  }
}
