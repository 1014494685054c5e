import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import {
  InboxPageSchema,
  InboxQuerySchema,
  MessageCreateSchema,
  MessagePageSchema,
  MessageQuerySchema,
  MessageViewSchema,
  ThreadListSchema,
  ThreadReadResultSchema,
  ThreadStartSchema,
  ThreadViewSchema,
  type InboxPage,
  type InboxQuery,
  type MessageCreate,
  type MessagePage,
  type MessageQuery,
  type MessageView,
  type ThreadList,
  type ThreadReadResult,
  type ThreadStart,
  type ThreadView,
} from '@mcf/contracts';
import { FILE_KIND_MEDIA_TYPES } from '@mcf/domain';
import type { Response } from 'express';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import {
  ApiProblemResponses,
  ApiZodBody,
  ApiZodQuery,
  ApiZodResponse,
  openApiSchemaOf,
} from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { MessageAttachmentInterceptor } from './message-attachment.interceptor.js';
import { ThreadsService, type UploadedAttachment } from './threads.service.js';

/** A multipart body has no prototype and string fields; it is validated like the JSON one. */
const messageBodyPipe = {
  transform: (value: unknown) =>
    new ZodValidationPipe(MessageCreateSchema).transform(
      value && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : value,
    ),
};

/** Opening a thread needs no body (a firm opens its own): a request without one counts as `{}`. */
const threadStartPipe = {
  transform: (value: unknown) => new ZodValidationPipe(ThreadStartSchema).transform(value ?? {}),
};

@ApiTags('conversations')
@ApiBearerAuth()
@Controller('api/v1')
export class ThreadsController {
  constructor(private readonly threads: ThreadsService) {}

  @Get('demands/:id/threads')
  @ApiOperation({
    summary:
      '需求沟通列表 · Conversations about a demand: all for its procurer and admins, its own for a firm (listed once they have a message)',
  })
  @ApiZodResponse(200, 'the threads, latest conversation first', ThreadListSchema)
  @ApiProblemResponses(401, 404)
  async list(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ThreadList> {
    return { items: await this.threads.list(actor, id) };
  }

  @Get('me/threads')
  @ApiOperation({
    summary:
      '我的沟通 · The conversations of my organisation across demands, latest activity first, with the other side, the latest message and my unread counts (administrators: every conversation)',
  })
  @ApiZodQuery(InboxQuerySchema)
  @ApiZodResponse(200, 'a page of threads', InboxPageSchema)
  @ApiProblemResponses(400, 401)
  inbox(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(InboxQuerySchema, 'query')) query: InboxQuery,
  ): Promise<InboxPage> {
    return this.threads.inbox(actor, query);
  }

  @Post('demands/:id/threads')
  @ApiOperation({
    summary:
      '发起沟通 · Open the conversation about a demand with a firm, or get the existing one (201 new, 200 existing): a firm opens its own, the procurer names the firm',
  })
  @ApiZodBody(ThreadStartSchema)
  @ApiZodResponse(201, 'the new thread', ThreadViewSchema)
  @ApiZodResponse(200, 'the thread the pair already has', ThreadViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 422)
  async start(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(threadStartPipe) body: ThreadStart,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ThreadView> {
    const { thread, created } = await this.threads.start(actor, id, body.enterpriseId);
    if (!created) response.status(200);
    return thread;
  }

  @Get('threads/:id/messages')
  @ApiOperation({
    summary:
      '沟通消息 · Messages of a thread, oldest first, with read receipts (the two organisations; admins read only)',
  })
  @ApiZodQuery(MessageQuerySchema)
  @ApiZodResponse(200, 'the latest messages (or those before `before`)', MessagePageSchema)
  @ApiProblemResponses(400, 401, 404)
  messages(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Query(new ZodValidationPipe(MessageQuerySchema, 'query')) query: MessageQuery,
  ): Promise<MessagePage> {
    return this.threads.messages(actor, id, query);
  }

  @Post('threads/:id/messages')
  @UseInterceptors(MessageAttachmentInterceptor)
  @ApiConsumes('application/json', 'multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        ...((openApiSchemaOf(MessageCreateSchema, 'input').properties ?? {}) as object),
        attachment: {
          type: 'string',
          format: 'binary',
          description: 'multipart only: PDF, PNG or JPEG (by content), at most 10 MB',
        },
      },
    },
  })
  @ApiOperation({
    summary:
      '发送消息 · Write in a thread: text of at most 5000 characters and/or one attachment (verified organisations of the thread); the other side is told',
  })
  @ApiZodResponse(201, 'the message', MessageViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 413, 415)
  post(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(messageBodyPipe) body: MessageCreate,
    @UploadedFile() file: UploadedAttachment | undefined,
  ): Promise<MessageView> {
    return this.threads.post(actor, id, body.body, file);
  }

  @Post('threads/:id/read')
  @HttpCode(200)
  @ApiOperation({
    summary: '标记已读 · Mark the other side’s messages in the thread read (its read receipts)',
  })
  @ApiZodResponse(200, 'how many messages were marked', ThreadReadResultSchema)
  @ApiProblemResponses(401, 403, 404)
  markRead(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ThreadReadResult> {
    return this.threads.markRead(actor, id);
  }

  @Get('messages/:id/attachment')
  @ApiOperation({ summary: '下载附件 · Download a message’s attachment (the two organisations and admins)' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiProblemResponses(401, 404)
  async attachment(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<StreamableFile> {
    const file = await this.threads.attachment(actor, id);
    return new StreamableFile(file.stream as never, {
      type: FILE_KIND_MEDIA_TYPES[file.kind],
      length: file.size,
      disposition: `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }
}
