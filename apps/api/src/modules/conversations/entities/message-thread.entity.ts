import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The private conversation of a demand's procurer with one firm: one per demand and firm. */
@Entity({ name: 'message_threads' })
@Index('UQ_message_threads_demand_enterprise', ['demandId', 'enterpriseId'], { unique: true })
@Index('IDX_message_threads_enterprise', ['enterpriseId', 'lastMessageAt'])
@Index('IDX_message_threads_procurer', ['procurerId', 'lastMessageAt'])
export class MessageThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  /** The demand's organisation when the thread was opened (a demand never changes hands). */
  @Column({ name: 'procurer_id', type: 'uuid' })
  procurerId: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  /** The organisation that opened it: an empty thread is listed to that side only. */
  @Column({ name: 'started_by_organization_id', type: 'uuid' })
  startedByOrganizationId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_message_at', type: 'timestamptz', nullable: true })
  lastMessageAt: Date | null;
}
