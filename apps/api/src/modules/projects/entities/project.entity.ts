import type { ActionPlanProgrammeCode, ProjectStage, SectorCode } from '@mcf/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { ProjectMilestone } from './project-milestone.entity.js';
import type { ForeignRow } from '../../../core/database/foreign-row.js';

const yuan = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A key project (重点项目) of the action plan or one an administrator records: who builds it, where, in
 * which sector, with what investment, at which stage, and its milestones. Owners file quarterly progress
 * reports (ProjectReport) that administrators review.
 */
@Entity({ name: 'projects' })
@Check('CHK_projects_stage', `"stage" IN ('PLANNING', 'CONSTRUCTION', 'OPERATION')`)
@Index('IDX_projects_updated', ['updatedAt', 'id'])
export class Project {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_projects' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  /** The organisation that files the reports; null while nobody on the platform speaks for the project. */
  @Index('IDX_projects_owner')
  @Column({ name: 'owner_organization_id', type: 'uuid', nullable: true })
  ownerOrganizationId: string | null;

  @ManyToOne('Organization', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_organization_id', foreignKeyConstraintName: 'FK_projects_owner' })
  owner?: ForeignRow;

  /** The owner (建设单位) as written, also when it has no organisation here. */
  @Column({ name: 'owner_name', type: 'varchar', length: 200, nullable: true })
  ownerName: string | null;

  /** 咸宁市 (421200: across districts) or one of its county-level divisions. */
  @Column({ name: 'region_code', type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  @Column({ type: 'varchar', length: 24, array: true, default: () => `'{}'` })
  sectors: SectorCode[];

  /** Planned total investment, yuan. */
  @Column({ name: 'investment_total', type: 'numeric', precision: 15, scale: 2, nullable: true, transformer: yuan })
  investmentTotal: number | null;

  /** Investment completed so far, yuan: the sum over accepted reports. */
  @Column({ name: 'investment_completed', type: 'numeric', precision: 15, scale: 2, default: 0, transformer: yuan })
  investmentCompleted: number;

  @Column({ type: 'varchar', length: 16, default: 'PLANNING' })
  stage: ProjectStage;

  /** The action plan's boxed table (专栏) the project is listed in. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  programme: ActionPlanProgrammeCode | null;

  /** From this date quarterly reports fall due. */
  @Column({ name: 'reporting_from', type: 'date', nullable: true })
  reportingFrom: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  /** Stable key of a demo project (loading is idempotent); null for projects people record. */
  @Column({ name: 'demo_key', type: 'varchar', length: 64, nullable: true, unique: true })
  demoKey: string | null;

  /** Excerpts of the action plan a demo project rests on. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  sources: string[];

  // Named, not imported: project-milestone.entity imports this file (no import cycle).
  @OneToMany('ProjectMilestone', (milestone: ProjectMilestone) => milestone.project)
  milestones?: Relation<ProjectMilestone[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
