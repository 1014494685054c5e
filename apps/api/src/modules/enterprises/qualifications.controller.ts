import { Body, Controller, Get, Param, Patch, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { QualificationEditSchema, QualificationViewSchema, type QualificationView } from '@mcf/contracts';
import { FILE_KIND_MEDIA_TYPES } from '@mcf/domain';
import type { z } from 'zod';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { QualificationsService } from './qualifications.service.js';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('api/v1/qualifications')
export class QualificationsController {
  constructor(private readonly qualifications: QualificationsService) {}

  @Patch(':id')
  @ApiOperation({ summary: '修改资质证书 · Edit a certificate; an approved one returns to PENDING for vetting' })
  @ApiZodBody(QualificationEditSchema)
  @ApiZodResponse(200, 'the certificate after the edit', QualificationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  edit(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(QualificationEditSchema)) body: z.output<typeof QualificationEditSchema>,
  ): Promise<QualificationView> {
    return this.qualifications.edit(actor, id, body);
  }

  @Get(':id/file')
  @ApiOperation({ summary: '下载证书扫描件 · Download the scan (the owning firm and administrators only)' })
  @ApiProduces('application/pdf', 'image/png', 'image/jpeg')
  @ApiProblemResponses(401, 404)
  async file(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<StreamableFile> {
    const { qualification, stream } = await this.qualifications.file(actor, id);
    return new StreamableFile(stream as never, {
      type: FILE_KIND_MEDIA_TYPES[qualification.fileKind],
      length: qualification.fileSize,
      disposition: `attachment; filename="certificate"; filename*=UTF-8''${encodeURIComponent(qualification.fileName)}`,
    });
  }
}
