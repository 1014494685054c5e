import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event, written in the same transaction as the change it records (transactional outbox): the
 * change and its follow-up work commit or vanish together, and the relay turns committed rows into the
 * subscribers' jobs whenever Redis is reachable. (Rows written before events name a job instead.)
 */
@Entity({ name: 'outbox_events' })
@Index('IDX_outbox_events_pending', ['id'], { where: '"dispatched_at" IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  /** An `EventName` (`demand.published` …). */
  @Column({ name: 'event_name', type: 'varchar', length: 60 })
  eventName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** The subject the event is about (a demand's id …); part of its jobs' ids unless a subscription keys them. */
  @Column({ type: 'varchar', length: 200 })
  key: string;

  /**
   * The job a row names when a replica of the previous release wrote it (a trigger copies it into
   * `event_name`); kept so that release can still write during a rolling upgrade. Never written here.
   */
  @Column({ name: 'job_name', type: 'varchar', length: 60, nullable: true, select: false })
  legacyJobName?: string | null;

  /** The previous release's `dedup_key` (copied into `key` by the same trigger). Never written here. */
  @Column({ name: 'dedup_key', type: 'varchar', length: 200, nullable: true, select: false })
  legacyDedupKey?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
