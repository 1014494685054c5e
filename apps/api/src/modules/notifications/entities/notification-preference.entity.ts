import type { NotificationKind } from '@mcf/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An organisation's choice for one kind of notification; kinds without a row are on. */
@Entity({ name: 'notification_preferences' })
export class NotificationPreference {
  @PrimaryColumn({
    name: 'organization_id',
    type: 'uuid',
    primaryKeyConstraintName: 'PK_notification_preferences',
  })
  organizationId: string;

  @PrimaryColumn({ type: 'varchar', length: 40, primaryKeyConstraintName: 'PK_notification_preferences' })
  kind: NotificationKind;

  @Column({ name: 'in_app', type: 'boolean' })
  inApp: boolean;

  /** Whether members also get it by email (when the platform has SMTP); only in-app notifications are emailed. */
  @Column({ type: 'boolean', default: true })
  email: boolean;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
