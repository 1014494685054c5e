import { Body, Controller, Get, Param, Put, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  PLAN_TARGET_KEYS,
  PlanTargetKeySchema,
  PlanTargetListSchema,
  PlanTargetProgressSchema,
  PlanTargetUpdateSchema,
  PlatformStatisticsSchema,
  STATISTICS_DATASETS,
  STATISTICS_DOWNLOAD_FORMATS,
  StatisticsDownloadParamsSchema,
  type PlanTargetList,
  type PlanTargetProgress,
  type PlatformStatistics,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { StatisticsService } from './statistics.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get()
  @ApiOperation({
    summary:
      '统计 · Organisations by kind, status, sector and region; the demand funnel per month (China time) and in total; response rate and time; certificates pending and expiring; target progress',
  })
  @ApiZodResponse(200, 'the figures', PlatformStatisticsSchema)
  @ApiProblemResponses(401, 403)
  overview(): Promise<PlatformStatistics> {
    return this.statistics.overview();
  }

  @Get('targets')
  @ApiOperation({
    summary: '目标进度 · Each target with its current value, the target and the share reached',
  })
  @ApiZodResponse(200, 'the targets', PlanTargetListSchema)
  @ApiProblemResponses(401, 403)
  targets(): Promise<PlanTargetList> {
    return this.statistics.targets();
  }

  @Put('targets/:key')
  @ApiOperation({ summary: '设定目标 · Set a target (audited)' })
  @ApiParam({ name: 'key', enum: PLAN_TARGET_KEYS })
  @ApiZodBody(PlanTargetUpdateSchema)
  @ApiZodResponse(200, 'the target with its progress', PlanTargetProgressSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  setTarget(
    @CurrentActor() actor: Actor,
    @Param('key') key: string,
    @Body(new ZodValidationPipe(PlanTargetUpdateSchema)) body: z.output<typeof PlanTargetUpdateSchema>,
  ): Promise<PlanTargetProgress> {
    const parsed = PlanTargetKeySchema.safeParse(key);
    if (!parsed.success) throw CommonErrors.notFound();
    return this.statistics.setTarget(actor, parsed.data, body.target);
  }

  @Get(':dataset.:format')
  @ApiOperation({
    summary: '下载统计数据 · One chart’s numbers as CSV (UTF-8 with BOM, Chinese headers) or XLSX',
  })
  @ApiParam({ name: 'dataset', enum: STATISTICS_DATASETS })
  @ApiParam({ name: 'format', enum: STATISTICS_DOWNLOAD_FORMATS })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiProblemResponses(401, 403, 404)
  async download(@Param() params: Record<string, string>): Promise<StreamableFile> {
    const parsed = StatisticsDownloadParamsSchema.safeParse(params);
    if (!parsed.success) throw CommonErrors.notFound();
    const file = await this.statistics.download(parsed.data.dataset, parsed.data.format);
    return new StreamableFile(file.content, {
      type: file.contentType,
      length: file.content.length,
      disposition: `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileNameZh)}`,
    });
  }
}
