import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile as UploadedFileParam,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  DemandAttachmentViewSchema,
  type DemandAttachmentView,
  DemandCancelSchema,
  DemandCloseSchema,
  type DemandClose,
  DemandContentSchema,
  DemandPageSchema,
  DemandViewSchema,
  MyDemandsQuerySchema,
  type DemandContent,
  type DemandPage,
  type DemandView,
  type MyDemandsQuery,
} from '@mcf/contracts';
import type { z } from 'zod';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import {
  ApiProblemResponses,
  ApiZodBody,
  ApiZodQuery,
  ApiZodResponse,
} from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AttachmentUpload, attachmentDownload } from '../../core/storage/file-upload.decorators.js';
import { DemandAttachmentsService, type UploadedDemandFile } from './demand-attachments.service.js';
import { DemandViewsService } from './demand-views.service.js';
import { DemandsService } from './demands.service.js';

@ApiTags('demands')
@Controller('api/v1')
export class DemandsController {
  constructor(
    private readonly demands: DemandsService,
    private readonly views: DemandViewsService,
    private readonly attachments: DemandAttachmentsService,
  ) {}

  @Post('demands')
  @ApiBearerAuth()
  @ApiOperation({ summary: '新建需求草稿 · Create a demand (a draft) — procurer organisations' })
  @ApiZodBody(DemandContentSchema)
  @ApiZodResponse(201, 'the draft', DemandViewSchema)
  @ApiProblemResponses(400, 401, 403)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(DemandContentSchema)) body: DemandContent,
  ): Promise<DemandView> {
    return this.demands.create(actor, body);
  }

  @Get('me/demands')
  @ApiBearerAuth()
  @ApiOperation({ summary: '我的需求 · Demands of my organisation, newest first, with matching status' })
  @ApiZodQuery(MyDemandsQuerySchema)
  @ApiZodResponse(200, 'a page of demands', DemandPageSchema)
  @ApiProblemResponses(400, 401)
  mine(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(MyDemandsQuerySchema, 'query')) query: MyDemandsQuery,
  ): Promise<DemandPage> {
    return this.views.mine(actor, query.status, query.page, query.pageSize, query.after);
  }

  @Public()
  @Get('demands/:id')
  @ApiOperation({
    summary:
      '需求详情 · A demand, as far as the caller may see it (summary only where details are for verified suppliers)',
  })
  @ApiZodResponse(200, 'the demand', DemandViewSchema)
  @ApiProblemResponses(404)
  get(@CurrentActor() actor: Actor | undefined, @Param('id', idParam) id: string): Promise<DemandView> {
    return this.views.get(actor, id);
  }

  @Put('demands/:id')
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改需求 · Edit a draft, or a published demand (a new version, matched again)' })
  @ApiZodBody(DemandContentSchema)
  @ApiZodResponse(200, 'the demand', DemandViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(DemandContentSchema)) body: DemandContent,
  ): Promise<DemandView> {
    return this.demands.update(actor, id, body);
  }

  @Post('demands/:id/publish')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary: '发布需求 · Publish a draft (verified procurers): it becomes searchable and is matched',
  })
  @ApiZodResponse(200, 'the published demand', DemandViewSchema)
  @ApiProblemResponses(401, 403, 404, 409, 422)
  publish(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<DemandView> {
    return this.demands.publish(actor, id);
  }

  @Post('demands/:id/close')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      '关闭需求 · Close a published demand: no further responses; every open response ends as DEMAND_CLOSED with the optional reason',
  })
  @ApiZodBody(DemandCloseSchema)
  @ApiZodResponse(200, 'the closed demand', DemandViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  close(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    // No body at all is a close without a reason.
    @Body(new ZodValidationPipe(DemandCloseSchema.optional())) body: DemandClose | undefined,
  ): Promise<DemandView> {
    return this.demands.close(actor, id, body?.reason ?? null);
  }

  @Post('demands/:id/cancel')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      '撤销需求 · Cancel a draft or published demand, with a reason (every open response ends as DEMAND_CANCELLED with it)',
  })
  @ApiZodBody(DemandCancelSchema)
  @ApiZodResponse(200, 'the cancelled demand', DemandViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(DemandCancelSchema)) body: z.output<typeof DemandCancelSchema>,
  ): Promise<DemandView> {
    return this.demands.cancel(actor, id, body.reason);
  }

  @Post('demands/:id/attachments')
  @ApiBearerAuth()
  @AttachmentUpload()
  @ApiOperation({ summary: '上传需求附件 · Attach a file to a draft or published demand (at most 10)' })
  @ApiZodResponse(201, 'the attachment', DemandAttachmentViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 413, 415)
  addAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @UploadedFileParam() file: UploadedDemandFile | undefined,
  ): Promise<DemandAttachmentView> {
    return this.attachments.addAttachment(actor, id, file);
  }

  @Delete('demands/:id/attachments/:attachmentId')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '删除需求附件 · Remove an attachment' })
  @ApiProblemResponses(401, 403, 404, 409)
  async removeAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Param('attachmentId', idParam) attachmentId: string,
  ): Promise<void> {
    await this.attachments.removeAttachment(actor, id, attachmentId);
  }

  @Public()
  @Get('demands/:id/attachments/:attachmentId')
  @ApiOperation({ summary: '下载需求附件 · Download an attachment (whoever may read the demand’s details)' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiProblemResponses(404)
  async attachment(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', idParam) id: string,
    @Param('attachmentId', idParam) attachmentId: string,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.attachments.attachmentFile(actor, id, attachmentId);
    return attachmentDownload(attachment, stream);
  }
}
