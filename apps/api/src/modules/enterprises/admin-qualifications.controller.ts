import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ExpiringQualificationPageSchema,
  ExpiringQualificationQuerySchema,
  ExpiryReminderRequestSchema,
  ExpiryReminderResultSchema,
  type ExpiringQualificationPage,
  type ExpiryReminderResult,
  QualificationBulkApproveSchema,
  QualificationBulkResultSchema,
  QualificationQueuePageSchema,
  QualificationQueueQuerySchema,
  QualificationRejectSchema,
  QualificationViewSchema,
  type QualificationBulkResult,
  type QualificationQueuePage,
  type QualificationView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { QualificationsService } from './qualifications.service.js';
import { QualificationExpiriesService } from './qualification-expiries.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/qualifications')
export class AdminQualificationsController {
  constructor(
    private readonly qualifications: QualificationsService,
    private readonly expiries: QualificationExpiriesService,
  ) {}

  @Get()
  @ApiOperation({ summary: '资质审核队列 · The vetting queue, oldest first' })
  @ApiQuery({ name: 'status', required: false, enum: ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'keyset paging: the `next` of the previous page (the id of its last item); page is then ignored' })
  @ApiZodResponse(200, 'a page of certificates', QualificationQueuePageSchema)
  @ApiProblemResponses(400, 401, 403)
  queue(@Query(new ZodValidationPipe(QualificationQueueQuerySchema, 'query')) query: z.output<typeof QualificationQueueQuerySchema>): Promise<QualificationQueuePage> {
    return this.qualifications.queue(query.status, query.page, query.pageSize, query.after);
  }

  @Get('expiring')
  @ApiOperation({ summary: '到期预警 · Approved certificates expiring within 30, 60 or 90 days, soonest first; by type and region' })
  @ApiZodQuery(ExpiringQualificationQuerySchema)
  @ApiZodResponse(200, 'a page of expiring certificates', ExpiringQualificationPageSchema)
  @ApiProblemResponses(400, 401, 403)
  expiring(
    @Query(new ZodValidationPipe(ExpiringQualificationQuerySchema, 'query')) query: z.output<typeof ExpiringQualificationQuerySchema>,
  ): Promise<ExpiringQualificationPage> {
    return this.expiries.page(query);
  }

  @Post('expiry-reminders')
  @HttpCode(200)
  @ApiOperation({ summary: '提醒续证 · Remind the owners of one or more expiring certificates, once per certificate and window (audited)' })
  @ApiZodBody(ExpiryReminderRequestSchema)
  @ApiZodResponse(200, 'who was reminded and who was not, with why', ExpiryReminderResultSchema)
  @ApiProblemResponses(400, 401, 403)
  remind(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(ExpiryReminderRequestSchema)) body: z.output<typeof ExpiryReminderRequestSchema>,
  ): Promise<ExpiryReminderResult> {
    return this.expiries.remind(actor, body.ids);
  }

  @Post('approve')
  @HttpCode(200)
  @ApiOperation({ summary: '批量通过 · Approve several pending certificates; the others are reported' })
  @ApiZodBody(QualificationBulkApproveSchema)
  @ApiZodResponse(200, 'what was approved and what was skipped', QualificationBulkResultSchema)
  @ApiProblemResponses(400, 401, 403)
  bulkApprove(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(QualificationBulkApproveSchema)) body: z.output<typeof QualificationBulkApproveSchema>): Promise<QualificationBulkResult> {
    return this.qualifications.bulkApprove(actor, body.ids);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '通过资质 · Approve a pending certificate' })
  @ApiZodResponse(200, 'the certificate', QualificationViewSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  approve(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<QualificationView> {
    return this.qualifications.decide(actor, id, 'APPROVED', null);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回资质 · Reject a pending certificate (reason shown to the firm)' })
  @ApiZodBody(QualificationRejectSchema)
  @ApiZodResponse(200, 'the certificate', QualificationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  reject(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(new ZodValidationPipe(QualificationRejectSchema)) body: z.output<typeof QualificationRejectSchema>): Promise<QualificationView> {
    return this.qualifications.decide(actor, id, 'REJECTED', body.reason);
  }
}
