import type { SavedSearchKind } from '@mcf/contracts';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A user's word on an item an alert showed them ("不相关"): kept per user and item, not per alert, so it
 * outlives the saved search and counts once when two saved searches showed the same item.
 */
@Entity({ name: 'alert_feedback' })
export class AlertFeedbackRecord {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_alert_feedback' })
  userId: string;

  @PrimaryColumn({ type: 'varchar', length: 12, primaryKeyConstraintName: 'PK_alert_feedback' })
  kind: SavedSearchKind;

  @PrimaryColumn({ name: 'item_id', type: 'uuid', primaryKeyConstraintName: 'PK_alert_feedback' })
  itemId: string;

  @Column({ type: 'boolean' })
  relevant: boolean;

  /** The item as the user judged it: what later items are compared with. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 24, array: true, default: () => `'{}'` })
  sectors: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
