/**
 * 重点项目库: the key projects of the action plan's tables as demo data, administrators recording projects
 * and naming their owners, owners filing quarterly progress reports, administrators reviewing them
 * (中期考核 / 后评估: accept, or send back with a reason) and seeing the overdue ones. Every step audited.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {
  AuditEventPage,
  OverdueProjectList,
  ProblemDetails,
  ProjectPage,
  ProjectReportList,
  ProjectReportPage,
  ProjectReportView,
  ProjectView,
} from '@mcf/contracts';
import { chinaDateOf, missingReportPeriods, reportPeriodOf } from '@mcf/domain';
import { ApiClient } from '../../support/api-client.js';
import { appEnvironment, type RunningApp, startApp } from '../../support/app-process.js';

const services = inject('services');
let app: RunningApp;
let api: ApiClient;
let admin: string;
let owner: Awaited<ReturnType<ApiClient['registerOrganization']>>;
let other: Awaited<ReturnType<ApiClient['registerOrganization']>>;

const DAY = 86_400_000;
const today = () => chinaDateOf(new Date());
const daysAgo = (days: number) => chinaDateOf(new Date(Date.now() - days * DAY));
const currentPeriod = () => reportPeriodOf(today());
const nextPeriod = () => reportPeriodOf(chinaDateOf(new Date(Date.now() + 100 * DAY)));

beforeAll(async () => {
  app = await startApp(appEnvironment(services, { QUEUE_PREFIX: `${services.queuePrefix}-projects` }));
  api = new ApiClient(app.baseUrl);
  admin = await api.adminToken();
  owner = await api.registerOrganization('ENTERPRISE', 'project-owner');
  other = await api.registerOrganization('ENTERPRISE', 'project-other');
  await api.setOrganizationStatus(admin, owner.organizationId, 'verify');
  await api.setOrganizationStatus(admin, other.organizationId, 'verify');
});
afterAll(async () => {
  expect(await app?.stop()).toBe(0);
});

async function auditActions(projectId: string): Promise<string[]> {
  const page = await api.call<AuditEventPage>('GET', `/api/v1/admin/audit-events?targetType=project&targetId=${projectId}`, {
    token: admin,
  });
  expect(page.status).toBe(200);
  return page.body.items.map((e) => e.action);
}

function problemFields(body: unknown): string[] {
  return ((body as ProblemDetails).errors ?? []).map((e) => e.field);
}

describe('the demo projects of the action plan', () => {
  it('lists all 34, marked demo, with the tables they come from', async () => {
    const page = await api.call<ProjectPage>('GET', '/api/v1/projects?pageSize=100');
    expect(page.status).toBe(200);
    const demo = page.body.items.filter((p) => p.isDemo);
    expect(demo).toHaveLength(34);
    expect(new Set(demo.map((p) => p.programme))).toEqual(new Set(['ZL1', 'ZL2', 'ZL5', 'ZL6', 'ZL7', 'ZL8']));
    // The document gives no amounts and no progress.
    expect(demo.every((p) => p.investmentTotal === null && p.stage === 'PLANNING')).toBe(true);
  });

  it('filters by programme, region, sector and stage, and pages', async () => {
    const zl8 = await api.call<ProjectPage>('GET', '/api/v1/projects?programme=ZL8');
    expect(zl8.body.items.map((p) => p.name).sort()).toEqual(
      ['赤壁市应急救援装备生产功能区项目', '赤壁市体验形式安全教育和应急演演练基地(灾害体验城)项目', '“三园一城”应急产业示范区项目'].sort(),
    );
    const chibi = await api.call<ProjectPage>('GET', '/api/v1/projects?region=421281&pageSize=100');
    expect(chibi.body.items.length).toBeGreaterThan(0);
    expect(chibi.body.items.every((p) => p.regionCode === '421281')).toBe(true);
    const electronics = await api.call<ProjectPage>('GET', '/api/v1/projects?sector=ELECTRONICS&programme=ZL6');
    expect(electronics.body.total).toBe(4);
    const paged = await api.call<ProjectPage>('GET', '/api/v1/projects?programme=ZL1&pageSize=5&page=3');
    expect(paged.body).toMatchObject({ total: 13, page: 3, pageSize: 5 });
    expect(paged.body.items).toHaveLength(3);
    const operating = await api.call<ProjectPage>('GET', '/api/v1/projects?stage=OPERATION&programme=ZL2');
    expect(operating.body.total).toBe(0);
  });

  it('ties a project to the demo firm the document names as its owner', async () => {
    const page = await api.call<ProjectPage>('GET', `/api/v1/projects?q=${encodeURIComponent('液压减震器')}`);
    const project = page.body.items[0]!;
    expect(project.ownerName).toBe('湖北金力液压件有限公司');
    expect(project.ownerOrganizationId).not.toBeNull();
    const detail = await api.call<ProjectView>('GET', `/api/v1/projects/${project.id}`);
    expect(detail.body.sources.join('')).toContain('液压减震器生产线建设项目');
  });

  it('refuses a bad filter naming it', async () => {
    const bad = await api.call('GET', '/api/v1/projects?stage=DONE&region=12');
    expect(bad.status).toBe(400);
    expect(problemFields(bad.body)).toEqual(expect.arrayContaining(['query.stage', 'query.region']));
  });
});

describe('a project from record to review', () => {
  let project: ProjectView;

  it('is recorded by an administrator, with its milestones (bad input named field by field)', async () => {
    const bad = await api.call('POST', '/api/v1/admin/projects', {
      token: admin,
      body: { name: 'x', regionCode: '110101', investmentTotal: -1, milestones: [{ name: '开工', plannedDate: '2026-02-30' }] },
    });
    expect(bad.status).toBe(400);
    expect(problemFields(bad.body)).toEqual(expect.arrayContaining(['name', 'regionCode', 'investmentTotal', 'milestones.0.plannedDate']));

    const created = await api.call<ProjectView>('POST', '/api/v1/admin/projects', {
      token: admin,
      body: {
        name: '集成测试军民两用复合材料生产线项目',
        description: '集成测试项目。',
        ownerName: '集成测试建设单位',
        regionCode: '421202',
        sectors: ['NEW_MATERIALS'],
        investmentTotal: 120_000_000,
        programme: 'ZL2',
        reportingFrom: daysAgo(200),
        milestones: [
          { name: '完成可行性研究', plannedDate: daysAgo(30) },
          { name: '主体厂房完工', plannedDate: chinaDateOf(new Date(Date.now() + 60 * DAY)) },
        ],
      },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    project = created.body;
    expect(project).toMatchObject({ stage: 'PLANNING', isDemo: false, investmentTotal: 120_000_000, investmentCompleted: 0, ownerOrganizationId: null });
    expect(project.milestones.map((m) => [m.name, m.overdue])).toEqual([
      ['完成可行性研究', true],
      ['主体厂房完工', false],
    ]);
  });

  it('shows its overdue milestone to administrators, and no missing report while nobody can file', async () => {
    const overdue = await api.call<OverdueProjectList>('GET', '/api/v1/admin/projects/overdue', { token: admin });
    expect(overdue.status).toBe(200);
    const entry = overdue.body.items.find((i) => i.project.id === project.id)!;
    expect(entry.overdueMilestones).toEqual([expect.objectContaining({ name: '完成可行性研究', daysLate: 30 })]);
    expect(entry.missingPeriods).toEqual([]);
  });

  it('gets its owner: an organisation on the platform', async () => {
    const unknown = await api.call('PUT', `/api/v1/admin/projects/${project.id}/owner`, {
      token: admin,
      body: { organizationId: '00000000-0000-4000-8000-000000000001' },
    });
    expect(unknown.status).toBe(400);
    expect(problemFields(unknown.body)).toEqual(['organizationId']);
    const assigned = await api.call<ProjectView>('PUT', `/api/v1/admin/projects/${project.id}/owner`, {
      token: admin,
      body: { organizationId: owner.organizationId },
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body.ownerOrganizationId).toBe(owner.organizationId);
    expect(assigned.body.reportingFrom).toBe(project.reportingFrom); // kept: it was set
    const mine = await api.call<ProjectPage>('GET', '/api/v1/me/projects', { token: owner.token });
    expect(mine.body.items.map((p) => p.id)).toEqual([project.id]);
    const viewed = await api.call<ProjectView>('GET', `/api/v1/projects/${project.id}`, { token: owner.token });
    expect(viewed.body.viewerIsOwner).toBe(true);
  });

  it('is overdue for every quarter since reporting began that has no report', async () => {
    const expected = missingReportPeriods({ reportingFrom: daysAgo(200), today: today(), filedPeriods: [] });
    expect(expected.length).toBeGreaterThan(0);
    const overdue = await api.call<OverdueProjectList>('GET', '/api/v1/admin/projects/overdue', { token: admin });
    expect(overdue.body.items.find((i) => i.project.id === project.id)!.missingPeriods).toEqual(expected);
  });

  let report: ProjectReportView;
  const milestone = () => project.milestones[0]!.id;

  it('takes its owner’s report, and nobody else’s', async () => {
    const body = {
      period: currentPeriod(),
      progress: '完成可行性研究报告并通过专家论证，开展环评工作。',
      milestonesReached: [milestone()],
      investmentCompleted: 3_000_000,
      problems: '用地指标尚待落实。',
    };
    const stranger = await api.call('POST', `/api/v1/projects/${project.id}/reports`, { token: other.token, body });
    expect(stranger.status).toBe(403);
    expect((stranger.body as ProblemDetails).code).toBe('NOT_PROJECT_OWNER');
    const future = await api.call('POST', `/api/v1/projects/${project.id}/reports`, { token: owner.token, body: { ...body, period: nextPeriod() } });
    expect(future.status).toBe(400);
    expect(problemFields(future.body)).toEqual(['period']);
    const foreignMilestone = await api.call('POST', `/api/v1/projects/${project.id}/reports`, {
      token: owner.token,
      body: { ...body, milestonesReached: ['00000000-0000-4000-8000-000000000002'] },
    });
    expect(foreignMilestone.status).toBe(400);
    expect(problemFields(foreignMilestone.body)).toEqual(['milestonesReached.0']);
    const short = await api.call('POST', `/api/v1/projects/${project.id}/reports`, { token: owner.token, body: { ...body, progress: '短', period: '2026-Q9' } });
    expect(short.status).toBe(400);
    expect(problemFields(short.body)).toEqual(expect.arrayContaining(['progress', 'period']));

    const filed = await api.call<ProjectReportView>('POST', `/api/v1/projects/${project.id}/reports`, { token: owner.token, body });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    report = filed.body;
    expect(report).toMatchObject({ status: 'SUBMITTED', period: currentPeriod(), investmentCompleted: 3_000_000 });
    expect(report.milestonesReached).toEqual([{ id: milestone(), name: '完成可行性研究' }]);

    const again = await api.call('POST', `/api/v1/projects/${project.id}/reports`, { token: owner.token, body });
    expect(again.status).toBe(409);
    expect((again.body as ProblemDetails).code).toBe('REPORT_EXISTS');
  });

  it('lets only its owner and administrators read its reports', async () => {
    expect((await api.call('GET', `/api/v1/projects/${project.id}/reports`, { token: other.token })).status).toBe(404);
    const own = await api.call<ProjectReportList>('GET', `/api/v1/projects/${project.id}/reports`, { token: owner.token });
    expect(own.body.items.map((r) => r.id)).toEqual([report.id]);
  });

  it('is reviewed: 后评估 does not fit a project before operation; sending back needs a reason', async () => {
    const queue = await api.call<ProjectReportPage>('GET', '/api/v1/admin/project-reports?status=SUBMITTED', { token: admin });
    expect(queue.body.items.map((r) => r.id)).toContain(report.id);
    const wrongKind = await api.call('POST', `/api/v1/admin/project-reports/${report.id}/review`, {
      token: admin,
      body: { kind: 'POST_EVALUATION', decision: 'ACCEPTED' },
    });
    expect(wrongKind.status).toBe(409);
    expect((wrongKind.body as ProblemDetails).code).toBe('REVIEW_KIND_NOT_FOR_STAGE');
    const noReason = await api.call('POST', `/api/v1/admin/project-reports/${report.id}/review`, {
      token: admin,
      body: { kind: 'MIDTERM', decision: 'REVISION_REQUESTED' },
    });
    expect(noReason.status).toBe(400);
    expect(problemFields(noReason.body)).toEqual(['reason']);
    const sentBack = await api.call<ProjectReportView>('POST', `/api/v1/admin/project-reports/${report.id}/review`, {
      token: admin,
      body: { kind: 'MIDTERM', decision: 'REVISION_REQUESTED', reason: '请补充完成投资的依据。' },
    });
    expect(sentBack.status).toBe(200);
    expect(sentBack.body).toMatchObject({ status: 'REVISION_REQUESTED', reviewKind: 'MIDTERM', reviewReason: '请补充完成投资的依据。' });
    const twice = await api.call('POST', `/api/v1/admin/project-reports/${report.id}/review`, {
      token: admin,
      body: { kind: 'MIDTERM', decision: 'ACCEPTED' },
    });
    expect(twice.status).toBe(409);
    expect((twice.body as ProblemDetails).code).toBe('REPORT_ALREADY_REVIEWED');
  });

  it('takes a revised report for the period, and accepting it marks the milestone done and adds the investment', async () => {
    const revised = await api.call<ProjectReportView>('POST', `/api/v1/projects/${project.id}/reports`, {
      token: owner.token,
      body: {
        period: currentPeriod(),
        progress: '完成可行性研究报告并通过专家论证；完成投资依据见附表。',
        milestonesReached: [milestone()],
        investmentCompleted: 3_000_000,
      },
    });
    expect(revised.status).toBe(201);
    const accepted = await api.call<ProjectReportView>('POST', `/api/v1/admin/project-reports/${revised.body.id}/review`, {
      token: admin,
      body: { kind: 'MIDTERM', decision: 'ACCEPTED' },
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('ACCEPTED');
    const detail = await api.call<ProjectView>('GET', `/api/v1/projects/${project.id}`);
    expect(detail.body.investmentCompleted).toBe(3_000_000);
    expect(detail.body.milestones[0]).toMatchObject({ doneDate: today(), overdue: false });
    expect(detail.body.acceptedReports.map((r) => r.id)).toEqual([revised.body.id]);
    const overdue = await api.call<OverdueProjectList>('GET', '/api/v1/admin/projects/overdue', { token: admin });
    const entry = overdue.body.items.find((i) => i.project.id === project.id);
    expect(entry?.overdueMilestones ?? []).toEqual([]);
  });

  it('moves through its stages one at a time, and is 后评估-reviewed once in operation', async () => {
    const skip = await api.call('POST', `/api/v1/admin/projects/${project.id}/stage`, { token: admin, body: { stage: 'OPERATION' } });
    expect(skip.status).toBe(409);
    expect((skip.body as ProblemDetails).code).toBe('STAGE_TRANSITION_NOT_ALLOWED');
    for (const stage of ['CONSTRUCTION', 'OPERATION']) {
      const moved = await api.call<ProjectView>('POST', `/api/v1/admin/projects/${project.id}/stage`, { token: admin, body: { stage } });
      expect(moved.status).toBe(200);
      expect(moved.body.stage).toBe(stage);
    }
    const filed = await api.call<ProjectReportView>('POST', `/api/v1/projects/${project.id}/reports`, {
      token: owner.token,
      body: { period: reportPeriodOf(daysAgo(200)), progress: '补报：该季度完成项目备案与用地预审。' },
    });
    expect(filed.status).toBe(201);
    const reviewed = await api.call('POST', `/api/v1/admin/project-reports/${filed.body.id}/review`, {
      token: admin,
      body: { kind: 'POST_EVALUATION', decision: 'ACCEPTED' },
    });
    expect(reviewed.status).toBe(200);
  });

  it('is edited by an administrator, milestones kept by id', async () => {
    const edited = await api.call<ProjectView>('PUT', `/api/v1/admin/projects/${project.id}`, {
      token: admin,
      body: {
        name: '集成测试军民两用复合材料生产线项目（二期）',
        regionCode: '421281',
        sectors: ['NEW_MATERIALS', 'MARINE'],
        investmentTotal: 150_000_000,
        programme: 'ZL2',
        reportingFrom: project.reportingFrom,
        milestones: [{ id: milestone(), name: '完成可行性研究', plannedDate: project.milestones[0]!.plannedDate, doneDate: today() }, { name: '竣工验收', plannedDate: '2027-12-31' }],
      },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.milestones.map((m) => m.name)).toEqual(['完成可行性研究', '竣工验收']);
    expect(edited.body.milestones[0]!.id).toBe(milestone());
    expect(edited.body).toMatchObject({ regionCode: '421281', investmentTotal: 150_000_000, investmentCompleted: 3_000_000 });
  });

  it('leaves every step in the audit trail', async () => {
    expect(await auditActions(project.id)).toEqual(
      expect.arrayContaining([
        'admin.project.created',
        'admin.project.owner_assigned',
        'project.report_filed',
        'admin.project_report.reviewed',
        'admin.project.stage_changed',
        'admin.project.updated',
      ]),
    );
  });
});
