import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ImportProblem } from '@mcf/contracts';
import type { EnterpriseImportRow } from '@mcf/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { EnterpriseImport } from './entities/enterprise-import.entity.js';

const PROGRESS_COLUMNS = { id: true, status: true, startedBy: true, cursor: true, created: true, skipped: true, totalRows: true, createdAt: true, finishedAt: true } as const;

@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  insert(run: Pick<EnterpriseImport, 'status' | 'startedBy' | 'rows' | 'skipped' | 'totalRows'>, manager?: EntityManager): Promise<EnterpriseImport> {
    const repository = (manager ?? this.dataSource.manager).getRepository(EnterpriseImport);
    return repository.save(repository.create({ ...run, cursor: 0, created: 0, finishedAt: null }));
  }

  /**
   * The run without its rows: what progress, listing and each step of the job need. The rows (up to
   * 5000 firms) are read one at a time with `rowAt`, so that a step never parses the whole list.
   */
  findProgress(id: string, manager?: EntityManager): Promise<Omit<EnterpriseImport, 'rows'> | null> {
    return (manager ?? this.dataSource.manager).getRepository(EnterpriseImport).findOne({ select: PROGRESS_COLUMNS, where: { id } });
  }

  /** Locks the run for one step of the job and reads its counters only. */
  lockStep(id: string, manager: EntityManager): Promise<Pick<EnterpriseImport, 'id' | 'status' | 'startedBy' | 'cursor' | 'created' | 'totalRows'> | null> {
    return manager.getRepository(EnterpriseImport).findOne({
      select: { id: true, status: true, startedBy: true, cursor: true, created: true, totalRows: true },
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Row `index` of the run (zero-based), or null past the end. */
  async rowAt(id: string, index: number, manager: EntityManager): Promise<EnterpriseImportRow | null> {
    const [result] = (await manager.query(`SELECT "rows" -> $2::int AS "row" FROM "enterprise_imports" WHERE "id" = $1`, [id, index])) as { row: EnterpriseImportRow | null }[];
    return result?.row ?? null;
  }

  /** Adds a problem to the run's skipped rows without reading them. */
  async appendSkipped(id: string, problem: ImportProblem, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE "enterprise_imports" SET "skipped" = "skipped" || $2::jsonb WHERE "id" = $1`, [id, JSON.stringify([problem])]);
  }

  /** The runs, newest first, without their rows (which can be thousands). */
  page(page: number, pageSize: number): Promise<[Omit<EnterpriseImport, 'rows'>[], number]> {
    return this.dataSource.manager.getRepository(EnterpriseImport).findAndCount({
      select: PROGRESS_COLUMNS,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  async update(id: string, changes: Partial<EnterpriseImport>, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(EnterpriseImport).update({ id }, changes);
  }
}
