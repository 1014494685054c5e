import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Each published version of a demand as it was: who published it, when, and what it said. */
@Entity({ name: 'demand_versions' })
export class DemandVersion {
  @PrimaryColumn({ name: 'demand_id', type: 'uuid' })
  demandId: string;

  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  content: Record<string, unknown>;

  @Column({ name: 'published_by', type: 'uuid' })
  publishedBy: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;
}
