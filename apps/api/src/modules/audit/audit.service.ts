import { Injectable } from '@nestjs/common';
import type { AuditEventPage, AuditQuerySchema } from '@mcf/contracts';
import type { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { requestContext } from '../../core/logging/request-context.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditEntry {
  /** Who did it: the signed-in actor, or a user acting on their own account before they had a token. */
  actor: (Pick<Actor, 'userId' | 'ip'> & { email: string | null }) | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** The append-only audit trail: every administrator action and every status change. */
@Injectable()
export class AuditService {
  constructor(private readonly audit: AuditRepository) {}

  record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    return this.audit.insert(
      {
        actorUserId: entry.actor?.userId ?? null,
        actorEmail: entry.actor?.email ?? null,
        actorIp: entry.actor?.ip ?? null,
        action: entry.action,
        targetType: entry.targetType,
        targetId: entry.targetId,
        before: entry.before ?? null,
        after: entry.after ?? null,
        requestId: requestContext.getStore()?.requestId ?? null,
      },
      manager,
    );
  }

  async page(query: z.output<typeof AuditQuerySchema>): Promise<AuditEventPage> {
    const { rows: events, total, next } = await this.audit.page(query);
    return {
      items: events.map((e) => ({
        id: e.id,
        occurredAt: e.occurredAt.toISOString(),
        actorUserId: e.actorUserId,
        actorEmail: e.actorEmail,
        actorIp: e.actorIp,
        action: e.action,
        targetType: e.targetType,
        targetId: e.targetId,
        before: e.before,
        after: e.after,
        requestId: e.requestId,
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      next,
    };
  }
}
