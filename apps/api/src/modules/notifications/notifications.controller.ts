import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  NotificationPageSchema,
  NotificationPreferencesSchema,
  NotificationQuerySchema,
  type NotificationPage,
  type NotificationPreferences,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AllowedWhileSuspended } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { NotificationsService } from './notifications.service.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({
    summary: '通知 · Notifications of the caller’s organisation (an administrator: the platform’s), newest first, with the unread count',
  })
  @ApiQuery({ name: 'unreadOnly', required: false, enum: ['true', 'false'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiZodResponse(200, 'a page of notifications', NotificationPageSchema)
  @ApiProblemResponses(400, 401)
  list(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(NotificationQuerySchema, 'query'))
    query: z.output<typeof NotificationQuerySchema>,
  ): Promise<NotificationPage> {
    return this.notifications.page(actor, query.unreadOnly === 'true', query.page, query.pageSize);
  }

  @Get('preferences')
  @ApiOperation({ summary: '通知设置 · Which kinds of notification the organisation receives' })
  @ApiZodResponse(200, 'every kind, on or off', NotificationPreferencesSchema)
  @ApiProblemResponses(401)
  preferences(@CurrentActor() actor: Actor): Promise<NotificationPreferences> {
    return this.notifications.preferences(actor);
  }

  @Put('preferences')
  @ApiOperation({
    summary: '保存通知设置 · Turn kinds of notification on or off (kinds not listed keep their setting)',
  })
  @ApiZodBody(NotificationPreferencesSchema)
  @ApiZodResponse(200, 'every kind, on or off', NotificationPreferencesSchema)
  @ApiProblemResponses(400, 401, 403)
  savePreferences(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(NotificationPreferencesSchema)) body: NotificationPreferences,
  ): Promise<NotificationPreferences> {
    return this.notifications.savePreferences(actor, body);
  }

  @Post('read-all')
  @HttpCode(204)
  @AllowedWhileSuspended()
  @ApiOperation({ summary: '全部已读 · Mark every notification read' })
  @ApiProblemResponses(401)
  readAll(@CurrentActor() actor: Actor): Promise<void> {
    return this.notifications.markAllRead(actor);
  }

  @Post(':id/read')
  @HttpCode(204)
  @AllowedWhileSuspended()
  @ApiOperation({ summary: '标记已读 · Mark one notification read' })
  @ApiProblemResponses(401, 404)
  read(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    return this.notifications.markRead(actor, id);
  }
}
