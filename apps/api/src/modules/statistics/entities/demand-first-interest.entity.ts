import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * When a demand drew its first expression of interest, in hours after publication, by the China month
 * it was published in: the funnel's "responded" and its median. Written by a trigger on
 * demand_responses (migration 1765660000000-ScaleReadPaths); never written by the application.
 */
@Entity({ name: 'demand_first_interests' })
export class DemandFirstInterest {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid', primaryKeyConstraintName: 'PK_demand_first_interests' })
  demandId: string;

  @Column({ type: 'char', length: 7 })
  month: string;

  @Column({ type: 'double precision' })
  hours: number;
}
