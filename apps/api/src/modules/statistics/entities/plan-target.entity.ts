import { Check, Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A target an administrator set for one of the plan's measures. Only set targets have a row: until
 * then the default from `PLAN_TARGET_DEFAULTS` applies, so a new key needs no data migration.
 */
@Entity({ name: 'plan_targets' })
@Check('CHK_plan_targets_target', `"target" >= 0`)
export class PlanTarget {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_plan_targets' })
  key: string;

  @Column({ type: 'integer' })
  target: number;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
