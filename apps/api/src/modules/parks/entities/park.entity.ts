import type { DemonstrationLevel, ParkKind, SectorCode } from '@mcf/domain';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

/** A base, zone, point, park or innovation platform of the registry (“两基地、三区、多点”, 示范基地). */
@Entity({ name: 'parks' })
@Unique('UQ_parks_name', ['name'])
@Check('CHK_parks_kind', `"kind" IN ('BASE', 'ZONE', 'POINT', 'PARK', 'PLATFORM')`)
@Check('CHK_parks_level', `"mcf_demonstration_level" IS NULL OR "mcf_demonstration_level" IN ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL')`)
@Index('IDX_parks_kind', ['kind', 'name'])
export class Park {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_parks' })
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ParkKind;

  @Column({ name: 'region_codes', type: 'varchar', length: 6, array: true })
  regionCodes: string[];

  @Column({ type: 'varchar', length: 32, array: true })
  sectors: SectorCode[];

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  designation: string | null;

  @Column({ name: 'mcf_demonstration_level', type: 'varchar', length: 16, nullable: true })
  mcfDemonstrationLevel: DemonstrationLevel | null;

  @Column({ name: 'recognized_year', type: 'integer', nullable: true })
  recognizedYear: number | null;

  /** Verbatim passages of the action plan a demo entry is described from. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  sources: string[];

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by', foreignKeyConstraintName: 'FK_parks_created_by' })
  creator?: ForeignRow;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
