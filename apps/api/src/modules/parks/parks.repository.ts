import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ParkQuery } from '@mcf/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { Park } from './entities/park.entity.js';

export interface ParkOrganizationRow {
  organizationId: string;
  name: string;
  regionCode: string;
  isDemo: boolean;
}

/** The parks table, and the read of which published firms name a park (profiles carry `parkId`). */
@Injectable()
export class ParksRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private repo(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Park);
  }

  findById(id: string, manager?: EntityManager, lock = false): Promise<Park | null> {
    return this.repo(manager).findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  findByName(name: string, manager?: EntityManager): Promise<Park | null> {
    return this.repo(manager).findOne({ where: { name } });
  }

  save(park: Partial<Park>, manager?: EntityManager): Promise<Park> {
    return this.repo(manager).save(this.repo(manager).create(park));
  }

  async page(query: ParkQuery): Promise<{ items: Park[]; total: number }> {
    const qb = this.repo().createQueryBuilder('p');
    if (query.q) qb.andWhere(`(p.name ILIKE :q OR p.description ILIKE :q)`, { q: `%${query.q.replace(/[\\%_]/g, '\\$&')}%` });
    if (query.kind) qb.andWhere('p.kind = :kind', { kind: query.kind });
    if (query.regionCode) qb.andWhere(':region = ANY(p.region_codes)', { region: query.regionCode });
    if (query.sector) qb.andWhere(':sector = ANY(p.sectors)', { sector: query.sector });
    if (query.mcfDemonstrationLevel) qb.andWhere('p.mcf_demonstration_level = :level', { level: query.mcfDemonstrationLevel });
    // The plan's order: bases, zones, points, then parks and platforms; by name within a kind.
    qb.orderBy(`array_position(ARRAY['BASE','ZONE','POINT','PARK','PLATFORM']::varchar[], p.kind)`, 'ASC')
      .addOrderBy('p.name', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  /** Published firms (not suspended or rejected) per park, for the parks given. */
  async organizationCounts(parkIds: string[]): Promise<Map<string, number>> {
    if (parkIds.length === 0) return new Map();
    const rows: { park_id: string; count: number }[] = await this.dataSource.query(
      `SELECT p."published"->>'parkId' AS "park_id", count(*)::int AS "count"
         FROM "enterprise_profiles" p JOIN "organizations" o ON o."id" = p."organization_id"
        WHERE p."published"->>'parkId' = ANY($1::text[]) AND o."status" = 'VERIFIED'
        GROUP BY 1`,
      [parkIds],
    );
    return new Map(rows.map((row) => [row.park_id, row.count]));
  }

  async organizationsOf(parkId: string): Promise<ParkOrganizationRow[]> {
    const rows: { id: string; name: string; region_code: string; is_demo: boolean }[] = await this.dataSource.query(
      `SELECT o."id", o."name", o."region_code", o."is_demo"
         FROM "enterprise_profiles" p JOIN "organizations" o ON o."id" = p."organization_id"
        WHERE p."published"->>'parkId' = $1 AND o."status" = 'VERIFIED'
        ORDER BY o."name", o."id" LIMIT 500`,
      [parkId],
    );
    return rows.map((row) => ({ organizationId: row.id, name: row.name, regionCode: row.region_code, isDemo: row.is_demo }));
  }

  /**
   * Parks counted towards the plan's targets: not demo data, of the kind and level asked, recognised from
   * `fromYear` through `toYear`.
   */
  async countRecognized(
    filter: { kind?: string; mcfDemonstrationLevel?: string },
    fromYear: number,
    toYear: number,
  ): Promise<number> {
    const qb = this.repo()
      .createQueryBuilder('p')
      .where('NOT p.is_demo')
      .andWhere('p.recognized_year BETWEEN :fromYear AND :toYear', { fromYear, toYear });
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.mcfDemonstrationLevel) qb.andWhere('p.mcf_demonstration_level = :level', { level: filter.mcfDemonstrationLevel });
    return qb.getCount();
  }
}
