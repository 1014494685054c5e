import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The award of a demand to one response; a demand is awarded once (the primary key says so). */
@Entity({ name: 'awards' })
export class Award {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({
    type: 'numeric',
    precision: 15,
    scale: 2,
    nullable: true,
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  price: number | null;

  @Column({ name: 'awarded_by', type: 'uuid' })
  awardedBy: string;

  @Column({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt: Date;
}
