import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Project } from './project.entity.js';

/** A milestone of a project: planned for a date; done when a report reaching it is accepted (or recorded so). */
@Entity({ name: 'project_milestones' })
@Index('IDX_project_milestones_project', ['projectId', 'position'])
export class ProjectMilestone {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_project_milestones' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => Project, (project) => project.milestones, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'FK_project_milestones_project' })
  project?: Relation<Project>;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'planned_date', type: 'date' })
  plannedDate: string;

  @Column({ name: 'done_date', type: 'date', nullable: true })
  doneDate: string | null;

  @Column({ type: 'integer', default: 0 })
  position: number;
}
