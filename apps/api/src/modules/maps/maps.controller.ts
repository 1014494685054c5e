import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  MAP_LAYER_KEYS,
  MapLayerKeySchema,
  MapLayerListSchema,
  MapLayerQuerySchema,
  MapLayerViewSchema,
  RoadmapQuerySchema,
  RoadmapViewSchema,
  type MapLayerList,
  type MapLayerQuery,
  type MapLayerView,
  type RoadmapQuery,
  type RoadmapView,
} from '@mcf/contracts';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { ApiProblemResponses, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { MapsService } from './maps.service.js';

@ApiTags('maps')
@Public()
@Controller('api/v1/maps')
export class MapsController {
  constructor(private readonly maps: MapsService) {}

  @Get('layers')
  @ApiOperation({ summary: '地图图层 · The layers of the 招商地图 / 人才地图 and what each breaks its counts down by' })
  @ApiZodResponse(200, 'the layers', MapLayerListSchema)
  layers(): MapLayerList {
    return this.maps.layerList();
  }

  @Get('layers/:layer')
  @ApiOperation({
    summary:
      '地图图层计数 · Public listings of one layer counted per county of 咸宁市 (zero-filled), optionally of one sector; counts only: verified firms with a published profile, demands open to answers whose summary is public, the key projects of the library (by stage), the bases and parks of the registry (in each county they name)',
  })
  @ApiParam({ name: 'layer', enum: MAP_LAYER_KEYS })
  @ApiZodQuery(MapLayerQuerySchema)
  @ApiZodResponse(200, 'the counts', MapLayerViewSchema)
  @ApiProblemResponses(400, 404)
  layer(
    @Param('layer') layer: string,
    @Query(new ZodValidationPipe(MapLayerQuerySchema, 'query')) query: MapLayerQuery,
  ): Promise<MapLayerView> {
    const parsed = MapLayerKeySchema.safeParse(layer);
    if (!parsed.success) throw CommonErrors.notFound();
    return this.maps.layer(parsed.data, query.sector ?? null);
  }

  @Get('roadmap')
  @ApiOperation({
    summary:
      '技术路线图 · One sector’s public listings (demands: title, region, publication and deadline) by the quarter they start in (China time), oldest first',
  })
  @ApiZodQuery(RoadmapQuerySchema)
  @ApiZodResponse(200, 'the roadmap', RoadmapViewSchema)
  @ApiProblemResponses(400)
  roadmap(@Query(new ZodValidationPipe(RoadmapQuerySchema, 'query')) query: RoadmapQuery): Promise<RoadmapView> {
    return this.maps.roadmap(query.sector);
  }
}
