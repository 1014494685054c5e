import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ClarificationAnswerSchema,
  ClarificationCreateSchema,
  ClarificationListSchema,
  ClarificationViewSchema,
  type ClarificationAnswer,
  type ClarificationCreate,
  type ClarificationList,
  type ClarificationView,
} from '@mcf/contracts';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { ClarificationsService } from './clarifications.service.js';

@ApiTags('conversations')
@Controller('api/v1')
export class ClarificationsController {
  constructor(private readonly clarifications: ClarificationsService) {}

  @Post('demands/:id/clarifications')
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      '需求提问 · Ask the procurer a question about a demand (verified firms that can read its details, while it is open)',
  })
  @ApiZodBody(ClarificationCreateSchema)
  @ApiZodResponse(201, 'the question, unanswered', ClarificationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  ask(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ClarificationCreateSchema)) body: ClarificationCreate,
  ): Promise<ClarificationView> {
    return this.clarifications.ask(actor, id, body.question);
  }

  @Public()
  @Get('demands/:id/clarifications')
  @ApiOperation({
    summary:
      '需求答疑 · Clarifications: answered ones for everyone who can read the demand, a firm’s own open questions, all for the procurer and admins (who asked: only for them)',
  })
  @ApiZodResponse(200, 'the clarifications, oldest first', ClarificationListSchema)
  @ApiProblemResponses(404)
  async list(
    @CurrentActor() actor: Actor | undefined,
    @Param('id', idParam) id: string,
  ): Promise<ClarificationList> {
    return { items: await this.clarifications.list(actor, id) };
  }

  @Post('clarifications/:id/answer')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      '答复提问 · Answer a question, once (the demand’s procurer); the answer is published and invited or responding firms are told',
  })
  @ApiZodBody(ClarificationAnswerSchema)
  @ApiZodResponse(200, 'the clarification, answered', ClarificationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  answer(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ClarificationAnswerSchema)) body: ClarificationAnswer,
  ): Promise<ClarificationView> {
    return this.clarifications.answer(actor, id, body.answer);
  }
}
