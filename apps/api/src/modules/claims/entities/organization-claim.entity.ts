import type { ClaimStatus } from '@mcf/contracts';
import type { AcceptedFileKind } from '@mcf/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
// Joined by entity name: accounts owns users and organisations, and lends their types through its service.
import type { AccountOrganization, AccountUser } from '../../accounts/accounts.service.js';

/**
 * A request to become the owner of an organisation that was imported or loaded as demo data and has no
 * member yet (`isClaimable`). The claimant has no account until an administrator approves: the account is
 * made then, from the name, email and password hash kept here. One pending claim per email.
 */
@Entity({ name: 'organization_claims' })
@Check('CHK_organization_claims_status', `"status" IN ('PENDING', 'APPROVED', 'REJECTED')`)
@Index('UQ_organization_claims_pending_email', ['claimantEmail'], {
  unique: true,
  where: `"status" = 'PENDING'`,
})
@Index('IDX_organization_claims_status', ['status', 'createdAt'])
export class OrganizationClaim {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_organization_claims' })
  id: string;

  @Index('IDX_organization_claims_organization')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne('Organization', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'FK_organization_claims_organization' })
  organization?: Relation<AccountOrganization>;

  @Column({ type: 'varchar', length: 16, default: 'PENDING' })
  status: ClaimStatus;

  @Column({ name: 'claimant_name', type: 'varchar', length: 100 })
  claimantName: string;

  /** Lower-cased, like users.email. */
  @Column({ name: 'claimant_email', type: 'varchar', length: 254 })
  claimantEmail: string;

  /** argon2id PHC string of the password the claimant chose; becomes the account's on approval. */
  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash: string;

  @Column({ name: 'licence_sha256', type: 'char', length: 64 })
  licenceSha256: string;

  @Column({ name: 'licence_kind', type: 'varchar', length: 8 })
  licenceKind: AcceptedFileKind;

  @Column({ name: 'licence_size', type: 'integer' })
  licenceSize: number;

  @Column({ name: 'licence_name', type: 'varchar', length: 255 })
  licenceName: string;

  /** Why it was rejected (told to the claimant). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'FK_organization_claims_decided_by' })
  decider?: Relation<AccountUser> | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** The account made on approval. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_organization_claims_user' })
  user?: Relation<AccountUser> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
