import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

const numeric = { to: (v: number) => v, from: (v: string) => Number(v) };

/**
 * A firm's own revenue and R&D spend for one year, in 万元. Private to the firm: the platform shows only
 * aggregates over at least AGGREGATE_MIN_FIRMS firms, never one firm's figures, not even to administrators.
 */
@Entity({ name: 'financial_reports' })
@Check('CHK_financial_reports_amounts', `"revenue" >= 0 AND "rd_spend" >= 0`)
@Index('IDX_financial_reports_year', ['year'])
export class FinancialReport {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'PK_financial_reports' })
  organizationId: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'PK_financial_reports' })
  year: number;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_financial_reports_organization' })
  organization?: ForeignRow;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numeric })
  revenue: number;

  @Column({ name: 'rd_spend', type: 'numeric', precision: 14, scale: 2, transformer: numeric })
  rdSpend: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
