import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ProjectListQuery, ProjectReportStatus } from '@mcf/contracts';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { ProjectMilestone } from './entities/project-milestone.entity.js';
import { ProjectReport } from './entities/project-report.entity.js';
import { Project } from './entities/project.entity.js';

export type NewProject = Pick<
  Project,
  | 'name'
  | 'description'
  | 'ownerOrganizationId'
  | 'ownerName'
  | 'regionCode'
  | 'sectors'
  | 'investmentTotal'
  | 'programme'
  | 'reportingFrom'
  | 'isDemo'
  | 'demoKey'
  | 'sources'
>;
export type MilestoneRow = Pick<ProjectMilestone, 'name' | 'plannedDate'> & { id?: string; doneDate?: string | null };
export type NewReport = Pick<
  ProjectReport,
  'projectId' | 'period' | 'progress' | 'milestonesReached' | 'investmentCompleted' | 'problems' | 'filedBy'
>;

@Injectable()
export class ProjectsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  private projects(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(Project);
  }
  private milestones(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ProjectMilestone);
  }
  private reports(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ProjectReport);
  }

  find(id: string, manager?: EntityManager, lock = false): Promise<Project | null> {
    return this.projects(manager).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findByDemoKey(demoKey: string): Promise<Project | null> {
    return this.projects().findOne({ where: { demoKey } });
  }

  async insert(project: NewProject, manager: EntityManager): Promise<Project> {
    return this.projects(manager).save(this.projects(manager).create(project));
  }

  async update(id: string, changes: Partial<Project>, manager: EntityManager): Promise<void> {
    await this.projects(manager).update({ id }, { ...changes, updatedAt: new Date() });
  }

  milestonesOf(projectIds: readonly string[], manager?: EntityManager): Promise<ProjectMilestone[]> {
    if (projectIds.length === 0) return Promise.resolve([]);
    return this.milestones(manager).find({
      where: { projectId: In([...projectIds]) },
      order: { position: 'ASC', plannedDate: 'ASC' },
    });
  }

  /**
   * Makes the project's milestones exactly `rows`, in order: rows with an id of this project are updated,
   * the others inserted, and milestones no longer listed deleted.
   */
  async replaceMilestones(projectId: string, rows: readonly MilestoneRow[], manager: EntityManager): Promise<void> {
    const existing = await this.milestones(manager).find({ where: { projectId } });
    const keep = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
    const removed = existing.filter((milestone) => !keep.has(milestone.id)).map((m) => m.id);
    if (removed.length > 0) await this.milestones(manager).delete({ id: In(removed) });
    for (const [position, row] of rows.entries()) {
      const values = { name: row.name, plannedDate: row.plannedDate, doneDate: row.doneDate ?? null, position };
      if (row.id) await this.milestones(manager).update({ id: row.id, projectId }, values);
      else await this.milestones(manager).insert({ ...values, projectId });
    }
  }

  async markMilestonesDone(projectId: string, ids: readonly string[], doneDate: string, manager: EntityManager): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .createQueryBuilder()
      .update(ProjectMilestone)
      .set({ doneDate })
      .where('project_id = :projectId AND id IN (:...ids) AND done_date IS NULL', { projectId, ids: [...ids] })
      .execute();
  }

  async addCompletedInvestment(projectId: string, amount: number, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE "projects" SET "investment_completed" = "investment_completed" + $2, "updated_at" = now() WHERE "id" = $1`,
      [projectId, amount],
    );
  }

  /** Newest change first; `q` matches the name or the owner's name. */
  page(query: ProjectListQuery, ownerOrganizationId?: string): Promise<[Project[], number]> {
    const builder = this.projects().createQueryBuilder('p');
    if (ownerOrganizationId) builder.andWhere('p.owner_organization_id = :owner', { owner: ownerOrganizationId });
    if (query.sector) builder.andWhere(':sector = ANY(p.sectors)', { sector: query.sector });
    if (query.stage) builder.andWhere('p.stage = :stage', { stage: query.stage });
    if (query.region) builder.andWhere('p.region_code = :region', { region: query.region });
    if (query.programme) builder.andWhere('p.programme = :programme', { programme: query.programme });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere('(p.name ILIKE :like OR p.owner_name ILIKE :like)', { like });
    }
    return builder
      .orderBy('p.programme', 'ASC', 'NULLS LAST')
      .addOrderBy('p.updated_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
  }

  /** Projects for which reports or milestones can fall due: with an owner, or with a milestone not done. */
  watched(): Promise<Project[]> {
    return this.projects()
      .createQueryBuilder('p')
      .where(
        `p.owner_organization_id IS NOT NULL OR EXISTS (SELECT 1 FROM "project_milestones" m WHERE m.project_id = p.id AND m.done_date IS NULL)`,
      )
      .orderBy('p.name', 'ASC')
      .getMany();
  }

  /** Periods with a live (submitted or accepted) report, per project. */
  async filedPeriods(projectIds: readonly string[]): Promise<Map<string, string[]>> {
    const periods = new Map<string, string[]>();
    if (projectIds.length === 0) return periods;
    const rows: { project_id: string; period: string }[] = await this.dataSource.query(
      `SELECT "project_id", "period" FROM "project_reports" WHERE "project_id" = ANY($1) AND "status" IN ('SUBMITTED', 'ACCEPTED')`,
      [[...projectIds]],
    );
    for (const row of rows) periods.set(row.project_id, [...(periods.get(row.project_id) ?? []), row.period]);
    return periods;
  }

  reportsForPeriod(projectId: string, period: string, manager: EntityManager): Promise<ProjectReport[]> {
    return this.reports(manager).find({ where: { projectId, period } });
  }

  insertReport(report: NewReport, manager: EntityManager): Promise<ProjectReport> {
    return this.reports(manager).save(this.reports(manager).create({ ...report, status: 'SUBMITTED' }));
  }

  findReport(id: string, manager?: EntityManager, lock = false): Promise<ProjectReport | null> {
    return this.reports(manager).findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  findReportWithRelations(id: string): Promise<ProjectReport | null> {
    return this.reports().findOne({ where: { id }, relations: { project: true, filer: true, reviewer: true } });
  }

  reportsOf(projectId: string, status?: ProjectReportStatus): Promise<ProjectReport[]> {
    return this.reports().find({
      where: { projectId, ...(status ? { status } : {}) },
      relations: { project: true, filer: true, reviewer: true },
      order: { period: 'DESC', createdAt: 'DESC' },
    });
  }

  /** Waiting reports first (oldest first), then reviewed ones, newest review first. */
  reportPage(status: ProjectReportStatus | undefined, page: number, pageSize: number): Promise<[ProjectReport[], number]> {
    const builder = this.reports()
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.project', 'p')
      .leftJoinAndSelect('r.filer', 'f')
      .leftJoinAndSelect('r.reviewer', 'v');
    if (status) builder.where('r.status = :status', { status });
    return builder
      .orderBy(`CASE WHEN r.status = 'SUBMITTED' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy(`CASE WHEN r.status = 'SUBMITTED' THEN r.created_at END`, 'ASC')
      .addOrderBy('r.reviewedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('r.id', 'ASC')
      .offset((page - 1) * pageSize)
      .limit(pageSize)
      .getManyAndCount();
  }

  async review(
    id: string,
    changes: Pick<ProjectReport, 'status' | 'reviewKind' | 'reviewReason' | 'reviewedBy'>,
    manager: EntityManager,
  ): Promise<void> {
    await this.reports(manager).update({ id }, { ...changes, reviewedAt: new Date() });
  }
}
