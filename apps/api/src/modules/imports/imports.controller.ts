import { Controller, Get, Header, HttpCode, HttpStatus, Param, Post, Query, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ImportQuerySchema, ImportReportSchema, ImportRunSchema, type ImportReport, type ImportRun } from '@mcf/contracts';
import type { Response } from 'express';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { AppError } from '../../core/http/app-error.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { ImportsService } from './imports.service.js';

const fileMissing = () =>
  new AppError(400, 'VALIDATION_FAILED', { en: 'The request is not valid', zh: '请求内容不合法' }, {
    errors: [{ field: 'file', code: 'FILE_REQUIRED', message: 'Attach the CSV or JSON file', messageZh: '请选择要导入的 CSV 或 JSON 文件' }],
  });

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('template')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', `attachment; filename="enterprise-import-template.csv"; filename*=UTF-8''${encodeURIComponent('企业导入模板.csv')}`)
  @ApiOperation({ summary: '导入模板 · The CSV template (UTF-8 with BOM, opens in Excel)' })
  @ApiProduces('text/csv')
  @ApiProblemResponses(401, 403)
  template(): string {
    return this.imports.template();
  }

  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: 10 * 1024 * 1024, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'CSV (the template) or JSON' } } } })
  @ApiQuery({ name: 'dryRun', required: false, enum: ['true', 'false'], description: 'true (the default): report every bad row and write nothing' })
  @ApiOperation({ summary: '批量导入企业 · Import a list of enterprises: a dry run by default; a real run imports in the background' })
  @ApiZodResponse(200, 'the dry-run report', ImportReportSchema)
  @ApiZodResponse(202, 'the import run, started', ImportRunSchema)
  @ApiProblemResponses(400, 401, 403, 413, 415)
  async start(
    @CurrentActor() actor: Actor,
    @Query(new ZodValidationPipe(ImportQuerySchema, 'query')) query: z.output<typeof ImportQuerySchema>,
    @UploadedFile() file: { buffer: Buffer } | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ImportReport | ImportRun> {
    if (!file) throw fileMissing();
    if (query.dryRun === 'true') return this.imports.dryRun(file.buffer);
    response.status(HttpStatus.ACCEPTED);
    return this.imports.start(actor, file.buffer);
  }

  @Get(':id')
  @ApiOperation({ summary: '导入进度 · Progress of an import run' })
  @ApiZodResponse(200, 'the run', ImportRunSchema)
  @ApiProblemResponses(401, 403, 404)
  progress(@Param('id', idParam) id: string): Promise<ImportRun> {
    return this.imports.progress(id);
  }
}
