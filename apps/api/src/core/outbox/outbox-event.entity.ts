import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A job to enqueue, written in the same transaction as the change it follows (transactional outbox):
 * the change and its follow-up work commit or vanish together, and the relay hands committed rows to
 * BullMQ whenever Redis is reachable.
 */
@Entity({ name: 'outbox_events' })
@Index('IDX_outbox_events_pending', ['id'], { where: '"dispatched_at" IS NULL' })
export class OutboxEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'job_name', type: 'varchar', length: 60 })
  jobName: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** Jobs with the same key and outbox id are one job (BullMQ de-duplicates by job id). */
  @Column({ name: 'dedup_key', type: 'varchar', length: 200 })
  dedupKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
