import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One counter of the dashboard: `dimension` names what is counted, `key` the group (e.g.
 * `organization` / `ENTERPRISE|VERIFIED|421202`, `profile_sector` / `AEROSPACE`, `demand_published` /
 * `2026-12`). Kept by statement triggers on the counted tables, in the transaction of the change
 * (migration 1765660000000-ScaleReadPaths); never written by the application. Striped by database session
 * (`shard`, migration 1765820000000-StripedStatisticsCounts) so concurrent transactions do not queue on one
 * row: a counter's value is the sum of its stripes.
 */
@Entity({ name: 'statistics_counts' })
export class StatisticsCount {
  @PrimaryColumn({ type: 'varchar', length: 32, primaryKeyConstraintName: 'PK_statistics_counts' })
  dimension: string;

  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_statistics_counts' })
  key: string;

  @PrimaryColumn({ type: 'smallint', default: 0, primaryKeyConstraintName: 'PK_statistics_counts' })
  shard: number;

  @Column({ type: 'integer', default: 0 })
  count: number;
}
