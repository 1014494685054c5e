import { Injectable } from '@nestjs/common';
import type {
  OverdueProjectList,
  ProjectContent,
  ProjectListQuery,
  ProjectPage,
  ProjectReportPage,
  ProjectReportStatus,
  ProjectReportView,
  ProjectSummary,
  ProjectView,
} from '@mcf/contracts';
import {
  canMoveProjectStage,
  chinaDateOf,
  daysLate,
  isReportPeriodOpen,
  mayFileReportFor,
  missingReportPeriods,
  overdueMilestones,
  type ProjectReviewDecision,
  type ProjectReviewKind,
  type ProjectStage,
  reviewKindAllowed,
  reviewProblem,
} from '@mcf/domain';
import type { Actor } from '../../core/auth/actor.js';
import { isAdmin } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import type { ProjectMilestone } from './entities/project-milestone.entity.js';
import type { ProjectReport } from './entities/project-report.entity.js';
import type { Project } from './entities/project.entity.js';
import { ProjectErrors } from './projects.errors.js';
import { type NewProject, ProjectsRepository } from './projects.repository.js';

export interface ReportInput {
  period: string;
  progress: string;
  milestonesReached: string[];
  investmentCompleted?: number | null;
  problems?: string | null;
}

/** A demo project as the demo data loads it (see modules/demo-data/action-plan-projects.data.ts). */
export interface DemoProjectSeed extends Omit<NewProject, 'isDemo' | 'reportingFrom'> {
  demoKey: string;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

export function toProjectSummary(project: Project): ProjectSummary {
  return {
    id: project.id,
    name: project.name,
    ownerName: project.ownerName,
    ownerOrganizationId: project.ownerOrganizationId,
    regionCode: project.regionCode?.trim() ?? null,
    sectors: project.sectors,
    investmentTotal: project.investmentTotal,
    investmentCompleted: project.investmentCompleted,
    stage: project.stage,
    programme: project.programme,
    isDemo: project.isDemo,
    updatedAt: project.updatedAt.toISOString(),
  };
}

function toReportView(report: ProjectReport, milestones: readonly ProjectMilestone[]): ProjectReportView {
  const names = new Map(milestones.map((m) => [m.id, m.name]));
  return {
    id: report.id,
    projectId: report.projectId,
    projectName: report.project?.name ?? '',
    projectStage: report.project?.stage ?? 'PLANNING',
    period: report.period,
    progress: report.progress,
    milestonesReached: report.milestonesReached.map((id) => ({ id, name: names.get(id) ?? '' })),
    investmentCompleted: report.investmentCompleted,
    problems: report.problems,
    status: report.status,
    filedByEmail: report.filer?.email ?? null,
    createdAt: report.createdAt.toISOString(),
    reviewKind: report.reviewKind,
    reviewReason: report.reviewReason,
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
    reviewedByEmail: report.reviewer?.email ?? null,
  };
}

/** What the audit trail keeps of a project's recorded content. */
function auditedContent(project: Pick<Project, 'name' | 'ownerName' | 'regionCode' | 'sectors' | 'investmentTotal' | 'programme' | 'reportingFrom'>) {
  return {
    name: project.name,
    ownerName: project.ownerName,
    regionCode: project.regionCode?.trim() ?? null,
    sectors: project.sectors,
    investmentTotal: project.investmentTotal,
    programme: project.programme,
    reportingFrom: project.reportingFrom,
  };
}

/**
 * 重点项目库: key projects, their owners' quarterly progress reports and the administrators' review of
 * them (中期考核, 后评估), as the action plan's "前期论证、中期考核及后评估制度" asks. Every administrator
 * action and every report is audited in the transaction of the change.
 */
@Injectable()
export class ProjectsService {
  constructor(
    private readonly projects: ProjectsRepository,
    private readonly accounts: AccountsService,
    private readonly audit: AuditService,
  ) {}

  private today(): string {
    return chinaDateOf(new Date());
  }

  async page(query: ProjectListQuery): Promise<ProjectPage> {
    const [items, total] = await this.projects.page(query);
    return { items: items.map(toProjectSummary), total, page: query.page, pageSize: query.pageSize };
  }

  /** The projects of the caller's organisation (the ones it reports on). */
  async mine(actor: Actor, query: ProjectListQuery): Promise<ProjectPage> {
    if (!actor.organizationId) return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const [items, total] = await this.projects.page(query, actor.organizationId);
    return { items: items.map(toProjectSummary), total, page: query.page, pageSize: query.pageSize };
  }

  async view(id: string, actor: Actor | undefined): Promise<ProjectView> {
    const project = await this.projects.find(id);
    if (!project) throw CommonErrors.notFound();
    const [milestones, accepted] = await Promise.all([
      this.projects.milestonesOf([id]),
      this.projects.reportsOf(id, 'ACCEPTED'),
    ]);
    const overdue = new Set(overdueMilestones(milestones, this.today()).map((m) => m.id));
    return {
      ...toProjectSummary(project),
      description: project.description,
      reportingFrom: project.reportingFrom,
      sources: project.sources,
      milestones: milestones.map((m) => ({
        id: m.id,
        name: m.name,
        plannedDate: m.plannedDate,
        doneDate: m.doneDate,
        overdue: overdue.has(m.id),
      })),
      acceptedReports: accepted.map((r) => ({
        id: r.id,
        period: r.period,
        progress: r.progress,
        investmentCompleted: r.investmentCompleted,
        reviewKind: r.reviewKind,
      })),
      viewerIsOwner: Boolean(actor?.organizationId && actor.organizationId === project.ownerOrganizationId),
      createdAt: project.createdAt.toISOString(),
    };
  }

  async create(actor: Actor, content: ProjectContent): Promise<ProjectView> {
    const project = await this.projects.transaction(async (manager) => {
      const created = await this.projects.insert(
        {
          name: content.name,
          description: content.description,
          ownerOrganizationId: null,
          ownerName: content.ownerName ?? null,
          regionCode: content.regionCode ?? null,
          sectors: content.sectors,
          investmentTotal: content.investmentTotal ?? null,
          programme: content.programme ?? null,
          reportingFrom: content.reportingFrom ?? null,
          isDemo: false,
          demoKey: null,
          sources: [],
        },
        manager,
      );
      content.milestones.forEach((m, index) => {
        if (m.id) throw ProjectErrors.milestoneOfAnotherProject(index);
      });
      await this.projects.replaceMilestones(created.id, content.milestones, manager);
      await this.audit.record(
        { actor, action: 'admin.project.created', targetType: 'project', targetId: created.id, after: auditedContent(created) },
        manager,
      );
      return created;
    });
    return this.view(project.id, actor);
  }

  async update(actor: Actor, id: string, content: ProjectContent): Promise<ProjectView> {
    await this.projects.transaction(async (manager) => {
      const project = await this.projects.find(id, manager, true);
      if (!project) throw CommonErrors.notFound();
      const own = new Set((await this.projects.milestonesOf([id], manager)).map((m) => m.id));
      content.milestones.forEach((m, index) => {
        if (m.id && !own.has(m.id)) throw ProjectErrors.milestoneOfAnotherProject(index);
      });
      const changes = {
        name: content.name,
        description: content.description,
        ownerName: content.ownerName ?? null,
        regionCode: content.regionCode ?? null,
        sectors: content.sectors,
        investmentTotal: content.investmentTotal ?? null,
        programme: content.programme ?? null,
        reportingFrom: content.reportingFrom ?? null,
      };
      await this.projects.update(id, changes, manager);
      await this.projects.replaceMilestones(id, content.milestones, manager);
      await this.audit.record(
        {
          actor,
          action: 'admin.project.updated',
          targetType: 'project',
          targetId: id,
          before: auditedContent(project),
          after: { ...auditedContent({ ...project, ...changes }), milestones: content.milestones.length },
        },
        manager,
      );
    });
    return this.view(id, actor);
  }

  async changeStage(actor: Actor, id: string, stage: ProjectStage, note: string | null): Promise<ProjectView> {
    await this.projects.transaction(async (manager) => {
      const project = await this.projects.find(id, manager, true);
      if (!project) throw CommonErrors.notFound();
      if (!canMoveProjectStage(project.stage, stage)) throw ProjectErrors.stageTransitionNotAllowed(project.stage, stage);
      await this.projects.update(id, { stage }, manager);
      await this.audit.record(
        {
          actor,
          action: 'admin.project.stage_changed',
          targetType: 'project',
          targetId: id,
          before: { stage: project.stage },
          after: { stage, note },
        },
        manager,
      );
    });
    return this.view(id, actor);
  }

  /**
   * Names the organisation that reports on the project (or none). Reports fall due from the day of the
   * assignment unless the project already has a reporting start.
   */
  async assignOwner(actor: Actor, id: string, organizationId: string | null, ownerName: string | null | undefined): Promise<ProjectView> {
    await this.projects.transaction(async (manager) => {
      const project = await this.projects.find(id, manager, true);
      if (!project) throw CommonErrors.notFound();
      const organization = organizationId ? await this.accounts.findOrganizationById(organizationId, manager) : null;
      if (organizationId && !organization) throw ProjectErrors.unknownOrganization();
      const changes: Partial<Project> = {
        ownerOrganizationId: organizationId,
        ownerName: ownerName ?? organization?.name ?? project.ownerName,
        reportingFrom: project.reportingFrom ?? (organizationId ? this.today() : null),
      };
      await this.projects.update(id, changes, manager);
      await this.audit.record(
        {
          actor,
          action: 'admin.project.owner_assigned',
          targetType: 'project',
          targetId: id,
          before: { organizationId: project.ownerOrganizationId, ownerName: project.ownerName },
          after: { organizationId, ownerName: changes.ownerName },
        },
        manager,
      );
    });
    return this.view(id, actor);
  }

  /** The owner's quarterly progress report: one live report per period; milestones must be the project's. */
  async fileReport(actor: Actor, projectId: string, input: ReportInput): Promise<ProjectReportView> {
    const project = await this.projects.find(projectId);
    if (!project) throw CommonErrors.notFound();
    if (!actor.organizationId || actor.organizationId !== project.ownerOrganizationId) throw ProjectErrors.notProjectOwner();
    if (!isReportPeriodOpen(input.period, this.today())) throw ProjectErrors.periodNotStarted();
    const milestones = await this.projects.milestonesOf([projectId]);
    const own = new Set(milestones.map((m) => m.id));
    input.milestonesReached.forEach((id, index) => {
      if (!own.has(id)) throw ProjectErrors.unknownMilestone(index);
    });
    try {
      const report = await this.projects.transaction(async (manager) => {
        await this.projects.find(projectId, manager, true); // one filing per project at a time
        if (!mayFileReportFor(await this.projects.reportsForPeriod(projectId, input.period, manager))) throw ProjectErrors.reportExists();
        const created = await this.projects.insertReport(
          {
            projectId,
            period: input.period,
            progress: input.progress,
            milestonesReached: [...new Set(input.milestonesReached)],
            investmentCompleted: input.investmentCompleted ?? null,
            problems: input.problems?.trim() || null,
            filedBy: actor.userId,
          },
          manager,
        );
        await this.audit.record(
          {
            actor,
            action: 'project.report_filed',
            targetType: 'project',
            targetId: projectId,
            after: { reportId: created.id, period: input.period, investmentCompleted: created.investmentCompleted },
          },
          manager,
        );
        return created;
      });
      const stored = await this.projects.findReportWithRelations(report.id);
      return toReportView(stored!, milestones);
    } catch (error) {
      if (isUniqueViolation(error)) throw ProjectErrors.reportExists();
      throw error;
    }
  }

  /** Every report of a project, for its owner and administrators (others: 404, as for a private object). */
  async reportsOf(actor: Actor, projectId: string): Promise<{ items: ProjectReportView[] }> {
    const project = await this.projects.find(projectId);
    if (!project) throw CommonErrors.notFound();
    if (!isAdmin(actor) && (!actor.organizationId || actor.organizationId !== project.ownerOrganizationId)) throw CommonErrors.notFound();
    const [reports, milestones] = await Promise.all([this.projects.reportsOf(projectId), this.projects.milestonesOf([projectId])]);
    return { items: reports.map((r) => toReportView(r, milestones)) };
  }

  async reportPage(query: { status?: ProjectReportStatus; page: number; pageSize: number }): Promise<ProjectReportPage> {
    const [reports, total] = await this.projects.reportPage(query.status, query.page, query.pageSize);
    const milestones = await this.projects.milestonesOf([...new Set(reports.map((r) => r.projectId))]);
    return { items: reports.map((r) => toReportView(r, milestones)), total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * 中期考核 / 后评估 of a report: accepting marks the milestones it reached done (on the day of the review)
   * and adds its investment to the project's completed investment; asking for revision needs a reason.
   */
  async review(
    actor: Actor,
    reportId: string,
    input: { kind: ProjectReviewKind; decision: ProjectReviewDecision; reason?: string | null },
  ): Promise<ProjectReportView> {
    await this.projects.transaction(async (manager) => {
      const report = await this.projects.findReport(reportId, manager, true);
      if (!report) throw CommonErrors.notFound();
      const problem = reviewProblem(report, input.decision, input.reason);
      if (problem === 'ALREADY_REVIEWED') throw ProjectErrors.reportAlreadyReviewed();
      const project = (await this.projects.find(report.projectId, manager, true))!;
      if (!reviewKindAllowed(project.stage, input.kind)) throw ProjectErrors.reviewKindNotForStage(project.stage);
      const status = input.decision === 'ACCEPTED' ? 'ACCEPTED' : 'REVISION_REQUESTED';
      const reason = input.decision === 'REVISION_REQUESTED' ? (input.reason?.trim() ?? null) : null;
      await this.projects.review(reportId, { status, reviewKind: input.kind, reviewReason: reason, reviewedBy: actor.userId }, manager);
      if (status === 'ACCEPTED') {
        await this.projects.markMilestonesDone(project.id, report.milestonesReached, this.today(), manager);
        if (report.investmentCompleted) await this.projects.addCompletedInvestment(project.id, report.investmentCompleted, manager);
      }
      await this.audit.record(
        {
          actor,
          action: 'admin.project_report.reviewed',
          targetType: 'project',
          targetId: project.id,
          before: { reportId, status: report.status },
          after: { reportId, status, kind: input.kind, period: report.period, reason },
        },
        manager,
      );
    });
    const stored = await this.projects.findReportWithRelations(reportId);
    return toReportView(stored!, await this.projects.milestonesOf([stored!.projectId]));
  }

  /** Projects with a quarterly report due and not filed, or a milestone past its planned date. */
  async overdue(): Promise<OverdueProjectList> {
    const today = this.today();
    const projects = await this.projects.watched();
    const ids = projects.map((p) => p.id);
    const [milestones, filed] = await Promise.all([this.projects.milestonesOf(ids), this.projects.filedPeriods(ids)]);
    const items: OverdueProjectList['items'] = [];
    for (const project of projects) {
      const late = overdueMilestones(milestones.filter((m) => m.projectId === project.id), today);
      // Only an owner on the platform can file: without one, no report is counted as missing.
      const missing = project.ownerOrganizationId
        ? missingReportPeriods({ reportingFrom: project.reportingFrom, today, filedPeriods: filed.get(project.id) ?? [] })
        : [];
      if (late.length === 0 && missing.length === 0) continue;
      items.push({
        project: toProjectSummary(project),
        missingPeriods: missing,
        overdueMilestones: late.map((m) => ({ id: m.id, name: m.name, plannedDate: m.plannedDate, daysLate: daysLate(m.plannedDate, today) })),
      });
    }
    return { items, today };
  }

  /**
   * Loads a demo project by its key, once: a project already loaded is left as administrators may have
   * edited it since. Returns true when it was new.
   */
  async ensureDemoProject(seed: DemoProjectSeed): Promise<boolean> {
    if (await this.projects.findByDemoKey(seed.demoKey)) return false;
    try {
      await this.projects.transaction((manager) =>
        this.projects.insert({ ...seed, isDemo: true, reportingFrom: null }, manager),
      );
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false; // another replica loaded it meanwhile
      throw error;
    }
  }
}
