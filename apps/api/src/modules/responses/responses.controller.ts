import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  StreamableFile,
  UploadedFile as UploadedFileParam,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  AwardCreateSchema,
  AwardViewSchema,
  ResponseAttachmentViewSchema,
  type ResponseAttachmentView,
  DemandInvitationListSchema,
  DemandInvitationViewSchema,
  InvitationCreateSchema,
  MyInvitationListSchema,
  ResponseCreateSchema,
  ResponseDecisionSchema,
  ResponseListSchema,
  ResponseViewSchema,
  ResponseWithdrawSchema,
  type AwardView,
  type DemandInvitationView,
  type InvitationCreate,
  type MyInvitationList,
  type ResponseCreate,
  type ResponseDecision,
  type ResponseList,
  type ResponseView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AttachmentUpload, attachmentDownload } from '../../core/storage/file-upload.decorators.js';
import { AwardsService } from './awards.service.js';
import { InvitationsService } from './invitations.service.js';
import { ResponsesService, type UploadedResponseFile } from './responses.service.js';

@ApiTags('responses')
@ApiBearerAuth()
@Controller('api/v1')
export class ResponsesController {
  constructor(
    private readonly responses: ResponsesService,
    private readonly invitationsService: InvitationsService,
    private readonly awards: AwardsService,
  ) {}

  @Post('demands/:id/invitations')
  @ApiOperation({ summary: '邀请企业 · Invite a firm to respond to a published demand (its procurer)' })
  @ApiZodBody(InvitationCreateSchema)
  @ApiZodResponse(201, 'the invitation', DemandInvitationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(InvitationCreateSchema)) body: InvitationCreate,
  ): Promise<DemandInvitationView> {
    return this.invitationsService.invite(actor, id, body);
  }

  @Get('demands/:id/invitations')
  @ApiOperation({
    summary: '已邀请企业 · Firms invited to a demand, with their answers (its procurer and admins)',
  })
  @ApiZodResponse(200, 'the invitations', DemandInvitationListSchema)
  @ApiProblemResponses(401, 403, 404)
  async invitations(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
  ): Promise<{ items: DemandInvitationView[] }> {
    return { items: await this.invitationsService.invitations(actor, id) };
  }

  @Post('demands/:id/responses')
  @ApiOperation({
    summary:
      '响应需求 · Respond to a demand: INTEREST with a proposal, or DECLINE with a reason (verified firms, before the deadline)',
  })
  @ApiZodBody(ResponseCreateSchema)
  @ApiZodResponse(201, 'the response', ResponseViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  respond(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ResponseCreateSchema)) body: ResponseCreate,
  ): Promise<ResponseView> {
    return this.responses.respond(actor, id, body);
  }

  @Get('demands/:id/responses')
  @ApiOperation({
    summary: '需求的响应 · Responses to a demand: all for its procurer and admins, its own for a firm',
  })
  @ApiZodResponse(200, 'the responses', ResponseListSchema)
  @ApiProblemResponses(401, 404)
  async list(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ResponseList> {
    return { items: await this.responses.list(actor, id) };
  }

  @Get('me/responses')
  @ApiOperation({ summary: '我的响应 · The responses of my organisation, newest first' })
  @ApiZodResponse(200, 'the responses', ResponseListSchema)
  @ApiProblemResponses(401)
  async mine(@CurrentActor() actor: Actor): Promise<ResponseList> {
    return { items: await this.responses.mine(actor) };
  }

  @Get('me/invitations')
  @ApiOperation({
    summary: '我收到的邀请 · The invitations my organisation received, newest first, with my answer',
  })
  @ApiZodResponse(200, 'the invitations', MyInvitationListSchema)
  @ApiProblemResponses(401)
  async myInvitations(@CurrentActor() actor: Actor): Promise<MyInvitationList> {
    return { items: await this.invitationsService.myInvitations(actor) };
  }

  @Patch('responses/:id')
  @ApiOperation({
    summary: '评审响应 · Shortlist a response, or reject it with a reason shown to the firm (the procurer)',
  })
  @ApiZodBody(ResponseDecisionSchema)
  @ApiZodResponse(200, 'the response', ResponseViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  decide(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ResponseDecisionSchema)) body: ResponseDecision,
  ): Promise<ResponseView> {
    return this.responses.decide(actor, id, body);
  }

  @Post('responses/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '撤回响应 · Withdraw my response (until the award)' })
  @ApiZodBody(ResponseWithdrawSchema)
  @ApiZodResponse(200, 'the response', ResponseViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  withdraw(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ResponseWithdrawSchema)) body: z.output<typeof ResponseWithdrawSchema>,
  ): Promise<ResponseView> {
    return this.responses.withdraw(actor, id, body.reason ?? null);
  }

  @Post('demands/:id/award')
  @ApiOperation({
    summary:
      '确定中标 · Award the demand to one response; every respondent is told the outcome once (409 once awarded)',
  })
  @ApiZodBody(AwardCreateSchema)
  @ApiZodResponse(201, 'the award', AwardViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  award(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(AwardCreateSchema)) body: z.output<typeof AwardCreateSchema>,
  ): Promise<AwardView> {
    return this.awards.award(actor, id, body.responseId, body.reason);
  }

  @Post('responses/:id/attachments')
  @AttachmentUpload()
  @ApiOperation({
    summary: '上传响应附件 · Attach a file to my response while it is under review (at most 5)',
  })
  @ApiZodResponse(201, 'the attachment', ResponseAttachmentViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 413, 415)
  addAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @UploadedFileParam() file: UploadedResponseFile | undefined,
  ): Promise<ResponseAttachmentView> {
    return this.responses.addAttachment(actor, id, file);
  }

  @Delete('responses/:id/attachments/:attachmentId')
  @HttpCode(204)
  @ApiOperation({ summary: '删除响应附件 · Remove a file from my response while it is under review' })
  @ApiProblemResponses(401, 403, 404, 409)
  async removeAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Param('attachmentId', idParam) attachmentId: string,
  ): Promise<void> {
    await this.responses.removeAttachment(actor, id, attachmentId);
  }

  @Get('responses/:id/attachments/:attachmentId')
  @ApiOperation({
    summary: '下载响应附件 · Download a response’s file (the firm, the demand’s procurer, administrators)',
  })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiProblemResponses(401, 404)
  async attachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Param('attachmentId', idParam) attachmentId: string,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.responses.attachmentFile(actor, id, attachmentId);
    return attachmentDownload(attachment, stream);
  }
}
