import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'REVOKED';

@Entity({ name: 'organization_invitations' })
@Check('CHK_organization_invitations_status', `"status" IN ('PENDING', 'ACCEPTED', 'REVOKED')`)
export class OrganizationInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_organization_invitations_organization')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_organization_invitations_organization' })
  organization?: ForeignRow;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: InvitationStatus;

  @Column({ name: 'invited_by', type: 'uuid' })
  invitedBy: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
