import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The private conversation of a demand's procurer with one firm (one per demand and firm), or of a
 * technology offer's owner with one organisation interested in it (one per offer and organisation): then
 * `procurerId` holds the offer's owner and `enterpriseId` the interested organisation.
 */
@Entity({ name: 'message_threads' })
@Check('CHK_message_threads_subject', `("demand_id" IS NULL) <> ("offer_id" IS NULL)`)
@Index('UQ_message_threads_demand_enterprise', ['demandId', 'enterpriseId'], { unique: true })
@Index('UQ_message_threads_offer_enterprise', ['offerId', 'enterpriseId'], { unique: true })
@Index('IDX_message_threads_enterprise', ['enterpriseId', 'lastMessageAt'])
@Index('IDX_message_threads_procurer', ['procurerId', 'lastMessageAt'])
export class MessageThread {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'demand_id', type: 'uuid', nullable: true })
  demandId: string | null;

  /** The technology offer the conversation is about (instead of a demand). */
  @Column({ name: 'offer_id', type: 'uuid', nullable: true })
  offerId: string | null;

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
