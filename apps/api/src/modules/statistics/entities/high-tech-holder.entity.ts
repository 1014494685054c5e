import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A verified firm holding an approved HIGH_TECH certificate, with the last day one of them is valid:
 * the plan's high-tech target counts those still valid today (through statistics_counts
 * `high_tech_until`). Recomputed for one firm by a trigger whenever its HIGH_TECH certificates or its
 * status change (migration 1765660000000-ScaleReadPaths); never written by the application.
 */
@Entity({ name: 'high_tech_holders' })
export class HighTechHolder {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_high_tech_holders' })
  organizationId: string;

  @Column({ name: 'valid_until', type: 'date' })
  validUntil: string;
}
