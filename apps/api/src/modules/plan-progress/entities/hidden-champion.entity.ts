import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/** An administrator's recognition of a firm as a 细分行业“隐形冠军”, with the year it was recognised. */
@Entity({ name: 'hidden_champions' })
export class HiddenChampion {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_hidden_champions' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_hidden_champions_organization' })
  organization?: ForeignRow;

  @Column({ name: 'recognized_year', type: 'integer' })
  recognizedYear: number;

  @Column({ type: 'varchar', length: 100 })
  niche: string;

  @Column({ name: 'set_by', type: 'uuid', nullable: true })
  setBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'set_by', foreignKeyConstraintName: 'FK_hidden_champions_set_by' })
  setter?: ForeignRow;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
