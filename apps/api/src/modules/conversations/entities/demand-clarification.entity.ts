import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A firm's question about a demand (答疑) and the procurer's answer. Once answered, every firm that can
 * read the demand sees both, but only the procurer and administrators learn which firm asked.
 */
@Entity({ name: 'demand_clarifications' })
@Index('IDX_demand_clarifications_demand', ['demandId', 'createdAt'])
@Check('CHK_demand_clarifications_answered', `("answer" IS NULL) = ("answered_at" IS NULL)`)
export class DemandClarification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  /** The asking firm: never shown to other firms. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'asked_by', type: 'uuid' })
  askedBy: string;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by', type: 'uuid', nullable: true })
  answeredBy: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
