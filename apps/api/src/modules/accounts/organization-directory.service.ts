import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** The one place other modules learn an organisation's name (accounts owns the organizations table). */
@Injectable()
export class OrganizationDirectory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Names by organisation id, in one query; unknown ids are absent. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT "id", "name" FROM "organizations" WHERE "id" = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
