import { Controller, Get, Query, Req } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  OcdsReleasePackageSchema,
  OcdsReleaseQuerySchema,
  PublicAwardPageSchema,
  PublicAwardQuerySchema,
  type OcdsReleasePackage,
  type OcdsReleaseQuery,
  type PublicAwardPage,
  type PublicAwardQuery,
} from '@mcf/contracts';
import type { Request } from 'express';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { ApiProblemResponses, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { OpenDataService } from './open-data.service.js';

@ApiTags('open-data')
@Public()
@Controller('api/v1/open-data')
export class OpenDataController {
  constructor(private readonly openData: OpenDataService) {}

  @Get('ocds/releases')
  @ApiOperation({
    summary:
      '开放数据（OCDS） · Published demands and awards as an OCDS 1.1 release package, newest first, paginated (follow links.next: `?after=<last tender id>`, as fast deep as on the first page; `?page=` still works); no private fields. A package holds at least one release, so a page without any answers 404 NO_RELEASES',
  })
  @ApiZodQuery(OcdsReleaseQuerySchema)
  @ApiZodResponse(200, 'a release package', OcdsReleasePackageSchema)
  @ApiProblemResponses(400, 404)
  releases(
    @Query(new ZodValidationPipe(OcdsReleaseQuerySchema, 'query')) query: OcdsReleaseQuery,
    @Req() request: Request,
  ): Promise<OcdsReleasePackage> {
    return this.openData.releases(query, `${request.protocol}://${request.get('host') ?? 'localhost'}`);
  }

  @Get('awards')
  @ApiOperation({ summary: '中标公示 · Awards, newest first' })
  @ApiZodQuery(PublicAwardQuerySchema)
  @ApiZodResponse(200, 'a page of awards', PublicAwardPageSchema)
  @ApiProblemResponses(400)
  awards(
    @Query(new ZodValidationPipe(PublicAwardQuerySchema, 'query')) query: PublicAwardQuery,
  ): Promise<PublicAwardPage> {
    return this.openData.awards(query.page, query.pageSize);
  }
}
