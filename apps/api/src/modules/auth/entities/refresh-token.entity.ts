import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/**
 * One refresh token of a session. Rotation makes a new row in the same family. A rotated token presented
 * once more within the grace window (two tabs refreshing at once) is answered with the same successor;
 * any other reuse means it was stolen, and the whole family is revoked.
 */
@Entity({ name: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_refresh_tokens_family')
  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Index('IDX_refresh_tokens_user')
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_refresh_tokens_user' })
  user?: ForeignRow;

  /** SHA-256 of the token; the token itself is never stored. */
  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'rotated_at', type: 'timestamptz', nullable: true })
  rotatedAt: Date | null;

  /** The successor this token was rotated to, sealed under a key only this token's holder can derive. */
  @Column({ name: 'successor_sealed', type: 'text', nullable: true })
  successorSealed: string | null;

  /** When the one reuse the grace window allows was spent. */
  @Column({ name: 'grace_used_at', type: 'timestamptz', nullable: true })
  graceUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ name: 'created_ip', type: 'varchar', length: 64, nullable: true })
  createdIp: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
