import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditQuerySchema } from '@mcf/contracts';
import type { z } from 'zod';
import { type DataSource, type EntityManager } from 'typeorm';
import { afterRow, keysetSlice } from '../../core/database/keyset.util.js';
import { AuditEvent } from './entities/audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'occurredAt'>;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Inserts through `manager`, so that the entry commits or rolls back with the change it records. */
  async insert(event: NewAuditEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const repository = manager.getRepository(AuditEvent);
    await repository.save(repository.create(event));
  }

  async page(query: z.output<typeof AuditQuerySchema>): Promise<{ rows: AuditEvent[]; total: number; next: string | null }> {
    const builder = this.dataSource.getRepository(AuditEvent).createQueryBuilder('e');
    if (query.action) builder.andWhere('e.action = :action', { action: query.action });
    if (query.targetType) builder.andWhere('e.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) builder.andWhere('e.target_id = :targetId', { targetId: query.targetId });
    if (query.actorUserId) builder.andWhere('e.actor_user_id = :actorUserId', { actorUserId: query.actorUserId });
    if (query.from) builder.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.occurred_at < :to', { to: query.to });
    const total = await builder.getCount();
    afterRow(builder, 'e', 'audit_events', 'occurred_at', true, query.after);
    const rows = await builder
      .orderBy('e.occurred_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .skip(query.after ? 0 : (query.page - 1) * query.pageSize)
      .take(query.pageSize + 1)
      .getMany();
    return { ...keysetSlice(rows, query.pageSize), total };
  }
}
