import type { SectorCode, TalentAvailability, TalentConsentScope } from '@mcf/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/**
 * A person's profile in the talent pool (人才共享数据库), one per user, with the consent it was published
 * under. Withdrawing deletes the row, and with it (cascade) its matches, contacts and messages.
 */
@Entity({ name: 'talent_profiles' })
export class TalentProfile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid', unique: true })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_talent_profiles_user' })
  user?: ForeignRow;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 职称. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 40, array: true })
  specialties: string[];

  @Column({ type: 'varchar', length: 24, array: true })
  sectors: SectorCode[];

  @Column({ type: 'varchar', length: 16, array: true })
  availability: TalentAvailability[];

  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  /** TALENT_CONSENT_VERSION of the text the person agreed to. */
  @Column({ name: 'consent_version', type: 'varchar', length: 20 })
  consentVersion: string;

  @Column({ name: 'consent_scopes', type: 'varchar', length: 40, array: true })
  consentScopes: TalentConsentScope[];

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
