import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  VocabularySuggestionApproveSchema,
  VocabularySuggestionPageSchema,
  VocabularySuggestionQuerySchema,
  VocabularySuggestionRejectSchema,
  VocabularySuggestionViewSchema,
  type VocabularySuggestionPage,
  type VocabularySuggestionView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import {
  ApiProblemResponses,
  ApiZodBody,
  ApiZodQuery,
  ApiZodResponse,
} from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { VocabularySuggestionsService } from './vocabulary-suggestions.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/vocabulary/suggestions')
export class VocabularySuggestionsController {
  constructor(private readonly suggestions: VocabularySuggestionsService) {}

  @Get()
  @ApiOperation({
    summary: '词表建议 · Vocabulary suggestions mined from profiles, demands and procurers’ choices, with their evidence',
  })
  @ApiZodQuery(VocabularySuggestionQuerySchema)
  @ApiZodResponse(200, 'a page of suggestions', VocabularySuggestionPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(
    @Query(new ZodValidationPipe(VocabularySuggestionQuerySchema, 'query'))
    query: z.output<typeof VocabularySuggestionQuerySchema>,
  ): Promise<VocabularySuggestionPage> {
    return this.suggestions.page(query);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary:
      '通过建议 · Approve a suggestion (relation or terms may be corrected): it reaches search and matching without a restart; refused when it contradicts or repeats the vocabulary',
  })
  @ApiZodBody(VocabularySuggestionApproveSchema)
  @ApiZodResponse(200, 'the suggestion after the decision', VocabularySuggestionViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409, 422, 503)
  approve(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(VocabularySuggestionApproveSchema))
    body: z.output<typeof VocabularySuggestionApproveSchema>,
  ): Promise<VocabularySuggestionView> {
    return this.suggestions.approve(actor, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回建议 · Reject a suggestion with the reason; the pair is not suggested again' })
  @ApiZodBody(VocabularySuggestionRejectSchema)
  @ApiZodResponse(200, 'the suggestion after the decision', VocabularySuggestionViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(VocabularySuggestionRejectSchema))
    body: z.output<typeof VocabularySuggestionRejectSchema>,
  ): Promise<VocabularySuggestionView> {
    return this.suggestions.reject(actor, id, body.reason);
  }
}
