import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  MatchedNeedListSchema,
  TalentContactListSchema,
  TalentCreatedSchema,
  TalentMatchListSchema,
  TalentMessageCreatedSchema,
  TalentMessageListSchema,
  TalentMessageRequestSchema,
  TalentNeedListSchema,
  TalentNeedRequestSchema,
  TalentNeedViewSchema,
  TalentProfileRequestSchema,
  TalentProfileViewSchema,
  TalentSearchQuerySchema,
  TalentSearchResultSchema,
  TalentSummarySchema,
  type MatchedNeedList,
  type TalentContactList,
  type TalentCreated,
  type TalentMatchList,
  type TalentMessageCreated,
  type TalentMessageList,
  type TalentNeedList,
  type TalentNeedView,
  type TalentProfileView,
  type TalentSearchResult,
  type TalentSummary,
} from '@mcf/contracts';
import type { z } from 'zod';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { TalentsService } from './talents.service.js';

const profilePipe = new ZodValidationPipe(TalentProfileRequestSchema);
const messagePipe = new ZodValidationPipe(TalentMessageRequestSchema);

@ApiTags('talents')
@ApiBearerAuth()
@Controller('api/v1')
export class TalentsController {
  constructor(private readonly talents: TalentsService) {}

  @Post('talents')
  @ApiOperation({
    summary: '发布人才档案 · Publish the signed-in person’s own talent profile (needs consent: true)',
    description:
      'Refused with 400 naming `consent` unless `consent: true`. The consent (version, scopes, time) is recorded with the profile. One profile per user.',
  })
  @ApiZodBody(TalentProfileRequestSchema)
  @ApiZodResponse(201, 'published', TalentCreatedSchema)
  @ApiProblemResponses(400, 401, 403, 409)
  publish(@CurrentActor() actor: Actor, @Body(profilePipe) body: z.output<typeof TalentProfileRequestSchema>): Promise<TalentCreated> {
    return this.talents.publish(actor, body);
  }

  @Get('talents/me')
  @ApiOperation({ summary: '我的人才档案 · The signed-in person’s own profile, with the consent recorded' })
  @ApiZodResponse(200, 'the profile', TalentProfileViewSchema)
  @ApiProblemResponses(401, 404)
  mine(@CurrentActor() actor: Actor): Promise<TalentProfileView> {
    return this.talents.mine(actor);
  }

  @Put('talents/me')
  @ApiOperation({ summary: '修改人才档案 · Edit the own profile (consent: true again; recorded anew)' })
  @ApiZodBody(TalentProfileRequestSchema)
  @ApiZodResponse(200, 'the profile', TalentProfileViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  update(@CurrentActor() actor: Actor, @Body(profilePipe) body: z.output<typeof TalentProfileRequestSchema>): Promise<TalentProfileView> {
    return this.talents.update(actor, body);
  }

  @Get('talents/me/needs')
  @ApiOperation({ summary: '匹配到我的人才需求 · Talent needs the person was matched to (marks them seen)' })
  @ApiZodResponse(200, 'matched needs, newest first', MatchedNeedListSchema)
  @ApiProblemResponses(401, 404)
  myNeeds(@CurrentActor() actor: Actor): Promise<MatchedNeedList> {
    return this.talents.myMatchedNeeds(actor);
  }

  @Get('talents/:id')
  @ApiOperation({ summary: '人才摘要 · A profile’s summary (verified organisations, and the person); never contact details' })
  @ApiZodResponse(200, 'the summary', TalentSummarySchema)
  @ApiProblemResponses(401, 403, 404)
  summary(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<TalentSummary> {
    return this.talents.summary(actor, id);
  }

  @Delete('talents/:id')
  @HttpCode(204)
  @ApiOperation({
    summary: '撤回人才档案 · Withdraw: the profile, its matches and conversations are deleted (PIPL)',
    description: 'Audited without the personal data; gone from search and listings when this answers.',
  })
  @ApiProblemResponses(401, 403, 404)
  withdraw(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<void> {
    return this.talents.withdraw(actor, id);
  }

  @Get('search/talents')
  @ApiOperation({ summary: '检索人才库 · Search the talent pool (verified organisations only; summaries only)' })
  @ApiZodQuery(TalentSearchQuerySchema)
  @ApiZodResponse(200, 'a page of summaries', TalentSearchResultSchema)
  @ApiProblemResponses(400, 401, 403)
  search(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(TalentSearchQuerySchema, 'query')) query: z.output<typeof TalentSearchQuerySchema>,
  ): Promise<TalentSearchResult> {
    return this.talents.search(actor, query);
  }

  @Post('talents/:id/contacts')
  @ApiOperation({ summary: '联系人才 · Write to a person through the platform (verified organisations only)' })
  @ApiZodBody(TalentMessageRequestSchema)
  @ApiZodResponse(201, 'the message, in the organisation’s conversation with the person', TalentMessageCreatedSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  contact(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(messagePipe) body: z.output<typeof TalentMessageRequestSchema>,
  ): Promise<TalentMessageCreated> {
    return this.talents.contact(actor, id, body.body);
  }

  @Get('talent-contacts')
  @ApiOperation({ summary: '人才联系会话 · The caller’s conversations with the pool (as a person and as an organisation)' })
  @ApiZodResponse(200, 'conversations, latest first', TalentContactListSchema)
  @ApiProblemResponses(401)
  contacts(@CurrentActor() actor: Actor): Promise<TalentContactList> {
    return this.talents.contacts(actor);
  }

  @Get('talent-contacts/:id/messages')
  @ApiOperation({ summary: '会话消息 · The messages of one conversation (its two sides only)' })
  @ApiZodResponse(200, 'the messages, oldest first', TalentMessageListSchema)
  @ApiProblemResponses(401, 404)
  messages(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<TalentMessageList> {
    return this.talents.messages(actor, id);
  }

  @Post('talent-contacts/:id/messages')
  @ApiOperation({ summary: '回复 · Reply in a conversation (the person, or the verified organisation)' })
  @ApiZodBody(TalentMessageRequestSchema)
  @ApiZodResponse(201, 'the message', TalentMessageCreatedSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  reply(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(messagePipe) body: z.output<typeof TalentMessageRequestSchema>,
  ): Promise<TalentMessageCreated> {
    return this.talents.reply(actor, id, body.body);
  }

  @Post('talent-needs')
  @ApiOperation({ summary: '发布人才需求 · Post a talent need; a queued job matches people to it (verified organisations)' })
  @ApiZodBody(TalentNeedRequestSchema)
  @ApiZodResponse(201, 'the need, matching PENDING', TalentNeedViewSchema)
  @ApiProblemResponses(400, 401, 403)
  postNeed(
    @CurrentActor() actor: Actor,
    @Body(new ZodValidationPipe(TalentNeedRequestSchema)) body: z.output<typeof TalentNeedRequestSchema>,
  ): Promise<TalentNeedView> {
    return this.talents.postNeed(actor, body);
  }

  @Get('talent-needs')
  @ApiOperation({ summary: '我方人才需求 · The organisation’s talent needs, newest first' })
  @ApiZodResponse(200, 'the needs', TalentNeedListSchema)
  @ApiProblemResponses(401, 403)
  needs(@CurrentActor() actor: Actor): Promise<TalentNeedList> {
    return this.talents.needs(actor);
  }

  @Get('talent-needs/:id/matches')
  @ApiOperation({ summary: '匹配人才 · The people matched to the organisation’s need (summaries), best first' })
  @ApiZodResponse(200, 'matched people', TalentMatchListSchema)
  @ApiProblemResponses(401, 403, 404)
  needMatches(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<TalentMatchList> {
    return this.talents.needMatches(actor, id);
  }
}
