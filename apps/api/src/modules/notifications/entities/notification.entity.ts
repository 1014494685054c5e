import type { NotificationKind } from '@mcf/contracts';
import type { ForeignRow } from '../../../core/database/foreign-row.js';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who a notification is for: one organisation (all its members), the platform (all administrators), or one
 * user as a person (the talent pool: a person may belong to no organisation).
 */
export type NotificationAudience = 'ORGANIZATION' | 'PLATFORM' | 'USER';

/**
 * An in-app notification to an organisation (all its members see it), or to the platform's
 * administrators (audience PLATFORM, no organisation; they share it as an organisation's members do).
 * The de-duplication key makes a retried job's second attempt a no-op instead of a second notification.
 */
@Entity({ name: 'notifications' })
@Index('IDX_notifications_organization_created', ['organizationId', 'createdAt'])
@Index('IDX_notifications_platform_created', ['createdAt'], { where: `"audience" = 'PLATFORM'` })
@Index('IDX_notifications_user_created', ['userId', 'createdAt'], { where: `"audience" = 'USER'` })
@Check(
  'CHK_notifications_audience',
  `("audience" = 'ORGANIZATION' AND "organization_id" IS NOT NULL AND "user_id" IS NULL) OR ("audience" = 'PLATFORM' AND "organization_id" IS NULL AND "user_id" IS NULL) OR ("audience" = 'USER' AND "organization_id" IS NULL AND "user_id" IS NOT NULL)`,
)
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 20, default: 'ORGANIZATION' })
  audience: NotificationAudience;

  /** The organisation it is for; null for the platform's administrators. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  /** The user it is for (audience USER); deleted with the user. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: ForeignRow;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'title_zh', type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  titleEn: string;

  @Column({ name: 'body_zh', type: 'text' })
  bodyZh: string;

  @Column({ name: 'body_en', type: 'text' })
  bodyEn: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @Index('UQ_notifications_dedup_key', { unique: true })
  @Column({ name: 'dedup_key', type: 'varchar', length: 200 })
  dedupKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When its email went out; a retried email job finds it set and sends nothing. */
  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt: Date | null;
}
