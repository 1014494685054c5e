import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DemandSearchQuerySchema,
  DemandSearchResultSchema,
  EnterpriseSearchQuerySchema,
  EnterpriseSearchResultSchema,
  RelatedTermsQuerySchema,
  RelatedTermsSchema,
  SuggestionQuerySchema,
  SuggestionsSchema,
  type RelatedTerms,
  type DemandSearchQuery,
  type DemandSearchResult,
  type EnterpriseSearchQuery,
  type EnterpriseSearchResult,
  type Suggestions,
} from '@mcf/contracts';
import type { z } from 'zod';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { ApiProblemResponses, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { SearchService } from './search.service.js';

@ApiTags('search')
@Controller('api/v1/search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Public()
  @Get('enterprises')
  @ApiOperation({
    summary:
      '搜索供应商 · Search published supplier profiles, with filters, facet counts, highlighting and sorting',
  })
  @ApiZodQuery(EnterpriseSearchQuerySchema)
  @ApiZodResponse(200, 'a page of firms', EnterpriseSearchResultSchema)
  @ApiProblemResponses(400)
  enterprises(
    @Query(new ZodValidationPipe(EnterpriseSearchQuerySchema, 'query')) query: EnterpriseSearchQuery,
  ): Promise<EnterpriseSearchResult> {
    return this.search.enterprises(query);
  }

  @Public()
  @Get('demands')
  @ApiOperation({
    summary: '搜索需求 · Search open demands the caller may see (visibility applied inside the engine)',
  })
  @ApiZodQuery(DemandSearchQuerySchema)
  @ApiZodResponse(200, 'a page of demands', DemandSearchResultSchema)
  @ApiProblemResponses(400)
  demands(
    @CurrentActor() actor: Actor | undefined,
    @Query(new ZodValidationPipe(DemandSearchQuerySchema, 'query')) query: DemandSearchQuery,
  ): Promise<DemandSearchResult> {
    return this.search.demands(actor, query);
  }

  @Public()
  @Get('suggestions')
  @ApiOperation({ summary: '搜索联想 · Suggestions as the user types' })
  @ApiZodQuery(SuggestionQuerySchema)
  @ApiZodResponse(200, 'up to 8 suggestions', SuggestionsSchema)
  @ApiProblemResponses(400)
  suggestions(
    @CurrentActor() actor: Actor | undefined,
    @Query(new ZodValidationPipe(SuggestionQuerySchema, 'query'))
    query: z.output<typeof SuggestionQuerySchema>,
  ): Promise<Suggestions> {
    return this.search.suggestions(actor, query.q, query.index);
  }

  @Public()
  @Get('related-terms')
  @ApiOperation({
    summary: '相关词 · Other names, broader and narrower terms of a query, from the matching vocabulary (for empty results)',
  })
  @ApiZodQuery(RelatedTermsQuerySchema)
  @ApiZodResponse(200, 'up to 10 related terms, names of the same thing first', RelatedTermsSchema)
  @ApiProblemResponses(400)
  relatedTerms(
    @Query(new ZodValidationPipe(RelatedTermsQuerySchema, 'query')) query: z.output<typeof RelatedTermsQuerySchema>,
  ): Promise<RelatedTerms> {
    return this.search.relatedTerms(query.q);
  }
}
