import type { ProfileContent } from '@mcf/contracts';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/** A firm's capability profile: the draft it edits, and the version the public sees. */
@Entity({ name: 'enterprise_profiles' })
// The most recently published firms, read by matching in case the search index lags.
@Index('IDX_enterprise_profiles_published_at', ['publishedAt'], { where: `"published" IS NOT NULL` })
// The firms that name a park (GET /parks/{id}); an expression index, made by its migration.
@Index('IDX_enterprise_profiles_park', { synchronize: false })
export class EnterpriseProfile {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @OneToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_enterprise_profiles_organization' })
  organization?: ForeignRow;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  draft: Partial<ProfileContent>;

  @Column({ name: 'draft_updated_at', type: 'timestamptz', nullable: true })
  draftUpdatedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  published: ProfileContent | null;

  @Column({ name: 'published_version', type: 'integer', default: 0 })
  publishedVersion: number;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** Publishing (or reconfirming) resets the 365-day staleness clock. */
  @Column({ name: 'last_confirmed_at', type: 'timestamptz', nullable: true })
  lastConfirmedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
