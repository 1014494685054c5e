import type { AdminNotificationKind } from '@mcf/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The administrators' choice for one kind of platform notification (shared by all of them, as an
 * organisation's choice is shared by its members); kinds without a row are on.
 */
@Entity({ name: 'platform_notification_preferences' })
export class PlatformNotificationPreference {
  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_platform_notification_preferences' })
  kind: AdminNotificationKind;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  /** Whether administrators also get it by email (when the platform has SMTP). */
  @Column({ type: 'boolean', default: true })
  email: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
