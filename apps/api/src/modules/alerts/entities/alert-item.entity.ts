import type { SavedSearchKind } from '@mcf/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { SavedSearch } from './saved-search.entity.js';

/**
 * A demand or firm that matched a saved search. One per saved search and item (the unique index), so a
 * retried or repeated check adds nothing; deleting the saved search deletes its alerts.
 */
@Entity({ name: 'alert_items' })
@Index('UQ_alert_items_saved_search_item', ['savedSearchId', 'itemId'], { unique: true })
@Index('IDX_alert_items_user', ['userId', 'createdAt'])
export class AlertItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_alert_items' })
  id: string;

  @ManyToOne(() => SavedSearch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'saved_search_id', foreignKeyConstraintName: 'FK_alert_items_saved_search' })
  savedSearch?: Relation<SavedSearch>;

  @Column({ name: 'saved_search_id', type: 'uuid' })
  savedSearchId: string;

  /** The saved search's owner (kept here so that a user's alerts are read without a join). */
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: SavedSearchKind;

  /** The demand's or the firm's id. */
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  /** The demand's title or the firm's name, as it was when it matched. */
  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The item's sectors when it matched: what relevance feedback compares. */
  @Column({ type: 'varchar', length: 24, array: true, default: () => `'{}'` })
  sectors: string[];

  /** 0..1, higher first (alertRankScore). */
  @Column({ name: 'rank_score', type: 'real' })
  rankScore: number;

  /** Too like what the user marked not relevant: listed last, not notified at once. */
  @Column({ type: 'boolean', default: false })
  demoted: boolean;

  /** When a notification (immediate, or the daily digest) covered it; null until then. */
  @Column({ name: 'notified_at', type: 'timestamptz', nullable: true })
  notifiedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
