import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

/** A yearly figure of a RECORDED target (产值, R&D intensity…), recorded by an administrator against one plan version. */
@Entity({ name: 'plan_figures' })
@Check('CHK_plan_figures_value', `"value" >= 0`)
export class PlanFigure {
  @PrimaryColumn({ name: 'plan_version', type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_plan_figures' })
  planVersion: string;

  @PrimaryColumn({ type: 'varchar', length: 48, primaryKeyConstraintName: 'PK_plan_figures' })
  key: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_plan_figures' })
  year: number;

  @Column({ type: 'numeric', precision: 14, scale: 4, transformer: numeric })
  value: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Loaded as demo data: a plausible figure, not a statistic. */
  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by', foreignKeyConstraintName: 'FK_plan_figures_updated_by' })
  updater?: ForeignRow;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
