import type { PersonalNotificationKind } from '@mcf/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/** One user's choice for one kind of personal notification (the talent pool); kinds without a row are on. */
@Entity({ name: 'user_notification_preferences' })
export class UserNotificationPreference {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_user_notification_preferences' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_user_notification_preferences' })
  kind: PersonalNotificationKind;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_notification_preferences_user' })
  user?: ForeignRow;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  /** Whether the user also gets it by email (when the platform has SMTP). */
  @Column({ type: 'boolean', default: true })
  email: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
