import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DemandStatus } from '@mcf/contracts';
import { demandSampleText } from '@mcf/domain';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { countRows, inIdOrder, pageIds } from '../../core/database/keyset.util.js';
import { DemandAttachment } from './entities/demand-attachment.entity.js';
import { DemandVersion } from './entities/demand-version.entity.js';
import { Demand } from './entities/demand.entity.js';

/** Published demands, newest first, that term frequencies are counted over (see TermSample). */
const TERM_FREQUENCY_SAMPLE = 5_000;

/** Persistence of demands and their published versions. */
@Injectable()
export class DemandsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private demands(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Demand);
  }

  find(id: string, manager?: EntityManager, lock = false): Promise<Demand | null> {
    return this.demands(manager).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The demands of `ids`, in that order. */
  async findInOrder(ids: readonly string[]): Promise<Demand[]> {
    return inIdOrder(await this.findMany(ids), ids);
  }

  findMany(ids: readonly string[]): Promise<Demand[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.demands()
      .createQueryBuilder('d')
      .where('d.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
  }

  async insert(
    demand: Omit<Demand, 'id' | 'createdAt' | 'updatedAt'>,
    manager: EntityManager,
  ): Promise<Demand> {
    const repository = this.demands(manager);
    return repository.save(repository.create(demand));
  }

  findByTitle(organizationId: string, title: string): Promise<Demand | null> {
    return this.demands().findOne({ where: { organizationId, title } });
  }

  async existsWithTitle(organizationId: string, title: string, manager: EntityManager): Promise<boolean> {
    return (await this.demands(manager).count({ where: { organizationId, title } })) > 0;
  }

  /** Writes the changes without reading the demand back (update does). */
  async set(id: string, changes: Partial<Demand>, manager: EntityManager): Promise<void> {
    await this.demands(manager).update({ id }, changes);
  }

  async update(id: string, changes: Partial<Demand>, manager: EntityManager): Promise<Demand> {
    await this.set(id, changes, manager);
    return (await this.find(id, manager))!;
  }

  async addVersion(version: DemandVersion, manager: EntityManager): Promise<void> {
    await manager.getRepository(DemandVersion).insert(version as never);
  }

  async pageOf(
    organizationId: string,
    status: DemandStatus | undefined,
    page: number,
    pageSize: number,
    after?: string,
  ): Promise<{ rows: Demand[]; total: number; next: string | null }> {
    const builder = this.demands().createQueryBuilder('d').where('d.organization_id = :organizationId', { organizationId });
    if (status) builder.andWhere('d.status = :status', { status });
    const total = await countRows(builder);
    // The page's ids from IDX_demands_organization_created_id, then its rows.
    const { ids, next } = await pageIds(builder, { alias: 'd', table: 'demands', column: 'created_at', descending: true }, { page, pageSize, after });
    return { rows: await this.findInOrder(ids), total, next };
  }

  /**
   * Every demand (administrators' moderation list), newest first, with its organisation's name and how
   * many responses it received; `organization` matches part of the name (LIKE wildcards escaped). The
   * page's ids come first from IDX_demands_created (which holds the status), then only its rows are
   * joined and their responses counted.
   */
  async adminPage(
    filter: { status?: DemandStatus; organization?: string },
    page: number,
    pageSize: number,
  ): Promise<{ rows: (Demand & { organizationName: string; responseCount: number })[]; total: number }> {
    const keys = this.demands().createQueryBuilder('d');
    if (filter.status) keys.andWhere('d.status = :status', { status: filter.status });
    if (filter.organization)
      keys
        .innerJoin('organizations', 'o', 'o.id = d.organization_id')
        .andWhere(`o.name ILIKE :organization ESCAPE '\\'`, {
          organization: `%${filter.organization.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        });
    const total = await countRows(keys);
    const { ids } = await pageIds(keys, { alias: 'd', table: 'demands', column: 'created_at', descending: true }, { page, pageSize });
    if (ids.length === 0) return { rows: [], total };
    const { entities, raw } = await this.demands()
      .createQueryBuilder('d')
      .innerJoin('organizations', 'o', 'o.id = d.organization_id')
      .addSelect('o.name', 'organization_name')
      .addSelect('(SELECT COUNT(*)::int FROM "demand_responses" r WHERE r."demand_id" = d."id")', 'response_count')
      .where('d.id IN (:...ids)', { ids })
      .getRawAndEntities<{ d_id: string; organization_name: string; response_count: number }>();
    const extra = new Map(raw.map((row) => [row.d_id, row]));
    return {
      rows: inIdOrder(entities, ids).map((demand) => ({
        ...demand,
        organizationName: extra.get(demand.id)?.organization_name ?? '',
        responseCount: Number(extra.get(demand.id)?.response_count ?? 0),
      })),
      total,
    };
  }

  /** Published demands in any of these sectors (candidates for a firm beside the search engine's). */
  async publishedInSectors(sectors: readonly string[], limit = 500): Promise<string[]> {
    if (sectors.length === 0) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT "id" FROM "demands" WHERE "status" = 'PUBLISHED' AND "sectors" && $1::varchar[] ORDER BY "published_at" DESC LIMIT ${Number(limit)}`,
      [sectors],
    );
    return rows.map((r) => r.id);
  }

  /** Published demands whose deadline (China date) is before `today`. */
  pastDeadline(today: string): Promise<Demand[]> {
    return this.demands()
      .createQueryBuilder('d')
      .where(`d.status = 'PUBLISHED'`)
      .andWhere('d.deadline < :today', { today })
      .getMany();
  }

  async publishedIds(afterId: string | null, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT "id" FROM "demands" WHERE "status" = 'PUBLISHED' AND ($1::uuid IS NULL OR "id" > $1::uuid) ORDER BY "id" LIMIT ${Number(limit)}`,
      [afterId],
    );
    return rows.map((r) => r.id);
  }

  /** The newest published demands' ids and texts (demandSampleText), at most `limit`: see TermSample. */
  async newestPublishedTexts(limit = TERM_FREQUENCY_SAMPLE): Promise<Array<{ id: string; text: string }>> {
    const rows = (await this.dataSource.query(
      `SELECT "id", "title", "description" FROM "demands"
        WHERE "status" = 'PUBLISHED' AND "published_at" IS NOT NULL ORDER BY "published_at" DESC LIMIT $1`,
      [limit],
    )) as { id: string; title: string; description: string }[];
    return rows.map((row) => ({ id: row.id, text: demandSampleText(row.title, row.description) }));
  }

  async countPublished(): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT count(*)::int AS "n" FROM "demands" WHERE "status" = 'PUBLISHED'`,
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  async isInvited(demandId: string, organizationId: string, manager?: EntityManager): Promise<boolean> {
    const rows: unknown[] = await (manager ?? this.dataSource.manager).query(
      `SELECT 1 FROM "demand_invitations" WHERE "demand_id" = $1 AND "organization_id" = $2`,
      [demandId, organizationId],
    );
    return rows.length > 0;
  }

  async invitedOrganizationIds(demandId: string): Promise<string[]> {
    return (await this.invitedOrganizationIdsOf([demandId])).get(demandId) ?? [];
  }

  /** The firms invited to each of the demands, in one query (demands nobody is invited to are absent). */
  async invitedOrganizationIdsOf(demandIds: readonly string[]): Promise<Map<string, string[]>> {
    const invited = new Map<string, string[]>();
    if (demandIds.length === 0) return invited;
    const rows: { demand_id: string; organization_id: string }[] = await this.dataSource.query(
      `SELECT "demand_id", "organization_id" FROM "demand_invitations" WHERE "demand_id" = ANY($1::uuid[]) ORDER BY "demand_id", "organization_id"`,
      [demandIds],
    );
    for (const row of rows) {
      const ids = invited.get(row.demand_id) ?? [];
      ids.push(row.organization_id);
      invited.set(row.demand_id, ids);
    }
    return invited;
  }

  /** Eligible matches of each of `demandIds` (one query); a demand without any is left out. */
  async eligibleMatchCounts(demandIds: readonly string[]): Promise<Map<string, number>> {
    if (demandIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT "demand_id", count(*)::int AS "n" FROM "matches" WHERE "demand_id" = ANY($1::uuid[]) AND "eligible" GROUP BY "demand_id"`,
      [[...new Set(demandIds)]],
    )) as { demand_id: string; n: number }[];
    return new Map(rows.map((row) => [row.demand_id, row.n]));
  }

  /** The attachments of each of `demandIds`, oldest first (one query). */
  async attachmentsOfMany(demandIds: readonly string[]): Promise<Map<string, DemandAttachment[]>> {
    const byDemand = new Map<string, DemandAttachment[]>();
    if (demandIds.length === 0) return byDemand;
    const attachments = await this.dataSource
      .getRepository(DemandAttachment)
      .find({ where: { demandId: In([...new Set(demandIds)]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const attachment of attachments) {
      const list = byDemand.get(attachment.demandId);
      if (list) list.push(attachment);
      else byDemand.set(attachment.demandId, [attachment]);
    }
    return byDemand;
  }

  attachmentsOf(demandId: string, manager?: EntityManager): Promise<DemandAttachment[]> {
    return (manager ?? this.dataSource.manager)
      .getRepository(DemandAttachment)
      .find({ where: { demandId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findAttachment(demandId: string, id: string): Promise<DemandAttachment | null> {
    return this.dataSource.getRepository(DemandAttachment).findOne({ where: { demandId, id } });
  }

  async insertAttachment(
    attachment: Omit<DemandAttachment, 'id' | 'createdAt'>,
    manager: EntityManager,
  ): Promise<DemandAttachment> {
    const repository = manager.getRepository(DemandAttachment);
    return repository.save(repository.create(attachment));
  }

  async deleteAttachment(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(DemandAttachment).delete({ id });
  }
}
