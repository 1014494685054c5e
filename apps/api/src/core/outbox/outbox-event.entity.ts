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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'dispatched_at', type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}
