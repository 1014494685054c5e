import type { SuggestionEvidenceView, SuggestionRelation, VocabularySuggestionStatus } from '@mcf/contracts';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/**
 * A pair of terms mined from the platform's own text or from procurers' choices, which an administrator
 * approves (it then joins the vocabulary) or rejects. One pending row per pair: later occurrences add to its
 * evidence (the partial unique index).
 */
@Entity({ name: 'vocabulary_suggestions' })
@Check('CHK_vocabulary_suggestions_relation', `"relation" IN ('equivalent', 'abbreviation', 'broader', 'lookalike')`)
@Check('CHK_vocabulary_suggestions_status', `"status" IN ('PENDING', 'APPROVED', 'REJECTED')`)
@Index('UQ_vocabulary_suggestions_pending_pair', ['pairKey'], { unique: true, where: `"status" = 'PENDING'` })
@Index('IDX_vocabulary_suggestions_pair', ['pairKey'])
@Index('IDX_vocabulary_suggestions_status', ['status', 'updatedAt'])
// What every process reads before trusting its compiled vocabulary (VocabularySuggestionsRepository.approvedMarker).
@Index('IDX_vocabulary_suggestions_approved', ['decidedAt', 'id'], { where: `"status" = 'APPROVED'` })
export class VocabularySuggestion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_vocabulary_suggestions' })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  relation: SuggestionRelation;

  /** Two terms as written; for an abbreviation the full form first, for broader the broader term first. */
  @Column({ type: 'jsonb' })
  terms: [string, string];

  /** The two normalised terms in order, whatever the relation: one pending suggestion per pair. */
  @Column({ name: 'pair_key', type: 'text' })
  pairKey: string;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: VocabularySuggestionStatus;

  /** The latest occurrences, newest first. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  evidence: SuggestionEvidenceView[];

  /** Every distinct occurrence (source kind and id) ever seen. */
  @Column({ name: 'evidence_count', type: 'integer', default: 0 })
  evidenceCount: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @ManyToOne('User', { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_vocabulary_suggestions_decided_by' })
  decider?: ForeignRow;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  /** Kept with the decision, as the audit trail keeps the actor's email: the reviewer's name on screen. */
  @Column({ name: 'decided_by_email', type: 'varchar', length: 254, nullable: true })
  decidedByEmail: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;
}
