import { Injectable } from '@nestjs/common';
import type {
  AuditAction,
  AuditEventPage,
  AuditEventView,
  AuditOrganizationRef,
  AuditQuerySchema,
  AuditReference,
  AuditTargetType,
} from '@mcf/contracts';
import type { z } from 'zod';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/auth/actor.js';
import { requestContext } from '../../core/logging/request-context.js';
import { AuditRepository, type OrganizationName, type TargetName, UUID } from './audit.repository.js';
import type { AuditEvent } from './entities/audit-event.entity.js';

export interface AuditEntry {
  /** Who did it: the signed-in actor, or a user acting on their own account before they had a token. */
  actor: (Pick<Actor, 'userId' | 'ip'> & { email: string | null }) | null;
  /** One of AUDIT_ACTIONS, each of which has a label in the web app. */
  action: AuditAction;
  targetType: AuditTargetType;
  targetId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Ids (UUID strings) among an entry's before/after values, at the top level and in arrays. */
export function referencedIds(event: Pick<AuditEvent, 'before' | 'after'>): string[] {
  const ids: string[] = [];
  for (const values of [event.before, event.after]) {
    for (const value of Object.values(values ?? {})) {
      for (const item of Array.isArray(value) ? value : [value]) if (typeof item === 'string' && UUID.test(item)) ids.push(item);
    }
  }
  return ids;
}

const organizationRef = (organization: OrganizationName | null | undefined): AuditOrganizationRef | null =>
  organization ? { id: organization.id, name: organization.name, kind: organization.kind } : null;

const OWNED_TYPES = ['qualification', 'demand', 'response'] as const;

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

  /**
   * A page of the trail with the names of the people, organisations and objects it refers to, resolved
   * here in a fixed number of queries (one per kind of name), not one per entry.
   */
  async page(query: z.output<typeof AuditQuerySchema>): Promise<AuditEventPage> {
    const { rows: events, total, next } = await this.audit.page(query);
    const targetsOf = (type: string) => events.flatMap((e) => (e.targetType === type && e.targetId ? [e.targetId] : []));
    const references = events.flatMap(referencedIds);
    const [users, organizations, ...owned] = await Promise.all([
      this.audit.userNames([...events.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])), ...targetsOf('user'), ...references]),
      this.audit.organizationNames([...targetsOf('organization'), ...references]),
      ...OWNED_TYPES.map((type) => this.audit.targetNames(type, targetsOf(type))),
    ]);
    const ownedByType = new Map<string, Map<string, TargetName>>(OWNED_TYPES.map((type, i) => [type, owned[i]!]));

    const target = (e: AuditEvent): Pick<AuditEventView, 'targetLabel' | 'targetCode' | 'targetOrganization'> => {
      const none = { targetLabel: null, targetCode: null, targetOrganization: null };
      if (!e.targetId) return none;
      if (e.targetType === 'organization') {
        const organization = organizations.get(e.targetId);
        return { targetLabel: organization?.name ?? null, targetCode: organization?.kind ?? null, targetOrganization: organizationRef(organization) };
      }
      if (e.targetType === 'user') {
        const user = users.get(e.targetId);
        return { targetLabel: user?.displayName ?? null, targetCode: null, targetOrganization: organizationRef(user?.organization) };
      }
      if (e.targetType === 'job') return { ...none, targetLabel: e.targetId };
      const found = ownedByType.get(e.targetType)?.get(e.targetId);
      return found ? { targetLabel: found.label, targetCode: found.code, targetOrganization: organizationRef(found.organization) } : none;
    };

    const referencesOf = (e: AuditEvent): Record<string, AuditReference> => {
      const named: Record<string, AuditReference> = {};
      for (const id of referencedIds(e)) {
        const user = users.get(id);
        const organization = organizations.get(id);
        if (user) named[id] = { type: 'user', name: user.displayName };
        else if (organization) named[id] = { type: 'organization', name: organization.name };
      }
      return named;
    };

    return {
      items: events.map((e) => {
        const actor = e.actorUserId ? users.get(e.actorUserId) : undefined;
        return {
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
          actorName: actor?.displayName ?? null,
          actorOrganization: organizationRef(actor?.organization),
          ...target(e),
          references: referencesOf(e),
        };
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
      next,
    };
  }
}
