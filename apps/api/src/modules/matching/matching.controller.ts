import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  DemandMatchesSchema,
  EnterpriseMatchesSchema,
  type DemandMatches,
  type EnterpriseMatches,
} from '@mcf/contracts';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { MatchingService } from './matching.service.js';

@ApiTags('matching')
@ApiBearerAuth()
@Controller('api/v1')
export class MatchingController {
  constructor(private readonly matching: MatchingService) {}

  @Get('demands/:id/matches')
  @ApiOperation({
    summary:
      '需求匹配结果 · Eligible suppliers for a demand, best first, each with its explanation (the demand owner and admins)',
  })
  @ApiZodResponse(200, 'PENDING while matching runs, then READY with the ranked list', DemandMatchesSchema)
  @ApiProblemResponses(401, 403, 404)
  demandMatches(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<DemandMatches> {
    return this.matching.demandMatches(actor, id);
  }

  @Get('enterprises/:orgId/matches')
  @ApiOperation({
    summary:
      '为您推荐的需求 · Open demands the firm matches, and those it nearly matches with what is missing (that firm only)',
  })
  @ApiZodResponse(200, 'matched and nearly matched demands', EnterpriseMatchesSchema)
  @ApiProblemResponses(401, 404)
  enterpriseMatches(
    @CurrentActor() actor: Actor,
    @Param('orgId', idParam) orgId: string,
  ): Promise<EnterpriseMatches> {
    return this.matching.enterpriseMatches(actor, orgId);
  }
}
