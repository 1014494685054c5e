import type { ProjectReportStatus, ProjectReviewKind } from '@mcf/domain';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
// Joined by entity name: accounts owns users and organisations, and lends their types through its service.
import type { AccountUser } from '../../accounts/accounts.service.js';
import { Project } from './project.entity.js';

const yuan = { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A quarterly progress report of a project's owner, and its review (中期考核 or 后评估). One live report
 * per project and period: a report sent back for revision is answered by a new one.
 */
@Entity({ name: 'project_reports' })
@Check('CHK_project_reports_status', `"status" IN ('SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED')`)
@Check('CHK_project_reports_review_kind', `"review_kind" IS NULL OR "review_kind" IN ('MIDTERM', 'POST_EVALUATION')`)
@Index('UQ_project_reports_live_period', ['projectId', 'period'], {
  unique: true,
  where: `"status" IN ('SUBMITTED', 'ACCEPTED')`,
})
@Index('IDX_project_reports_status', ['status', 'createdAt'])
export class ProjectReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_project_reports' })
  id: string;

  @Index('IDX_project_reports_project')
  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_project_reports_project' })
  project?: Relation<Project>;

  /** YYYY-Qn */
  @Column({ type: 'varchar', length: 8 })
  period: string;

  @Column({ type: 'text' })
  progress: string;

  @Column({ name: 'milestones_reached', type: 'uuid', array: true, default: () => `'{}'` })
  milestonesReached: string[];

  /** Investment completed in the period, yuan. */
  @Column({ name: 'investment_completed', type: 'numeric', precision: 15, scale: 2, nullable: true, transformer: yuan })
  investmentCompleted: number | null;

  @Column({ type: 'text', nullable: true })
  problems: string | null;

  @Column({ type: 'varchar', length: 24, default: 'SUBMITTED' })
  status: ProjectReportStatus;

  @Column({ name: 'filed_by', type: 'uuid', nullable: true })
  filedBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'filed_by', foreignKeyConstraintName: 'FK_project_reports_filed_by' })
  filer?: Relation<AccountUser> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'review_kind', type: 'varchar', length: 16, nullable: true })
  reviewKind: ProjectReviewKind | null;

  /** Why it was sent back (the owner reads it). */
  @Column({ name: 'review_reason', type: 'varchar', length: 500, nullable: true })
  reviewReason: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'reviewed_by', foreignKeyConstraintName: 'FK_project_reports_reviewed_by' })
  reviewer?: Relation<AccountUser> | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;
}
