import { Body, Controller, Delete, Get, HttpCode, Param, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  ActionPlanTargetKeySchema,
  FinancialReportBodySchema,
  FinancialReportListSchema,
  FinancialReportParamsSchema,
  FinancialReportViewSchema,
  HiddenChampionBodySchema,
  HiddenChampionListSchema,
  PlanFigureBodySchema,
  PlanFigureParamsSchema,
  PlanProgressExportParamsSchema,
  PlanProgressSchema,
  type FinancialReportList,
  type FinancialReportView,
  type HiddenChampionList,
  type PlanProgress,
} from '@mcf/contracts';
import { ACTION_PLAN_TARGET_KEYS, ACTION_PLAN_YEARS } from '@mcf/domain';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { PlanProgressService } from './plan-progress.service.js';

/** Path parameters that name nothing answer 404, as ids do. */
function parsedOr404<T extends z.ZodType>(schema: T, params: unknown): z.output<T> {
  const parsed = schema.safeParse(params);
  if (!parsed.success) throw CommonErrors.notFound();
  return parsed.data;
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/plan-progress')
export class AdminPlanProgressController {
  constructor(private readonly progress: PlanProgressService) {}

  @Get()
  @ApiOperation({ summary: '规划目标 · Every target of the action plan against its figure, for each year 2021–2025' })
  @ApiZodResponse(200, 'the targets by year', PlanProgressSchema)
  @ApiProblemResponses(401, 403)
  overview(): Promise<PlanProgress> {
    return this.progress.overview();
  }

  @Get('export/:format')
  @ApiOperation({ summary: '导出规划目标 · The targets by year as CSV (UTF-8 with BOM) or XLSX' })
  @ApiParam({ name: 'format', enum: ['csv', 'xlsx'] })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiProblemResponses(401, 403, 404)
  async export(@Param() params: Record<string, string>): Promise<StreamableFile> {
    const { format } = parsedOr404(PlanProgressExportParamsSchema, params);
    const file = await this.progress.export(format);
    return new StreamableFile(file.content, {
      type: file.contentType,
      length: file.content.length,
      disposition: `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileNameZh)}`,
    });
  }

  @Put('figures/:key/:year')
  @ApiOperation({ summary: '填报年度数值 · Record a year’s figure of a target the platform cannot count (audited)' })
  @ApiParam({ name: 'key', enum: ACTION_PLAN_TARGET_KEYS })
  @ApiParam({ name: 'year', enum: [...ACTION_PLAN_YEARS] })
  @ApiZodBody(PlanFigureBodySchema)
  @ApiZodResponse(200, 'the targets by year', PlanProgressSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  record(
    @CurrentActor() actor: Actor,
    @Param() params: Record<string, string>,
    @Body(new ZodValidationPipe(PlanFigureBodySchema)) body: z.output<typeof PlanFigureBodySchema>,
  ): Promise<PlanProgress> {
    const { key, year } = parsedOr404(PlanFigureParamsSchema, params);
    return this.progress.recordFigure(actor, key, year, body.value, body.note);
  }

  @Delete('figures/:key/:year')
  @HttpCode(204)
  @ApiOperation({ summary: '清除年度数值 · Clear a recorded figure (audited)' })
  @ApiParam({ name: 'key', enum: ACTION_PLAN_TARGET_KEYS })
  @ApiParam({ name: 'year', enum: [...ACTION_PLAN_YEARS] })
  @ApiProblemResponses(400, 401, 403, 404)
  async clear(@CurrentActor() actor: Actor, @Param() params: Record<string, string>): Promise<void> {
    const { key, year } = parsedOr404(PlanFigureParamsSchema, params);
    await this.progress.clearFigure(actor, ActionPlanTargetKeySchema.parse(key), year);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/hidden-champions')
export class AdminHiddenChampionsController {
  constructor(private readonly progress: PlanProgressService) {}

  @Get()
  @ApiOperation({ summary: '隐形冠军企业 · Firms recognised as 细分行业“隐形冠军”' })
  @ApiZodResponse(200, 'the firms', HiddenChampionListSchema)
  @ApiProblemResponses(401, 403)
  list(): Promise<HiddenChampionList> {
    return this.progress.hiddenChampions();
  }

  @Put(':orgId')
  @ApiOperation({ summary: '认定隐形冠军 · Recognise a firm as a hidden champion of its niche (audited)' })
  @ApiZodBody(HiddenChampionBodySchema)
  @ApiZodResponse(200, 'the firms', HiddenChampionListSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  set(
    @CurrentActor() actor: Actor,
    @Param('orgId', idParam) orgId: string,
    @Body(new ZodValidationPipe(HiddenChampionBodySchema)) body: z.output<typeof HiddenChampionBodySchema>,
  ): Promise<HiddenChampionList> {
    return this.progress.setHiddenChampion(actor, orgId, body.recognizedYear, body.niche);
  }

  @Delete(':orgId')
  @HttpCode(204)
  @ApiOperation({ summary: '取消隐形冠军认定 · Remove the recognition (audited)' })
  @ApiProblemResponses(401, 403, 404)
  async remove(@CurrentActor() actor: Actor, @Param('orgId', idParam) orgId: string): Promise<void> {
    await this.progress.removeHiddenChampion(actor, orgId);
  }
}

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('api/v1/enterprises/:orgId/financial-reports')
export class FinancialReportsController {
  constructor(private readonly progress: PlanProgressService) {}

  @Get()
  @ApiOperation({
    summary: '年度经营数据（仅本企业） · The firm’s own yearly revenue and R&D spend (万元)',
    description: 'Private: only the firm’s members read it; administrators see aggregates over at least 5 firms only.',
  })
  @ApiZodResponse(200, 'the firm’s reports', FinancialReportListSchema)
  @ApiProblemResponses(401, 403, 404)
  list(@CurrentActor() actor: Actor, @Param('orgId', idParam) orgId: string): Promise<FinancialReportList> {
    return this.progress.reports(actor, orgId);
  }

  @Put(':year')
  @ApiOperation({ summary: '填报年度经营数据 · Report a year’s revenue and R&D spend (万元), privately' })
  @ApiParam({ name: 'year', enum: [...ACTION_PLAN_YEARS] })
  @ApiZodBody(FinancialReportBodySchema)
  @ApiZodResponse(200, 'the report', FinancialReportViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  save(
    @CurrentActor() actor: Actor,
    @Param() params: Record<string, string>,
    @Body(new ZodValidationPipe(FinancialReportBodySchema)) body: z.output<typeof FinancialReportBodySchema>,
  ): Promise<FinancialReportView> {
    const { orgId, year } = parsedOr404(FinancialReportParamsSchema, params);
    return this.progress.saveReport(actor, orgId, year, body.revenue, body.rdSpend);
  }
}
