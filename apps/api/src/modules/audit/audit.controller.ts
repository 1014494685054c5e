import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditQuerySchema, type AuditEventPage } from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { ApiProblemResponses, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: '审计日志 · Browse the audit trail (newest first)' })
  @ApiQuery({ name: 'action', required: false })
  @ApiQuery({ name: 'targetType', required: false })
  @ApiQuery({ name: 'targetId', required: false })
  @ApiQuery({ name: 'actorUserId', required: false })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601 date-time, inclusive' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601 date-time, exclusive' })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'keyset paging: the `next` of the previous page (the id of its last item); page is then ignored' })
  @ApiZodResponse(200, 'a page of audit events', AuditEventPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(AuditQuerySchema, 'query')) query: z.output<typeof AuditQuerySchema>): Promise<AuditEventPage> {
    return this.audit.page(query);
  }
}
