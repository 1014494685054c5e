import type { ResponseStatus } from '@mcf/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** A firm's answer to a demand: interest with a proposal, or a decline with a reason. */
@Entity({ name: 'demand_responses' })
@Check('CHK_demand_responses_kind', `"kind" IN ('INTEREST', 'DECLINE')`)
@Check(
  'CHK_demand_responses_status',
  `"status" IN ('SUBMITTED', 'DECLINED', 'SHORTLISTED', 'REJECTED', 'WITHDRAWN', 'AWARDED', 'NOT_AWARDED', 'DEMAND_CLOSED', 'DEMAND_CANCELLED')`,
)
@Index('IDX_demand_responses_demand', ['demandId', 'createdAt'])
@Index('IDX_demand_responses_organization', ['organizationId', 'createdAt'])
// One live response per firm and demand; a withdrawn one may be followed by a new one.
@Index('UQ_demand_responses_live', ['demandId', 'organizationId'], {
  unique: true,
  where: `"status" <> 'WITHDRAWN'`,
})
export class DemandResponse {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 8 })
  kind: 'INTEREST' | 'DECLINE';

  @Column({ type: 'varchar', length: 20 })
  status: ResponseStatus;

  @Column({ type: 'text', nullable: true })
  proposal: string | null;

  @Column({
    type: 'numeric',
    precision: 15,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  price: number | null;

  @Column({ name: 'delivery_days', type: 'integer', nullable: true })
  deliveryDays: number | null;

  /** The firm's reason for declining or withdrawing. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  /** The procurer's reason for the final status: rejecting, awarding, closing or cancelling (shown to the firm). */
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true })
  statusReason: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
