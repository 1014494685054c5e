import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { JobPageSchema, JobQuerySchema, JobScheduleListSchema, type JobPage, type JobQuery, type JobScheduleList } from '@mcf/contracts';
import { z } from 'zod';
import { AdminOnly } from '../../core/auth/access-policy.decorators.js';
import { type Actor, CurrentActor } from '../../core/auth/actor.js';
import { ApiProblemResponses, ApiZodQuery, ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { ZodValidationPipe } from '../../core/http/zod-validation.pipe.js';
import { JobsService } from './jobs.service.js';

const jobIdPipe = new ZodValidationPipe(z.string().regex(/^[A-Za-z0-9._-]{1,200}$/), 'path');

@ApiTags('admin')
@ApiBearerAuth()
@AdminOnly()
@Controller('api/v1/admin/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({ summary: '后台任务 · Background jobs by state (failed by default), with their errors' })
  @ApiZodQuery(JobQuerySchema)
  @ApiZodResponse(200, 'a page of jobs', JobPageSchema)
  @ApiProblemResponses(400, 401, 403)
  list(@Query(new ZodValidationPipe(JobQuerySchema, 'query')) query: JobQuery): Promise<JobPage> {
    return this.jobs.list(query);
  }

  @Get('schedules')
  @ApiOperation({ summary: '定时任务 · Scheduled (repeatable) jobs: their schedule and next run' })
  @ApiZodResponse(200, 'the scheduled jobs of every queue', JobScheduleListSchema)
  @ApiProblemResponses(401, 403)
  schedules(): Promise<JobScheduleList> {
    return this.jobs.schedules();
  }

  @Post(':queue/:id/retry')
  @HttpCode(204)
  @ApiOperation({ summary: '重试任务 · Retry a failed job (audited)' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  async retry(
    @CurrentActor() actor: Actor,
    @Param('queue', jobIdPipe) queue: string,
    @Param('id', jobIdPipe) id: string,
  ): Promise<void> {
    await this.jobs.retry(actor, queue, id);
  }

  @Delete(':queue/:id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除失败任务 · Remove a failed job that will not be retried (audited)' })
  @ApiProblemResponses(400, 401, 403, 404, 409)
  async remove(
    @CurrentActor() actor: Actor,
    @Param('queue', jobIdPipe) queue: string,
    @Param('id', jobIdPipe) id: string,
  ): Promise<void> {
    await this.jobs.remove(actor, queue, id);
  }
}
