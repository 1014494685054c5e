import type { ImportProblem } from '@mcf/contracts';
import type { EnterpriseImportRow } from '@mcf/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A real import run: the validated rows and a cursor. The job imports row `cursor` and advances the
 * cursor in the same transaction, so a crashed or retried job resumes exactly where it stopped.
 */
@Entity({ name: 'enterprise_imports' })
export class EnterpriseImport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10 })
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

  @Column({ name: 'started_by', type: 'uuid' })
  startedBy: string;

  @Column({ type: 'jsonb' })
  rows: EnterpriseImportRow[];

  @Column({ type: 'integer', default: 0 })
  cursor: number;

  @Column({ type: 'integer', default: 0 })
  created: number;

  /** Rows refused by validation, and rows skipped at import time (e.g. the code was registered meanwhile). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  skipped: ImportProblem[];

  @Column({ name: 'total_rows', type: 'integer' })
  totalRows: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
