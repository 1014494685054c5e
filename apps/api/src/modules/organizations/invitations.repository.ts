import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganizationInvitation } from './entities/organization-invitation.entity.js';

@Injectable()
export class InvitationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(OrganizationInvitation);
  }

  listFor(organizationId: string): Promise<OrganizationInvitation[]> {
    return this.repo().find({ where: { organizationId }, order: { createdAt: 'DESC' } });
  }

  insert(invitation: Pick<OrganizationInvitation, 'organizationId' | 'email' | 'tokenHash' | 'invitedBy' | 'expiresAt'>, manager?: EntityManager) {
    const repo = this.repo(manager);
    return repo.save(repo.create({ ...invitation, status: 'PENDING', acceptedAt: null }));
  }

  findInOrganization(organizationId: string, id: string, manager?: EntityManager, lock = false) {
    return this.repo(manager).findOne({ where: { organizationId, id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findByTokenHashForUpdate(tokenHash: string, manager: EntityManager) {
    return this.repo(manager).findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async setStatus(id: string, status: OrganizationInvitation['status'], manager: EntityManager) {
    await this.repo(manager).update({ id }, { status, ...(status === 'ACCEPTED' ? { acceptedAt: new Date() } : {}) });
  }
}
