import type { AlertFrequency, SavedSearchKind, SavedSearchQuery } from '@mcf/contracts';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A user's saved search: the filters of a search page, checked against every new demand or profile. */
@Entity({ name: 'saved_searches' })
@Check('CHK_saved_searches_kind', `"kind" IN ('DEMANDS', 'ENTERPRISES')`)
@Check('CHK_saved_searches_frequency', `"frequency" IN ('IMMEDIATE', 'DAILY')`)
@Index('IDX_saved_searches_user', ['userId', 'createdAt'])
@Index('IDX_saved_searches_kind', ['kind', 'id'])
export class SavedSearch {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_saved_searches' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 12 })
  kind: SavedSearchKind;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  /** The validated query (SavedSearchQuerySchema), re-validated when read. */
  @Column({ type: 'jsonb' })
  query: SavedSearchQuery;

  @Column({ type: 'varchar', length: 10 })
  frequency: AlertFrequency;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
