import type { AcceptedFileKind, QualificationStatus, QualificationTypeCode } from '@mcf/domain';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A qualification certificate a firm uploaded, with its vetting status. */
@Entity({ name: 'qualifications' })
@Check('CHK_qualifications_status', `"status" IN ('PENDING', 'APPROVED', 'REJECTED', 'EXPIRED')`)
@Check('CHK_qualifications_level', `"level" IS NULL OR "level" BETWEEN 1 AND 3`)
@Index('IDX_qualifications_status_created_id', ['status', 'createdAt', 'id'])
// Approved certificates by expiry day (the expiries list), with what it filters on and joins.
@Index('IDX_qualifications_approved_expiry', ['expiresOn', 'id', 'type', 'organizationId'], { where: `"status" = 'APPROVED'` })
export class Qualification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_qualifications_organization')
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 24 })
  type: QualificationTypeCode;

  @Column({ type: 'smallint', nullable: true })
  level: number | null;

  @Column({ name: 'other_name', type: 'varchar', length: 100, nullable: true })
  otherName: string | null;

  @Column({ name: 'certificate_no', type: 'varchar', length: 100 })
  certificateNo: string;

  @Column({ type: 'varchar', length: 200 })
  issuer: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn: string;

  @Column({ name: 'expires_on', type: 'date' })
  expiresOn: string;

  @Column({ type: 'text', nullable: true })
  scope: string | null;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: QualificationStatus;

  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'file_sha256', type: 'char', length: 64 })
  fileSha256: string;

  @Column({ name: 'file_kind', type: 'varchar', length: 8 })
  fileKind: AcceptedFileKind;

  @Column({ name: 'file_size', type: 'integer' })
  fileSize: number;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
