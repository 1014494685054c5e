import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  AlertFeedbackSchema,
  AlertItemViewSchema,
  AlertPageSchema,
  AlertQuerySchema,
  SavedSearchCreateSchema,
  SavedSearchListSchema,
  SavedSearchViewSchema,
  type AlertFeedback,
  type AlertItemView,
  type AlertPage,
  type AlertQuery,
  type SavedSearchCreate,
  type SavedSearchList,
  type SavedSearchView,
} from '@mcf/contracts';
import { AllowedWhileSuspended } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import {
  ApiProblemResponses,
  ApiZodBody,
  ApiZodQuery,
  ApiZodResponse,
} from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { AlertsService } from './alerts.service.js';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/v1')
export class AlertsController {
  constructor(private readonly alerts: AlertsService) {}

  @Get('me/saved-searches')
  @ApiOperation({ summary: '我的订阅 · My saved searches, newest first, with the limit per user' })
  @ApiZodResponse(200, 'the saved searches', SavedSearchListSchema)
  @ApiProblemResponses(401)
  list(@CurrentActor() actor: Actor): Promise<SavedSearchList> {
    return this.alerts.savedSearches(actor);
  }

  @Post('me/saved-searches')
  @ApiOperation({
    summary:
      '保存订阅 · Save a search of demands or suppliers, alerted at once or in a daily digest (at most 20 per user)',
  })
  @ApiZodBody(SavedSearchCreateSchema)
  @ApiZodResponse(201, 'the saved search', SavedSearchViewSchema)
  @ApiProblemResponses(400, 401, 403, 409)
  create(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(SavedSearchCreateSchema)) body: SavedSearchCreate,
  ): Promise<SavedSearchView> {
    return this.alerts.createSavedSearch(actor, body);
  }

  @Delete('me/saved-searches/:id')
  @HttpCode(204)
  // Stopping alerts is the user's own business, allowed while the organisation is suspended.
  @AllowedWhileSuspended()
  @ApiOperation({ summary: '删除订阅 · Delete one of my saved searches and its alerts' })
  @ApiProblemResponses(401, 404)
  remove(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    return this.alerts.deleteSavedSearch(actor, id);
  }

  @Get('me/alerts')
  @ApiOperation({
    summary:
      '订阅提醒 · What matched my saved searches, most relevant first (items like those I marked not relevant last)',
  })
  @ApiZodQuery(AlertQuerySchema)
  @ApiZodResponse(200, 'a page of alerts', AlertPageSchema)
  @ApiProblemResponses(400, 401)
  alertPage(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(AlertQuerySchema, 'query')) query: AlertQuery,
  ): Promise<AlertPage> {
    return this.alerts.alertPage(actor, query.page, query.pageSize);
  }

  @Post('alerts/:id/feedback')
  @HttpCode(200)
  @ApiOperation({
    summary: '提醒反馈 · Mark one of my alerts not relevant (or relevant): similar later items rank lower',
  })
  @ApiZodBody(AlertFeedbackSchema)
  @ApiZodResponse(200, 'the alert with the feedback', AlertItemViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  feedback(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(AlertFeedbackSchema)) body: AlertFeedback,
  ): Promise<AlertItemView> {
    return this.alerts.giveFeedback(actor, id, body.relevant);
  }
}
