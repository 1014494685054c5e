import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AcceptInvitationRequestSchema,
  CreateInvitationRequestSchema,
  InvitationListSchema,
  InvitationViewSchema,
  MemberListSchema,
  UserViewSchema,
  type InvitationList,
  type InvitationView,
  type MemberList,
  type UserView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, ClientIp, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { IpRateLimited } from '../auth/ip-rate-limit.guard.js';
import { OrganizationsService } from './organizations.service.js';

@ApiTags('organizations')
@ApiBearerAuth()
@Controller('api/v1')
export class OrganizationsController {
  constructor(private readonly organizations: OrganizationsService) {}

  @Get('organizations/:id/members')
  @ApiOperation({ summary: '机构成员 · Members of an organisation (its members and administrators only)' })
  @ApiZodResponse(200, 'the members', MemberListSchema)
  @ApiProblemResponses(401, 404)
  members(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<MemberList> {
    return this.organizations.members(actor, id);
  }

  @Get('organizations/:id/invitations')
  @ApiOperation({ summary: '成员邀请 · Invitations of an organisation (its owner and administrators only)' })
  @ApiZodResponse(200, 'the invitations', InvitationListSchema)
  @ApiProblemResponses(401, 403, 404)
  async invitations(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<InvitationList> {
    return { items: await this.organizations.listInvitations(actor, id) };
  }

  @Post('organizations/:id/invitations')
  @ApiOperation({ summary: '邀请成员 · Invite a colleague by email (owner only); the token is shown once' })
  @ApiZodBody(CreateInvitationRequestSchema)
  @ApiZodResponse(201, 'the invitation, with its token', InvitationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(CreateInvitationRequestSchema)) body: z.output<typeof CreateInvitationRequestSchema>,
  ): Promise<InvitationView> {
    return this.organizations.invite(actor, id, body.email);
  }

  @Delete('organizations/:id/invitations/:invitationId')
  @HttpCode(204)
  @ApiOperation({ summary: '撤销邀请 · Revoke a pending invitation (owner only)' })
  @ApiProblemResponses(401, 403, 404, 409)
  revoke(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Param('invitationId', idParam) invitationId: string): Promise<void> {
    return this.organizations.revokeInvitation(actor, id, invitationId);
  }

  @Public()
  @Post('invitations/accept')
  @IpRateLimited('accept-invitation')
  @ApiOperation({ summary: '接受邀请 · Accept an invitation: creates the member account (then sign in)' })
  @ApiZodBody(AcceptInvitationRequestSchema)
  @ApiZodResponse(201, 'the new member', UserViewSchema)
  @ApiProblemResponses(400, 409, 429)
  accept(
    @Body(new ZodValidationPipe(AcceptInvitationRequestSchema)) body: z.output<typeof AcceptInvitationRequestSchema>,
    @ClientIp() ip: string | null,
  ): Promise<UserView> {
    return this.organizations.acceptInvitation(body.token, body.name, body.password, ip);
  }
}
