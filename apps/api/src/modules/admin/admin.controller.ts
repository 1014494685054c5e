import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  OrganizationAdminPageSchema,
  OrganizationAdminQuerySchema,
  OrganizationAdminViewSchema,
  PasswordResetTicketSchema,
  StatusReasonRequestSchema,
  type OrganizationAdminPage,
  type OrganizationAdminView,
  type PasswordResetTicket,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuthService } from '../auth/auth.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';

const reasonPipe = new ZodValidationPipe(StatusReasonRequestSchema);

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
  ) {}

  @Get('organizations')
  @ApiOperation({ summary: '机构列表 · Organisations, filtered and paginated' })
  @ApiQuery({ name: 'status', required: false, enum: ['PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED'] })
  @ApiQuery({ name: 'kind', required: false, enum: ['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK'] })
  @ApiQuery({ name: 'q', required: false, description: 'name or credit code contains' })
  @ApiQuery({ name: 'sort', required: false, enum: ['createdAt', '-createdAt', 'name', '-name'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiQuery({ name: 'after', required: false, description: 'keyset paging: the `next` of the previous page (the id of its last item); page is then ignored' })
  @ApiZodResponse(200, 'a page of organisations', OrganizationAdminPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(OrganizationAdminQuerySchema, 'query')) query: z.output<typeof OrganizationAdminQuerySchema>): Promise<OrganizationAdminPage> {
    return this.accounts.organizationPage(query);
  }

  @Post('organizations/:id/verify')
  @HttpCode(200)
  @ApiOperation({ summary: '认证机构 · Verify an organisation' })
  @ApiZodResponse(200, 'the organisation after the change', OrganizationAdminViewSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  verify(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<OrganizationAdminView> {
    return this.organizations.changeStatus(actor, id, 'verify', null);
  }

  @Post('organizations/:id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回机构 · Reject an organisation (reason shown to it)' })
  @ApiZodBody(StatusReasonRequestSchema)
  @ApiZodResponse(200, 'the organisation after the change', OrganizationAdminViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  reject(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(reasonPipe) body: z.output<typeof StatusReasonRequestSchema>) {
    return this.organizations.changeStatus(actor, id, 'reject', body.reason);
  }

  @Post('organizations/:id/suspend')
  @HttpCode(200)
  @ApiOperation({ summary: '暂停机构 · Suspend an organisation: its users can sign in and read, nothing else' })
  @ApiZodBody(StatusReasonRequestSchema)
  @ApiZodResponse(200, 'the organisation after the change', OrganizationAdminViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  suspend(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(reasonPipe) body: z.output<typeof StatusReasonRequestSchema>) {
    return this.organizations.changeStatus(actor, id, 'suspend', body.reason);
  }

  @Post('organizations/:id/reinstate')
  @HttpCode(200)
  @ApiOperation({ summary: '恢复机构 · Reinstate a suspended organisation' })
  @ApiZodBody(StatusReasonRequestSchema)
  @ApiZodResponse(200, 'the organisation after the change', OrganizationAdminViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  reinstate(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(reasonPipe) body: z.output<typeof StatusReasonRequestSchema>) {
    return this.organizations.changeStatus(actor, id, 'reinstate', body.reason);
  }

  @Post('users/:id/disable')
  @HttpCode(204)
  @ApiOperation({ summary: '停用用户 · Disable a user and revoke every session' })
  @ApiZodBody(StatusReasonRequestSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  disable(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(reasonPipe) body: z.output<typeof StatusReasonRequestSchema>) {
    return this.organizations.setUserDisabled(actor, id, true, body.reason);
  }

  @Post('users/:id/enable')
  @HttpCode(204)
  @ApiOperation({ summary: '启用用户 · Enable a disabled user' })
  @ApiProblemResponses(401, 403, 404)
  enable(@CurrentActor() actor: Actor, @Param('id', idParam) id: string) {
    return this.organizations.setUserDisabled(actor, id, false, null);
  }

  @Post('users/:id/password-reset')
  @ApiOperation({ summary: '签发重置码 · Issue a one-time password reset code to hand to the user (valid 24 h)' })
  @ApiZodResponse(201, 'the reset code', PasswordResetTicketSchema)
  @ApiProblemResponses(401, 403, 404)
  passwordReset(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<PasswordResetTicket> {
    return this.auth.issuePasswordReset(actor, id);
  }
}
