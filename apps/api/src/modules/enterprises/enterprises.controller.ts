import { Body, Controller, Get, HttpCode, Param, Post, Put, UploadedFile as UploadedFileParam, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  EnterprisePublicViewSchema,
  ProfileContentSchema,
  ProfileDraftViewSchema,
  QUALIFICATION_FILE_MAX_BYTES,
  QualificationListSchema,
  QualificationUploadFieldsSchema,
  QualificationViewSchema,
  type EnterprisePublicView,
  type ProfileDraftView,
  type QualificationList,
  type QualificationView,
} from '@mcf/contracts';
import type { z } from 'zod';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { idParam } from '../../core/http/id-param.pipe.js';
import { ApiProblemResponses, ApiZodBody, ApiZodResponse, openApiSchemaOf } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { EnterpriseProfilesService } from './enterprise-profiles.service.js';
import { QualificationsService, type UploadedFile } from './qualifications.service.js';

/** Multipart fields arrive as strings; an empty one means "not given". */
function withoutEmptyFields(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body ?? {}).filter(([, value]) => value !== ''));
}

const uploadFieldsPipe = {
  transform: (value: Record<string, unknown>) => new ZodValidationPipe(QualificationUploadFieldsSchema).transform(withoutEmptyFields(value)),
};

@ApiTags('enterprises')
@Controller('api/v1/enterprises')
export class EnterprisesController {
  constructor(
    private readonly profiles: EnterpriseProfilesService,
    private readonly qualifications: QualificationsService,
  ) {}

  @Public()
  @Get(':orgId')
  @ApiOperation({ summary: '企业能力档案（公开） · Public view of a published capability profile, with vetted certificates',
    description: 'The contact person and phone only for administrators, the firm itself and members of verified organisations (`contactWithheld` otherwise).',
  })
  @ApiZodResponse(200, 'the published profile', EnterprisePublicViewSchema)
  @ApiProblemResponses(404)
  publicView(@CurrentActor() actor: Actor | undefined, @Param('orgId', idParam) orgId: string): Promise<EnterprisePublicView> {
    return this.profiles.publicView(orgId, actor);
  }

  @Get(':orgId/profile')
  @ApiBearerAuth()
  @ApiOperation({ summary: '档案草稿 · The draft profile with its completeness (the firm and administrators)' })
  @ApiZodResponse(200, 'the draft', ProfileDraftViewSchema)
  @ApiProblemResponses(401, 404)
  draft(@CurrentActor() actor: Actor, @Param('orgId', idParam) orgId: string): Promise<ProfileDraftView> {
    return this.profiles.draft(actor, orgId);
  }

  @Put(':orgId/profile')
  @ApiBearerAuth()
  @ApiOperation({ summary: '保存档案草稿 · Save the draft profile (autosave); not public until published' })
  @ApiZodBody(ProfileContentSchema)
  @ApiZodResponse(200, 'the saved draft', ProfileDraftViewSchema)
  @ApiProblemResponses(400, 401, 403, 404)
  saveDraft(
    @CurrentActor() actor: Actor,
    @Param('orgId', idParam) orgId: string,
    @Body(new ZodValidationPipe(ProfileContentSchema)) body: z.output<typeof ProfileContentSchema>,
  ): Promise<ProfileDraftView> {
    return this.profiles.saveDraft(actor, orgId, body);
  }

  @Post(':orgId/profile/publish')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '发布档案 · Publish the draft: it becomes public and searchable; each version is kept' })
  @ApiZodResponse(200, 'the profile after publishing', ProfileDraftViewSchema)
  @ApiProblemResponses(401, 403, 404, 422)
  publish(@CurrentActor() actor: Actor, @Param('orgId', idParam) orgId: string): Promise<ProfileDraftView> {
    return this.profiles.publish(actor, orgId);
  }

  @Post(':orgId/profile/reconfirm')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: '确认档案仍然准确 · Reconfirm the published profile without changes: restarts the 365-day staleness clock' })
  @ApiZodResponse(200, 'the profile after reconfirming', ProfileDraftViewSchema)
  @ApiProblemResponses(401, 403, 404, 409)
  reconfirm(@CurrentActor() actor: Actor, @Param('orgId', idParam) orgId: string): Promise<ProfileDraftView> {
    return this.profiles.reconfirm(actor, orgId);
  }

  @Post(':orgId/qualifications')
  @ApiBearerAuth()
  @UseInterceptors(FileInterceptor('file', { defParamCharset: 'utf8', limits: { fileSize: QUALIFICATION_FILE_MAX_BYTES, files: 1, fields: 20 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file', 'type', 'certificateNo', 'issuer', 'issuedAt', 'expiresAt'],
      properties: { file: { type: 'string', format: 'binary', description: 'PDF, PNG or JPEG (by content), at most 10 MB' }, ...((openApiSchemaOf(QualificationUploadFieldsSchema, 'input').properties ?? {}) as object) },
    },
  })
  @ApiOperation({ summary: '上传资质证书 · Upload a qualification certificate with its scan; it waits for vetting' })
  @ApiZodResponse(201, 'the certificate, PENDING', QualificationViewSchema)
  @ApiProblemResponses(400, 401, 403, 404, 413, 415)
  upload(
    @CurrentActor() actor: Actor,
    @Param('orgId', idParam) orgId: string,
    @Body(uploadFieldsPipe) fields: z.output<typeof QualificationUploadFieldsSchema>,
    @UploadedFileParam() file: UploadedFile | undefined,
  ): Promise<QualificationView> {
    return this.qualifications.upload(actor, orgId, fields, file);
  }

  @Public()
  @Get(':orgId/qualifications')
  @ApiOperation({ summary: '资质证书列表 · Certificates: all for the firm and administrators, vetted ones for everyone else' })
  @ApiZodResponse(200, 'the certificates', QualificationListSchema)
  @ApiProblemResponses(404)
  async list(@CurrentActor() actor: Actor | undefined, @Param('orgId', idParam) orgId: string): Promise<QualificationList> {
    return { items: await this.qualifications.list(actor, orgId) };
  }
}
