import type { OfferDirection, OfferIpStatus, OfferStatus, OfferTransferMode } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A technology offer (成果转化): a non-classified dual-use technology or result an organisation of any
 * kind lists for licensing, assignment, equity or joint development, 军转民 or 民参军. Public once an
 * administrator approved it; then indexed and matched to firms that could take it up.
 */
@Entity({ name: 'technology_offers' })
@Check('CHK_technology_offers_status', `"status" IN ('DRAFT', 'PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'WITHDRAWN')`)
@Check('CHK_technology_offers_readiness', `"readiness_level" BETWEEN 1 AND 9`)
@Check('CHK_technology_offers_direction', `"direction" IN ('MILITARY_TO_CIVIL', 'CIVIL_TO_MILITARY')`)
@Index('IDX_technology_offers_organization_created', ['organizationId', 'createdAt'])
@Index('IDX_technology_offers_status_submitted', ['status', 'submittedAt'])
export class TechnologyOffer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 16, default: 'DRAFT' })
  status: OfferStatus;

  /** Each approval adds one: the matching job of an older approval never writes over a newer one. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  @Column({ type: 'varchar', length: 24, array: true, default: () => `'{}'` })
  sectors: SectorCode[];

  @Column({ name: 'readiness_level', type: 'smallint' })
  readinessLevel: number;

  @Column({ name: 'transfer_modes', type: 'varchar', length: 24, array: true, default: () => `'{}'` })
  transferModes: OfferTransferMode[];

  @Column({ type: 'varchar', length: 20 })
  direction: OfferDirection;

  @Column({ name: 'ip_status', type: 'varchar', length: 24, default: 'NONE' })
  ipStatus: OfferIpStatus;

  @Column({ name: 'patent_numbers', type: 'varchar', length: 40, array: true, default: () => `'{}'` })
  patentNumbers: string[];

  @Column({ type: 'varchar', length: 50, array: true, default: () => `'{}'` })
  applications: string[];

  @Column({ name: 'expected_terms', type: 'text', default: '' })
  expectedTerms: string;

  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  /** The owner declared that nothing in it is classified. */
  @Column({ name: 'non_classified', type: 'boolean', default: false })
  nonClassified: boolean;

  @Column({ name: 'review_reason', type: 'varchar', length: 500, nullable: true })
  reviewReason: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  /** PENDING from approval until the matching job stored the firms; null before publication. */
  @Column({ name: 'matching_status', type: 'varchar', length: 8, nullable: true })
  matchingStatus: 'PENDING' | 'READY' | null;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
