import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { TalentProfile } from './talent-profile.entity.js';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/** A verified organisation's conversation with one person of the pool: one per organisation and profile. */
@Entity({ name: 'talent_contacts' })
@Unique('UQ_talent_contacts_profile_organization', ['profileId', 'organizationId'])
@Index('IDX_talent_contacts_organization', ['organizationId', 'lastMessageAt'])
export class TalentContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @ManyToOne(() => TalentProfile, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id', foreignKeyConstraintName: 'FK_talent_contacts_profile' })
  profile?: Relation<TalentProfile>;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_talent_contacts_organization' })
  organization?: ForeignRow;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_talent_contacts_created_by' })
  creator?: ForeignRow;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_message_at', type: 'timestamptz', default: () => 'now()' })
  lastMessageAt: Date;
}
