import { Controller, Get, Param } from '@nestjs/common';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import {
  CreditCodeCheckSchema,
  QualificationTypeListSchema,
  RegionListSchema,
  SectorListSchema,
  type CreditCodeCheck,
  type QualificationTypeList,
  type RegionList,
  type SectorList,
} from '@mcf/contracts';
import { ApiProblemResponses, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ReferenceService } from './reference.service.js';

@ApiTags('reference')
@Public()
@Controller('api/v1/reference')
export class ReferenceController {
  constructor(private readonly reference: ReferenceService) {}

  @Get('sectors')
  @ApiOperation({ summary: '行业领域代码 · Sector codes' })
  @ApiZodResponse(200, 'every sector with its Chinese and English name', SectorListSchema)
  sectors(): SectorList {
    return this.reference.sectors();
  }

  @Get('qualification-types')
  @ApiOperation({ summary: '资质类型代码 · Qualification type codes' })
  @ApiZodResponse(200, 'every qualification type', QualificationTypeListSchema)
  qualificationTypes(): QualificationTypeList {
    return this.reference.qualificationTypes();
  }

  @Get('regions')
  @ApiOperation({ summary: '行政区划代码 (GB/T 2260) · Region codes' })
  @ApiZodResponse(200, 'Xianning districts and the provinces', RegionListSchema)
  regions(): RegionList {
    return this.reference.regions();
  }

  @Get('credit-codes/:code')
  @ApiOperation({ summary: '校验统一社会信用代码 · Check a unified social credit code (GB 32100-2015)' })
  @ApiParam({ name: 'code', description: '18-character unified social credit code' })
  @ApiZodResponse(200, 'the code is valid', CreditCodeCheckSchema)
  @ApiProblemResponses(422)
  checkCreditCode(@Param('code') code: string): CreditCodeCheck {
    return this.reference.checkCreditCode(code);
  }
}
