import type { MembershipRole, PlatformRole } from '@mcf/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Organization } from './organization.entity.js';

export type { MembershipRole };

@Entity({ name: 'users' })
@Check('CHK_users_platform_role', `"platform_role" IN ('USER', 'ADMIN')`)
@Check('CHK_users_membership_role', `"membership_role" IS NULL OR "membership_role" IN ('OWNER', 'MEMBER')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased so that sign-in is case-insensitive. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 100 })
  displayName: string;

  /** argon2id PHC string. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'platform_role', type: 'varchar', length: 8, default: 'USER' })
  platformRole: PlatformRole;

  @ManyToOne(() => Organization, (organization) => organization.members, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_users_organization' })
  organization: Relation<Organization> | null;

  @Index('IDX_users_organization')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ name: 'membership_role', type: 'varchar', length: 8, nullable: true })
  membershipRole: MembershipRole | null;

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /**
   * Carried in every access token; bumping it (sign-out, password change, disabling) makes every
   * token issued before refused at once, without waiting for it to expire.
   */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
