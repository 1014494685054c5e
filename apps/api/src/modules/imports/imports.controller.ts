import { Controller, Get, HttpCode, HttpStatus, Param, Post, Query, Res, StreamableFile, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  IMPORT_FILE_MAX_BYTES,
  ImportQuerySchema,
  ImportReportSchema,
  ImportRunListQuerySchema,
  ImportRunPageSchema,
  ImportRunSchema,
  ImportTemplateQuerySchema,
  type ImportReport,
  type ImportRun,
  type ImportRunPage,
} from '@mcf/contracts';
import type { Response } from 'express';
import type { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { ImportErrors } from './imports.errors.js';
import { ImportsService } from './imports.service.js';

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Get('template')
  @ApiOperation({ summary: '导入模板 · The template: header row and one example row, as CSV (UTF-8 with BOM) or XLSX (with an instructions sheet)' })
  @ApiZodQuery(ImportTemplateQuerySchema)
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiProblemResponses(400, 401, 403)
  template(@Query(new ZodValidationPipe(ImportTemplateQuerySchema, 'query')) query: z.output<typeof ImportTemplateQuerySchema>): StreamableFile {
    const template = this.imports.template(query.format);
    return new StreamableFile(template.content, {
      type: template.contentType,
      length: template.content.length,
      disposition: `attachment; filename="${template.fileName}"; filename*=UTF-8''${encodeURIComponent(template.fileNameZh)}`,
    });
  }

  @Get()
  @ApiOperation({ summary: '导入记录 · The import runs, newest first (find an unfinished one to follow or resume)' })
  @ApiZodQuery(ImportRunListQuerySchema)
  @ApiZodResponse(200, 'the runs', ImportRunPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(ImportRunListQuerySchema, 'query')) query: z.output<typeof ImportRunListQuerySchema>): Promise<ImportRunPage> {
    return this.imports.list(query.page, query.pageSize);
  }

  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: IMPORT_FILE_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'XLSX or CSV (the template), or JSON; recognised by content' } } },
  })
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
    if (!file) throw ImportErrors.fileMissing();
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

  @Post(':id/resume')
  @HttpCode(200)
  @ApiOperation({ summary: '继续导入 · Resume a run that stopped: it carries on from the next row, none is imported twice' })
  @ApiZodResponse(200, 'the run, queued again (or as it is, when its job is still waiting or running)', ImportRunSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  resume(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ImportRun> {
    return this.imports.resume(actor, id);
  }
}
