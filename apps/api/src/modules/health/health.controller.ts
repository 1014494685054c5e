import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  type HealthIndicatorFunction,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import {
  HealthReportSchema,
  type HealthReport,
  type LivenessReport,
  LivenessReportSchema,
  WORKERS_CHECK,
} from '@mcf/contracts';
import { AppConfig } from '../../core/config/app-config.js';
import { ApiZodResponse } from '../../core/http/openapi.decorators.js';
import { WorkerSupervisor } from '../../core/queue/worker-supervisor.js';
import { SearchClient } from '../../core/search/search.client.js';
import { RedisProbe } from './redis.probe.js';

@ApiTags('system')
@Public()
@Controller('api/health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicator: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisProbe,
    private readonly search: SearchClient,
    private readonly workers: WorkerSupervisor,
    private readonly config: AppConfig,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary: '服务健康状况 · Health of PostgreSQL, Redis and Meilisearch (with ROLE=all, of the job workers too)',
    description:
      '200 when all are up, 503 otherwise; the body is the same shape. With ROLE=all, `workers` is up while every worker process it supervises is running (down while one starts or is being restarted).',
  })
  @ApiZodResponse(200, 'every service is up', HealthReportSchema)
  @ApiZodResponse(503, 'at least one service is down', HealthReportSchema)
  check(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const workers = this.config.get('ROLE') === 'all' ? [() => this.checkWorkers()] : [];
    return this.report(response, [...this.serviceChecks(), ...workers]);
  }

  @Get('live')
  @ApiOperation({
    summary: '存活 · Liveness: the process is up',
    description:
      'Always 200 while the process runs and its event loop answers; checks no service, so that a liveness probe restarts a hung process but never one whose database is briefly away (that is readiness).',
  })
  @ApiZodResponse(200, 'the process is up', LivenessReportSchema)
  live(): LivenessReport {
    return { status: 'ok', uptimeSeconds: Math.floor(process.uptime()) };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({
    summary: '就绪 · Readiness: PostgreSQL, Redis and Meilisearch reachable',
    description:
      '200 when this process can serve requests (every service it needs answers), 503 otherwise, with the same report as `/api/health` (without `workers`: jobs wait in Redis while worker processes restart).',
  })
  @ApiZodResponse(200, 'ready to serve', HealthReportSchema)
  @ApiZodResponse(503, 'a service is unreachable', HealthReportSchema)
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    return this.report(response, this.serviceChecks());
  }

  private async report(response: Response, checks: HealthIndicatorFunction[]): Promise<HealthReport> {
    try {
      return (await this.health.check(checks)) as HealthReport;
    } catch (error) {
      // Terminus throws its 503 with the report: answer the report itself, as documented, not a problem+json.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthReport;
    }
  }

  /** What serving a request needs: PostgreSQL, Redis and Meilisearch. */
  private serviceChecks(): HealthIndicatorFunction[] {
    return [
      () => this.database.pingCheck('database', { timeout: 2000 }),
      async () => {
        const session = this.indicator.check('redis');
        return (await this.redis.ping()) ? session.up() : session.down({ message: 'no PONG from Redis' });
      },
      async () => {
        const session = this.indicator.check('meilisearch');
        return (await this.search.isHealthy()) ? session.up() : session.down({ message: 'Meilisearch unavailable' });
      },
    ];
  }

  /** ROLE=all answers for its jobs too: run in this process, or in the worker processes it supervises. */
  private checkWorkers() {
    const session = this.indicator.check(WORKERS_CHECK);
    if (!this.workers.supervises) return session.up({ message: 'jobs run in this process (WORKER_PROCESSES=0)' });
    const { wanted, ready, restarts, lastExit } = this.workers.status();
    const summary = `${ready} of ${wanted} worker process(es) running, ${restarts} restart(s)${lastExit ? `, last exit: ${lastExit}` : ''}`;
    return ready === wanted ? session.up({ message: summary }) : session.down({ message: summary });
  }
}
