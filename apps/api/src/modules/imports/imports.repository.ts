import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { EnterpriseImport } from './entities/enterprise-import.entity.js';

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

  find(id: string, manager?: EntityManager, lock = false): Promise<EnterpriseImport | null> {
    return (manager ?? this.dataSource.manager)
      .getRepository(EnterpriseImport)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  async update(id: string, changes: Partial<EnterpriseImport>, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).getRepository(EnterpriseImport).update({ id }, changes);
  }
}
