import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditQuerySchema, OrganizationKind } from '@mcf/contracts';
import type { z } from 'zod';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { countRows, inIdOrder, pageIds } from '../../core/database/keyset.util.js';
import { AuditEvent } from './entities/audit-event.entity.js';

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'occurredAt'>;

export interface OrganizationName {
  id: string;
  name: string;
  kind: OrganizationKind;
}
export interface UserName {
  id: string;
  displayName: string;
  organization: OrganizationName | null;
}
/** A target other than a user or organisation: what it is called and whose it is. */
export interface TargetName {
  id: string;
  label: string;
  /** What classifies it, where the page names it (a certificate's type code). */
  code: string | null;
  organization: OrganizationName | null;
}

/** `%…%` for ILIKE, with the user's own `%`, `_` and `\` taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A UUID as text: audit targets and before/after values hold ids as strings. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The distinct UUIDs among `ids` (a target id may be anything, e.g. a job's `queue/id`). */
const distinctUuids = (ids: readonly string[]) => [...new Set(ids.filter((id) => UUID.test(id)))];

/**
 * Targets that belong to an organisation, with the SQL that finds the organisation of a target id
 * (`t`) — used both to filter by organisation name and to name the target. An audit read model: it
 * reads other features' tables, but only here and only to name what the trail already refers to.
 */
const OWNED_TARGETS = {
  qualification: {
    sql: `SELECT q.id::text AS id, q.certificate_no AS label, q.type AS code, q.organization_id AS org_id FROM qualifications q WHERE q.id::text = ANY($1)`,
    owner: `SELECT q.organization_id FROM qualifications q WHERE q.id::text = e.target_id`,
  },
  demand: {
    sql: `SELECT d.id::text AS id, d.title AS label, NULL AS code, d.organization_id AS org_id FROM demands d WHERE d.id::text = ANY($1)`,
    owner: `SELECT d.organization_id FROM demands d WHERE d.id::text = e.target_id`,
  },
  response: {
    sql: `SELECT r.id::text AS id, d.title AS label, NULL AS code, r.organization_id AS org_id FROM demand_responses r JOIN demands d ON d.id = r.demand_id WHERE r.id::text = ANY($1)`,
    owner: `SELECT r.organization_id FROM demand_responses r WHERE r.id::text = e.target_id`,
  },
  user: {
    sql: `SELECT u.id::text AS id, u.display_name AS label, NULL AS code, u.organization_id AS org_id FROM users u WHERE u.id::text = ANY($1)`,
    owner: `SELECT u.organization_id FROM users u WHERE u.id::text = e.target_id`,
  },
} as const;

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
    if (query.actor)
      builder.andWhere(
        `(e.actor_email ILIKE :actor OR EXISTS (SELECT 1 FROM users au WHERE au.id = e.actor_user_id AND (au.display_name ILIKE :actor OR au.email ILIKE :actor)))`,
        { actor: containing(query.actor) },
      );
    if (query.organization) {
      const owned = Object.entries(OWNED_TARGETS)
        .map(([type, { owner }]) => `(e.target_type = '${type}' AND (${owner}) IN (SELECT o.id FROM organizations o WHERE o.name ILIKE :organization))`)
        .join(' OR ');
      builder.andWhere(
        `(EXISTS (SELECT 1 FROM users au JOIN organizations ao ON ao.id = au.organization_id WHERE au.id = e.actor_user_id AND ao.name ILIKE :organization)
          OR (e.target_type = 'organization' AND EXISTS (SELECT 1 FROM organizations o WHERE o.id::text = e.target_id AND o.name ILIKE :organization))
          OR ${owned})`,
        { organization: containing(query.organization) },
      );
    }
    if (query.from) builder.andWhere('e.occurred_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('e.occurred_at < :to', { to: query.to });
    const total = await countRows(builder);
    // The page's ids from IDX_audit_events_occurred (newest first), then its rows by id.
    const { ids, next } = await pageIds(builder, { alias: 'e', table: 'audit_events', column: 'occurred_at', descending: true }, query);
    const rows = ids.length > 0 ? await this.dataSource.getRepository(AuditEvent).findBy({ id: In(ids) }) : [];
    return { rows: inIdOrder(rows, ids), total, next };
  }

  /** The organisations of `ids` (one query). */
  async organizationNames(ids: readonly string[]): Promise<Map<string, OrganizationName>> {
    const valid = distinctUuids(ids);
    if (valid.length === 0) return new Map();
    const rows: OrganizationName[] = await this.dataSource.query(
      `SELECT o.id::text AS id, o.name, o.kind FROM organizations o WHERE o.id = ANY($1::uuid[])`,
      [valid],
    );
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The users of `ids` with their organisations (one query). */
  async userNames(ids: readonly string[]): Promise<Map<string, UserName>> {
    const valid = distinctUuids(ids);
    if (valid.length === 0) return new Map();
    const rows: Array<{ id: string; display_name: string; org_id: string | null; org_name: string | null; org_kind: OrganizationName['kind'] | null }> =
      await this.dataSource.query(
        `SELECT u.id::text AS id, u.display_name, o.id::text AS org_id, o.name AS org_name, o.kind AS org_kind
           FROM users u LEFT JOIN organizations o ON o.id = u.organization_id WHERE u.id = ANY($1::uuid[])`,
        [valid],
      );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          id: row.id,
          displayName: row.display_name,
          organization: row.org_id && row.org_name && row.org_kind ? { id: row.org_id, name: row.org_name, kind: row.org_kind } : null,
        },
      ]),
    );
  }

  /** Names and owners of targets of one owned type (one query, plus one for their organisations). */
  async targetNames(type: string, ids: readonly string[]): Promise<Map<string, TargetName>> {
    const spec = OWNED_TARGETS[type as keyof typeof OWNED_TARGETS];
    const valid = distinctUuids(ids);
    if (!spec || valid.length === 0) return new Map();
    const rows: Array<{ id: string; label: string; code: string | null; org_id: string | null }> = await this.dataSource.query(spec.sql, [valid]);
    const organizations = await this.organizationNames(rows.flatMap((row) => (row.org_id ? [row.org_id] : [])));
    return new Map(
      rows.map((row) => [row.id, { id: row.id, label: row.label, code: row.code, organization: (row.org_id && organizations.get(row.org_id)) || null }]),
    );
  }
}
