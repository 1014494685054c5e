import type { DemandStatus, DemandVisibility, MatchingStatus } from '@mcf/contracts';
import type { QualificationTypeCode, SectorCode } from '@mcf/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A demand (需求) a procurer posts; published ones are searched and matched against firms. */
@Entity({ name: 'demands' })
@Check('CHK_demands_status', `"status" IN ('DRAFT', 'PUBLISHED', 'CLOSED', 'CANCELLED', 'AWARDED')`)
@Check('CHK_demands_visibility', `"visibility" IN ('PUBLIC', 'VERIFIED_SUPPLIERS', 'INVITED')`)
@Check('CHK_demands_matching_status', `"matching_status" IN ('PENDING', 'READY')`)
@Index('IDX_demands_organization_created_id', ['organizationId', 'createdAt', 'id'])
// The public record (OCDS), newest first, by keyset; with what it filters on, so deep pages read the index alone.
@Index('IDX_demands_published', ['publishedAt', 'id', 'visibility', 'status'], { where: `"published_at" IS NOT NULL` })
// Every demand newest first (the administrators' list), with the status it filters on.
@Index('IDX_demands_created', ['createdAt', 'id', 'status'])
@Index('IDX_demands_status_deadline', ['status', 'deadline'])
export class Demand {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 12, default: 'DRAFT' })
  status: DemandStatus;

  /** 0 while a draft; each publish or published edit adds one. */
  @Column({ type: 'integer', default: 0 })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'varchar', length: 24, array: true, default: () => `'{}'` })
  sectors: SectorCode[];

  @Column({ name: 'required_qualifications', type: 'jsonb', default: () => `'[]'` })
  requiredQualifications: { type: QualificationTypeCode; minLevel: number | null }[];

  @Column({ type: 'varchar', length: 100, nullable: true })
  quantity: string | null;

  @Column({
    name: 'budget_min',
    type: 'numeric',
    precision: 15,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  budgetMin: number | null;

  @Column({
    name: 'budget_max',
    type: 'numeric',
    precision: 15,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  budgetMax: number | null;

  @Column({ name: 'delivery_place', type: 'varchar', length: 200, nullable: true })
  deliveryPlace: string | null;

  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'varchar', length: 20, default: 'PUBLIC' })
  visibility: DemandVisibility;

  @Column({ name: 'matching_status', type: 'varchar', length: 8, default: 'PENDING' })
  matchingStatus: MatchingStatus;

  /** The version the stored matches belong to. */
  @Column({ name: 'matched_version', type: 'integer', default: 0 })
  matchedVersion: number;

  @Column({ name: 'matched_at', type: 'timestamptz', nullable: true })
  matchedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
