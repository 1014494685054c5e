import type { StoredExplanation, WholeStoredExplanation } from '@mcf/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The assessment of one firm for one demand: one row per pair, so a retried job overwrites rather
 * than duplicates. Ineligible rows are kept only when the firm nearly matches ("almost matched").
 */
@Entity({ name: 'matches' })
@Index('IDX_matches_demand_score', ['demandId', 'score'])
@Index('IDX_matches_organization', ['organizationId'])
export class Match {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'boolean' })
  eligible: boolean;

  @Column({ type: 'real' })
  score: number;

  /** Eligible but below the text threshold: stored only when no firm passes it, shown as a weak match. */
  @Column({ type: 'boolean', default: false })
  weak: boolean;

  /** Read through explanationOf. */
  @Column({ type: 'jsonb' })
  explanation: StoredExplanation | WholeStoredExplanation;

  @Column({ name: 'demand_version', type: 'integer' })
  demandVersion: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
