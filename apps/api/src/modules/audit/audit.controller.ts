import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEventPageSchema, AuditQuerySchema, type AuditEventPage } from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { ApiProblemResponses, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/audit-events')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: '审计日志 · Browse the audit trail (newest first), with the names of the people, organisations and objects it refers to' })
  @ApiZodQuery(AuditQuerySchema)
  @ApiZodResponse(200, 'a page of audit events', AuditEventPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(AuditQuerySchema, 'query')) query: z.output<typeof AuditQuerySchema>): Promise<AuditEventPage> {
    return this.audit.page(query);
  }
}
