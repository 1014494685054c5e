import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of the append-only audit trail (a database trigger refuses UPDATE and DELETE). */
@Entity({ name: 'audit_events' })
@Index('IDX_audit_events_target', ['targetType', 'targetId'])
// Newest first by keyset, then the audit screen's filters (deep pages from the index alone).
@Index('IDX_audit_events_occurred', ['occurredAt', 'id', 'action', 'targetType'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Index('IDX_audit_events_actor')
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail: string | null;

  @Column({ name: 'actor_ip', type: 'varchar', length: 64, nullable: true })
  actorIp: string | null;

  @Column({ type: 'varchar', length: 100 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 50 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
