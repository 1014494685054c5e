import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  DEMONSTRATION_LEVELS,
  PARK_KINDS,
  SECTOR_CODES,
} from '@mcf/domain';
import {
  ParkChangesSchema,
  ParkDetailSchema,
  ParkFieldsSchema,
  ParkPageSchema,
  ParkQuerySchema,
  type ParkDetail,
  type ParkPage,
} from '@mcf/contracts';
import type { z } from 'zod';
import { AdminOnly, Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { ParksService } from './parks.service.js';

@ApiTags('parks')
@Controller('api/v1/parks')
export class ParksController {
  constructor(private readonly parks: ParksService) {}

  @Public()
  @Get()
  @ApiOperation({ summary: '基地园区名录 · Bases, zones, points, parks and innovation platforms (“两基地、三区、多点”)' })
  @ApiQuery({ name: 'q', required: false })
  @ApiQuery({ name: 'kind', required: false, enum: PARK_KINDS })
  @ApiQuery({ name: 'regionCode', required: false })
  @ApiQuery({ name: 'sector', required: false, enum: SECTOR_CODES })
  @ApiQuery({ name: 'mcfDemonstrationLevel', required: false, enum: DEMONSTRATION_LEVELS })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiZodResponse(200, 'a page of the registry', ParkPageSchema)
  @ApiProblemResponses(400)
  list(@Query(new ZodValidationPipe(ParkQuerySchema, 'query')) query: z.output<typeof ParkQuerySchema>): Promise<ParkPage> {
    return this.parks.page(query);
  }

  @Public()
  @Get(':id')
  @ApiOperation({ summary: '基地园区详情 · One entry with the verified firms that name it' })
  @ApiZodResponse(200, 'the entry', ParkDetailSchema)
  @ApiProblemResponses(404)
  detail(@Param('id', idParam) id: string): Promise<ParkDetail> {
    return this.parks.detail(id);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/parks')
export class AdminParksController {
  constructor(private readonly parks: ParksService) {}

  @Post()
  @ApiOperation({ summary: '新增基地园区 · Add an entry to the registry (audited)' })
  @ApiZodBody(ParkFieldsSchema)
  @ApiZodResponse(201, 'the entry', ParkDetailSchema)
  @ApiProblemResponses(400, 401, 403, 409)
  create(@CurrentActor() actor: Actor, @Body(new ZodValidationPipe(ParkFieldsSchema)) body: z.output<typeof ParkFieldsSchema>): Promise<ParkDetail> {
    return this.parks.create(actor, body);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改基地园区 · Edit an entry (audited; an edited demo entry stops being demo data)' })
  @ApiZodBody(ParkChangesSchema)
  @ApiZodResponse(200, 'the entry', ParkDetailSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ParkChangesSchema)) body: z.output<typeof ParkChangesSchema>,
  ): Promise<ParkDetail> {
    return this.parks.update(actor, id, body);
  }
}
