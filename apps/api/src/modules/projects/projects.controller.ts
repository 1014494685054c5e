import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  OverdueProjectListSchema,
  ProjectContentSchema,
  ProjectListQuerySchema,
  ProjectOwnerAssignmentSchema,
  ProjectPageSchema,
  ProjectReportAdminQuerySchema,
  ProjectReportInputSchema,
  ProjectReportListSchema,
  ProjectReportPageSchema,
  ProjectReportReviewSchema,
  ProjectReportViewSchema,
  ProjectStageChangeSchema,
  ProjectViewSchema,
  type OverdueProjectList,
  type ProjectPage,
  type ProjectReportList,
  type ProjectReportPage,
  type ProjectReportView,
  type ProjectView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly, Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { ProjectsService } from './projects.service.js';

const listQueryPipe = new ZodValidationPipe(ProjectListQuerySchema, 'query');

function listQueries() {
  return (target: object, key: string | symbol, descriptor: PropertyDescriptor) => {
    for (const name of ['sector', 'stage', 'region', 'programme', 'q', 'page', 'pageSize'])
      ApiQuery({ name, required: false })(target, key, descriptor);
  };
}

@ApiTags('projects')
@Controller('api/v1/projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '重点项目库 · Key projects, filtered by sector, stage, region and programme (专栏)' })
  @listQueries()
  @ApiZodResponse(200, 'a page of projects', ProjectPageSchema)
  @ApiProblemResponses(400)
  list(@Query(listQueryPipe) query: z.output<typeof ProjectListQuerySchema>): Promise<ProjectPage> {
    return this.projects.page(query);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: '项目详情 · A project with its milestones and accepted progress reports' })
  @ApiZodResponse(200, 'the project', ProjectViewSchema)
  @ApiProblemResponses(400, 404)
  view(@CurrentActor() actor: Actor | undefined, @Param('id', idParam) id: string): Promise<ProjectView> {
    return this.projects.view(id, actor);
  }

  @ApiBearerAuth()
  @Get(':id/reports')
  @ApiOperation({ summary: '项目进展报告 · Every progress report of a project: its owner and administrators' })
  @ApiZodResponse(200, 'the reports, newest period first', ProjectReportListSchema)
  @ApiProblemResponses(401, 404)
  reports(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ProjectReportList> {
    return this.projects.reportsOf(actor, id);
  }

  @ApiBearerAuth()
  @Post(':id/reports')
  @ApiOperation({ summary: '填报项目进展 · The owner files a quarterly progress report (one live report per period)' })
  @ApiZodBody(ProjectReportInputSchema)
  @ApiZodResponse(201, 'the report, SUBMITTED', ProjectReportViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  fileReport(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ProjectReportInputSchema)) body: z.output<typeof ProjectReportInputSchema>,
  ): Promise<ProjectReportView> {
    return this.projects.fileReport(actor, id, body);
  }
}

@ApiTags('projects')
@ApiBearerAuth()
@Controller('api/v1/me/projects')
export class MyProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Get()
  @ApiOperation({ summary: '我的项目 · The projects the caller’s organisation reports on' })
  @listQueries()
  @ApiZodResponse(200, 'a page of projects', ProjectPageSchema)
  @ApiProblemResponses(400, 401)
  mine(@CurrentActor() actor: Actor, @Query(listQueryPipe) query: z.output<typeof ProjectListQuerySchema>): Promise<ProjectPage> {
    return this.projects.mine(actor, query);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin')
export class AdminProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post('projects')
  @ApiOperation({ summary: '新建项目 · Record a project' })
  @ApiZodBody(ProjectContentSchema)
  @ApiZodResponse(201, 'the project', ProjectViewSchema)
  @ApiProblemResponses(400, 401, 403)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(ProjectContentSchema)) body: z.output<typeof ProjectContentSchema>,
  ): Promise<ProjectView> {
    return this.projects.create(actor, body);
  }

  @Get('projects/overdue')
  @ApiOperation({ summary: '逾期项目 · Projects with a quarterly report due and not filed, or a milestone past due' })
  @ApiZodResponse(200, 'the overdue projects', OverdueProjectListSchema)
  @ApiProblemResponses(401, 403)
  overdue(): Promise<OverdueProjectList> {
    return this.projects.overdue();
  }

  @Put('projects/:id')
  @ApiOperation({ summary: '编辑项目 · Edit a project and its milestones' })
  @ApiZodBody(ProjectContentSchema)
  @ApiZodResponse(200, 'the project', ProjectViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ProjectContentSchema)) body: z.output<typeof ProjectContentSchema>,
  ): Promise<ProjectView> {
    return this.projects.update(actor, id, body);
  }

  @Post('projects/:id/stage')
  @HttpCode(200)
  @ApiOperation({ summary: '变更项目阶段 · 前期论证 → 建设中 → 投产/运营 (a project under construction may go back)' })
  @ApiZodBody(ProjectStageChangeSchema)
  @ApiZodResponse(200, 'the project', ProjectViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  stage(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ProjectStageChangeSchema)) body: z.output<typeof ProjectStageChangeSchema>,
  ): Promise<ProjectView> {
    return this.projects.changeStage(actor, id, body.stage, body.note ?? null);
  }

  @Put('projects/:id/owner')
  @ApiOperation({ summary: '指定建设单位 · Name the organisation that files the project’s reports (or none)' })
  @ApiZodBody(ProjectOwnerAssignmentSchema)
  @ApiZodResponse(200, 'the project', ProjectViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  owner(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ProjectOwnerAssignmentSchema)) body: z.output<typeof ProjectOwnerAssignmentSchema>,
  ): Promise<ProjectView> {
    return this.projects.assignOwner(actor, id, body.organizationId, body.ownerName);
  }

  @Get('project-reports')
  @ApiOperation({ summary: '项目进展审核 · Progress reports: waiting first, oldest first' })
  @ApiQuery({ name: 'status', required: false, enum: ['SUBMITTED', 'ACCEPTED', 'REVISION_REQUESTED'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiZodResponse(200, 'a page of reports', ProjectReportPageSchema)
  @ApiProblemResponses(400, 401, 403)
  reportQueue(
    @Query(new ZodValidationPipe(ProjectReportAdminQuerySchema, 'query')) query: z.output<typeof ProjectReportAdminQuerySchema>,
  ): Promise<ProjectReportPage> {
    return this.projects.reportPage(query);
  }

  @Post('project-reports/:id/review')
  @HttpCode(200)
  @ApiOperation({ summary: '中期考核 / 后评估 · Accept a report, or send it back with a reason' })
  @ApiZodBody(ProjectReportReviewSchema)
  @ApiZodResponse(200, 'the report, reviewed', ProjectReportViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  review(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ProjectReportReviewSchema)) body: z.output<typeof ProjectReportReviewSchema>,
  ): Promise<ProjectReportView> {
    return this.projects.review(actor, id, body);
  }
}
