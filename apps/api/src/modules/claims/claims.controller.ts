import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import {
  ClaimAdminPageSchema,
  ClaimAdminQuerySchema,
  ClaimAdminViewSchema,
  ClaimFieldsSchema,
  ClaimFiledSchema,
  ClaimRejectRequestSchema,
  QUALIFICATION_FILE_MAX_BYTES,
  type ClaimAdminPage,
  type ClaimAdminView,
  type ClaimFiled,
} from '@mcf/contracts';
import { FILE_KIND_MEDIA_TYPES } from '@mcf/domain';
import type { z } from 'zod';
import { AdminOnly, Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, ClientIp, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import {
  ApiProblemResponses,
  ApiZodBody,
  ApiZodResponse,
  openApiSchemaOf,
} from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { IpRateLimited } from '../auth/ip-rate-limit.guard.js';
import { ClaimsService, type UploadedLicence } from './claims.service.js';

const claimFieldsPipe = new ZodValidationPipe(ClaimFieldsSchema);

@ApiTags('auth')
@Controller('api/v1/auth/claims')
export class ClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Public()
  @Post()
  @HttpCode(202)
  @IpRateLimited('claim')
  @UseInterceptors(
    FileInterceptor('licence', {
      defParamCharset: 'utf8',
      limits: { fileSize: QUALIFICATION_FILE_MAX_BYTES, files: 1, fields: 10 },
    }),
  )
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['licence', 'creditCode', 'name', 'email', 'password'],
      properties: {
        licence: {
          type: 'string',
          format: 'binary',
          description: 'the business licence (营业执照): PDF, PNG or JPEG (by content), at most 10 MB',
        },
        ...((openApiSchemaOf(ClaimFieldsSchema, 'input').properties ?? {}) as object),
      },
    },
  })
  @ApiOperation({
    summary:
      '认领机构 · Claim an organisation that was imported or loaded as demo data and has no member yet',
    description:
      'Registration answers 409 CREDIT_CODE_TAKEN with `claimable: true` for such a code. The claim waits for an administrator; on approval the claimant signs in as its owner.',
  })
  @ApiZodResponse(202, 'the claim, waiting for review', ClaimFiledSchema)
  @ApiProblemResponses(400, 409, 413, 415, 429)
  file(
    @Body(claimFieldsPipe) fields: z.output<typeof ClaimFieldsSchema>,
    @UploadedFile() licence: UploadedLicence | undefined,
    @ClientIp() ip: string | null,
  ): Promise<ClaimFiled> {
    return this.claims.file(fields, licence, ip);
  }
}

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/claims')
export class AdminClaimsController {
  constructor(private readonly claims: ClaimsService) {}

  @Get()
  @ApiOperation({ summary: '认领审核 · Claims of organisations: pending first, oldest first' })
  @ApiQuery({ name: 'status', required: false, enum: ['PENDING', 'APPROVED', 'REJECTED'] })
  @ApiQuery({ name: 'page', required: false })
  @ApiQuery({ name: 'pageSize', required: false })
  @ApiZodResponse(200, 'a page of claims', ClaimAdminPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(
    @Query(new ZodValidationPipe(ClaimAdminQuerySchema, 'query'))
    query: z.output<typeof ClaimAdminQuerySchema>,
  ): Promise<ClaimAdminPage> {
    return this.claims.page(query);
  }

  @Get(':id/licence')
  @ApiOperation({ summary: '下载营业执照 · The business-licence scan of a claim' })
  @ApiProblemResponses(401, 403, 404)
  async licence(@Param('id', idParam) id: string): Promise<StreamableFile> {
    const { claim, stream } = await this.claims.licence(id);
    return new StreamableFile(stream as never, {
      type: FILE_KIND_MEDIA_TYPES[claim.licenceKind],
      length: claim.licenceSize,
      disposition: `attachment; filename="licence"; filename*=UTF-8''${encodeURIComponent(claim.licenceName)}`,
    });
  }

  @Post(':id/approve')
  @HttpCode(200)
  @ApiOperation({
    summary: '通过认领 · Approve: the claimant becomes the owner of the organisation and can sign in',
  })
  @ApiZodResponse(200, 'the claim, APPROVED', ClaimAdminViewSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  approve(@CurrentActor() actor: Actor, @Param('id', idParam) id: string): Promise<ClaimAdminView> {
    return this.claims.approve(actor, id);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @ApiOperation({ summary: '驳回认领 · Reject, with the reason told to the claimant' })
  @ApiZodBody(ClaimRejectRequestSchema)
  @ApiZodResponse(200, 'the claim, REJECTED', ClaimAdminViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 409)
  reject(
    @CurrentActor() actor: Actor,
    @Param('id', idParam) id: string,
    @Body(new ZodValidationPipe(ClaimRejectRequestSchema)) body: z.output<typeof ClaimRejectRequestSchema>,
  ): Promise<ClaimAdminView> {
    return this.claims.reject(actor, id, body.reason);
  }
}
