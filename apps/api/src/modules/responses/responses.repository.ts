import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Award } from './entities/award.entity.js';
import { DemandInvitation } from './entities/demand-invitation.entity.js';
import { DemandResponse } from './entities/demand-response.entity.js';
import { ResponseAttachment } from './entities/response-attachment.entity.js';

/** Persistence of invitations, responses and awards. */
@Injectable()
export class ResponsesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private manager(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }

  findInvitation(
    demandId: string,
    organizationId: string,
    manager?: EntityManager,
  ): Promise<DemandInvitation | null> {
    return this.manager(manager)
      .getRepository(DemandInvitation)
      .findOne({ where: { demandId, organizationId } });
  }

  async insertInvitation(
    invitation: Omit<DemandInvitation, 'invitedAt'>,
    manager: EntityManager,
  ): Promise<DemandInvitation> {
    const repository = manager.getRepository(DemandInvitation);
    return repository.save(repository.create(invitation));
  }

  invitationsOf(demandId: string): Promise<DemandInvitation[]> {
    return this.dataSource
      .getRepository(DemandInvitation)
      .find({ where: { demandId }, order: { invitedAt: 'ASC' } });
  }

  /** The invitations an organisation received, newest first (the latest 200). */
  invitationsTo(organizationId: string): Promise<DemandInvitation[]> {
    return this.dataSource
      .getRepository(DemandInvitation)
      .find({ where: { organizationId }, order: { invitedAt: 'DESC', demandId: 'ASC' }, take: 200 });
  }

  findResponse(id: string, manager?: EntityManager, lock = false): Promise<DemandResponse | null> {
    return this.manager(manager)
      .getRepository(DemandResponse)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** The firm's live (not withdrawn) response to a demand. */
  liveResponse(
    demandId: string,
    organizationId: string,
    manager?: EntityManager,
  ): Promise<DemandResponse | null> {
    return this.manager(manager)
      .getRepository(DemandResponse)
      .createQueryBuilder('r')
      .where('r.demand_id = :demandId AND r.organization_id = :organizationId', { demandId, organizationId })
      .andWhere(`r.status <> 'WITHDRAWN'`)
      .getOne();
  }

  async insertResponse(
    response: Omit<DemandResponse, 'id' | 'createdAt' | 'updatedAt'>,
    manager: EntityManager,
  ): Promise<DemandResponse> {
    const repository = manager.getRepository(DemandResponse);
    return repository.save(repository.create(response));
  }

  async updateResponse(
    id: string,
    changes: Partial<DemandResponse>,
    manager: EntityManager,
  ): Promise<DemandResponse> {
    await manager.getRepository(DemandResponse).update({ id }, changes);
    return (await this.findResponse(id, manager))!;
  }

  responsesOf(demandId: string, organizationId?: string, manager?: EntityManager): Promise<DemandResponse[]> {
    return this.manager(manager)
      .getRepository(DemandResponse)
      .find({
        where: { demandId, ...(organizationId ? { organizationId } : {}) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
  }

  responsesBy(organizationId: string): Promise<DemandResponse[]> {
    return this.dataSource
      .getRepository(DemandResponse)
      .find({ where: { organizationId }, order: { createdAt: 'DESC', id: 'ASC' }, take: 200 });
  }

  /** The files of these responses, oldest first. */
  attachmentsOf(responseIds: readonly string[], manager?: EntityManager): Promise<ResponseAttachment[]> {
    if (responseIds.length === 0) return Promise.resolve([]);
    return this.manager(manager)
      .getRepository(ResponseAttachment)
      .createQueryBuilder('a')
      .where('a.response_id IN (:...ids)', { ids: [...new Set(responseIds)] })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  findAttachment(responseId: string, id: string): Promise<ResponseAttachment | null> {
    return this.dataSource.getRepository(ResponseAttachment).findOne({ where: { responseId, id } });
  }

  async insertAttachment(
    attachment: Omit<ResponseAttachment, 'id' | 'createdAt'>,
    manager: EntityManager,
  ): Promise<ResponseAttachment> {
    const repository = manager.getRepository(ResponseAttachment);
    return repository.save(repository.create(attachment));
  }

  async deleteAttachment(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(ResponseAttachment).delete({ id });
  }

  findAward(demandId: string, manager?: EntityManager): Promise<Award | null> {
    return this.manager(manager).getRepository(Award).findOne({ where: { demandId } });
  }

  async insertAward(award: Award, manager: EntityManager): Promise<void> {
    await manager.getRepository(Award).insert(award);
  }
}
