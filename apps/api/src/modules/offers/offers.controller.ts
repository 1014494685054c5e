import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
  UploadedFile as UploadedFileParam,
} from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  MyOffersQuerySchema,
  OfferAdminQuerySchema,
  OfferAttachmentViewSchema,
  OfferContentSchema,
  OfferCreatedSchema,
  OfferInterestSchema,
  OfferMatchListSchema,
  OfferPageSchema,
  OfferRejectSchema,
  OfferSearchQuerySchema,
  OfferSearchResultSchema,
  OfferViewSchema,
  type MyOffersQuery,
  type OfferAdminQuery,
  type OfferAttachmentView,
  type OfferContent,
  type OfferCreated,
  type OfferInterest,
  type OfferMatchList,
  type OfferPage,
  type OfferSearchQuery,
  type OfferSearchResult,
  type OfferView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly, Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import type { UploadedAttachment } from '../../core/storage/file-store.js';
import { AttachmentUpload, attachmentDownload } from '../../core/storage/file-upload.decorators.js';
import { OfferSearchService } from './offer-search.service.js';
import { OffersService } from './offers.service.js';

const contentPipe = new ZodValidationPipe(OfferContentSchema);

@ApiTags('offers')
@Controller('api/v1')
export class OffersController {
  constructor(
    private readonly offers: OffersService,
    private readonly search: OfferSearchService,
  ) {}

  @Post('offers')
  @ApiBearerAuth()
  @ApiOperation({ summary: '新建技术成果草稿 · List a technology offer (成果转化), as a draft — any kind of organisation' })
  @ApiZodBody(OfferContentSchema)
  @ApiZodResponse(201, 'the draft', OfferCreatedSchema)
  @ApiProblemResponses(400, 401, 403)
  create(@CurrentActor() actor: Actor, @Body(contentPipe) body: OfferContent): Promise<OfferCreated> {
    return this.offers.create(actor, body);
  }

  @Get('offers/mine')
  @ApiBearerAuth()
  @ApiOperation({ summary: '我的技术成果 · The offers of my organisation, newest first' })
  @ApiZodQuery(MyOffersQuerySchema)
  @ApiZodResponse(200, 'a page of offers', OfferPageSchema)
  @ApiProblemResponses(400, 401)
  mine(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(MyOffersQuerySchema, 'query')) query: MyOffersQuery,
  ): Promise<OfferPage> {
    return this.offers.mine(actor, query);
  }

  @Public()
  @Get('offers/:id')
  @ApiOperation({ summary: '技术成果详情 · A published offer (its owner and administrators also read drafts)' })
  @ApiZodResponse(200, 'the offer', OfferViewSchema)
  @ApiProblemResponses(400, 404)
  view(@CurrentActor() actor: Actor | undefined, @Param('id', idParam) id: string): Promise<OfferView> {
    return this.offers.view(actor, id);
  }

  @Patch('offers/:id')
  @ApiBearerAuth()
  @ApiOperation({ summary: '修改技术成果 · Edit a draft or rejected offer (a rejected one becomes a draft)' })
  @ApiZodBody(OfferContentSchema)
  @ApiZodResponse(200, 'the offer', OfferViewSchema)
  @ApiProblemResponses(400, 401, 404, 409)
  edit(@CurrentActor() actor: Actor, @Param('id', idParam) id: string, @Body(contentPipe) body: OfferContent): Promise<OfferView> {
    return this.offers.edit(actor, id, body);
  }

  @Post('offers/:id/submit')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '提交审核 · Submit the offer for review (complete, non-classified, verified organisation)' })
  @ApiZodResponse(200, 'the offer, PENDING_REVIEW', OfferViewSchema)
  @ApiProblemResponses(401, 403, 404, 409, 422)
  submit(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<OfferView> {
    return this.offers.submit(actor, id);
  }

  @Post('offers/:id/withdraw')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '撤回技术成果 · Withdraw the offer (it leaves search; final)' })
  @ApiZodResponse(200, 'the offer, WITHDRAWN', OfferViewSchema)
  @ApiProblemResponses(401, 404, 409)
  withdraw(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<OfferView> {
    return this.offers.withdraw(actor, id);
  }

  @Post('offers/:id/attachments')
  @ApiBearerAuth()
  @AttachmentUpload()
  @ApiOperation({ summary: '上传技术成果附件 · Attach a file (brochure, test report) to a draft or rejected offer (at most 10)' })
  @ApiZodResponse(201, 'the attachment', OfferAttachmentViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 413, 415)
  addAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @UploadedFileParam() file: UploadedAttachment | undefined,
  ): Promise<OfferAttachmentView> {
    return this.offers.addAttachment(actor, id, file);
  }

  @Delete('offers/:id/attachments/:attachmentId')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '删除技术成果附件 · Remove an attachment of a draft or rejected offer' })
  @ApiProblemResponses(401, 403, 404, 409)
  async removeAttachment(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Param('attachmentId', idParam) attachmentId: string,
  ): Promise<void> {
    await this.offers.removeAttachment(actor, id, attachmentId);
  }

  @Public()
  @Get('offers/:id/attachments/:attachmentId')
  @ApiOperation({ summary: '下载技术成果附件 · Download an attachment (whoever may read the offer)' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiProblemResponses(404)
  async attachment(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', idParam) id: string,
    @Param('attachmentId', idParam) attachmentId: string,
  ): Promise<StreamableFile> {
    const { attachment, stream } = await this.offers.attachmentFile(actor, id, attachmentId);
    return attachmentDownload(attachment, stream);
  }

  @Get('offers/:id/matches')
  @ApiBearerAuth()
  @ApiOperation({ summary: '可承接企业 · Firms whose capability profiles could take the offer up (owner, administrators)' })
  @ApiZodResponse(200, 'the matched firms, best first', OfferMatchListSchema)
  @ApiProblemResponses(401, 404)
  matches(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<OfferMatchList> {
    return this.offers.matches(actor, id);
  }

  @Post('offers/:id/interest')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '我有意向 · Interested: open (or find) the conversation with the offer’s owner' })
  @ApiZodResponse(200, 'the conversation', OfferInterestSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  interest(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<OfferInterest> {
    return this.offers.interest(actor, id);
  }

  @Public()
  @Get('search/offers')
  @ApiOperation({ summary: '技术成果检索 · Search published technology offers' })
  @ApiZodQuery(OfferSearchQuerySchema)
  @ApiZodResponse(200, 'a page of offers', OfferSearchResultSchema)
  @ApiProblemResponses(400, 503)
  searchOffers(
    @Query(new ZodValidationPipe(OfferSearchQuerySchema, 'query')) query: OfferSearchQuery,
  ): Promise<OfferSearchResult> {
    return this.search.searchOffers(query);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/offers')
export class AdminOffersController {
  constructor(private readonly offers: OffersService) {}

  @Get()
  @ApiOperation({ summary: '技术成果审核 · The review queue (PENDING_REVIEW oldest first, or another status)' })
  @ApiZodQuery(OfferAdminQuerySchema)
  @ApiZodResponse(200, 'a page of offers', OfferPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(OfferAdminQuerySchema, 'query')) query: OfferAdminQuery,
  ): Promise<OfferPage> {
    return this.offers.reviewQueue(actor, query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({ summary: '审核通过 · Approve: the offer is published, indexed and matched to firms' })
  @ApiZodResponse(200, 'the offer, PUBLISHED', OfferViewSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  approve(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<OfferView> {
    return this.offers.review(actor, id, 'approve', null);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回 · Reject, with the reason told to the owner' })
  @ApiZodBody(OfferRejectSchema)
  @ApiZodResponse(200, 'the offer, REJECTED', OfferViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(OfferRejectSchema)) body: z.output<typeof OfferRejectSchema>,
  ): Promise<OfferView> {
    return this.offers.review(actor, id, 'reject', body.reason);
  }
}
