import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AdminDemandModerationSchema,
  AdminDemandPageSchema,
  AdminDemandsQuerySchema,
  DemandViewSchema,
  type AdminDemandModeration,
  type AdminDemandPage,
  type AdminDemandsQuery,
  type DemandView,
} from '@mcf/contracts';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import {
  ApiProblemResponses,
  ApiZodBody,
  ApiZodQuery,
  ApiZodResponse,
} from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { DemandViewsService } from './demand-views.service.js';
import { DemandsService } from './demands.service.js';

/** Administrators' moderation of demands: list any, close or cancel any with a reason (audited, owner told). */
@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/demands')
export class AdminDemandsController {
  constructor(
    private readonly demands: DemandsService,
    private readonly views: DemandViewsService,
  ) {}

  @Get()
  @ApiOperation({ summary: '需求管理 · Every demand, newest first, by status and organisation name' })
  @ApiZodQuery(AdminDemandsQuerySchema)
  @ApiZodResponse(200, 'a page of demands', AdminDemandPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(
    @Query(new ZodValidationPipe(AdminDemandsQuerySchema, 'query')) query: AdminDemandsQuery,
  ): Promise<AdminDemandPage> {
    return this.views.adminList(query);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '关闭需求（管理员）· Close a published demand with a reason: open responses end as DEMAND_CLOSED, the owner is told',
  })
  @ApiZodBody(AdminDemandModerationSchema)
  @ApiZodResponse(200, 'the closed demand', DemandViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  close(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(AdminDemandModerationSchema)) body: AdminDemandModeration,
  ): Promise<DemandView> {
    return this.demands.moderate(actor, id, 'CLOSED', body.reason);
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '撤销需求（管理员）· Cancel a draft or published demand with a reason: open responses end as DEMAND_CANCELLED, the owner is told',
  })
  @ApiZodBody(AdminDemandModerationSchema)
  @ApiZodResponse(200, 'the cancelled demand', DemandViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(AdminDemandModerationSchema)) body: AdminDemandModeration,
  ): Promise<DemandView> {
    return this.demands.moderate(actor, id, 'CANCELLED', body.reason);
  }
}
