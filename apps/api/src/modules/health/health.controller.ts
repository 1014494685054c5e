import { Controller, Get } from '@nestjs/common';
import { Public } from '../../core/auth/access-policy.decorators.js';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { HealthReportSchema, type HealthReport } from '@mcf/contracts';
import { ApiZodResponse } from '../../core/http/openapi.decorators.js';
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
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({ summary: '服务健康状况 · Health of PostgreSQL, Redis and Meilisearch', description: '200 when all are up, 503 otherwise; the body is the same shape.' })
  @ApiZodResponse(200, 'every service is up', HealthReportSchema)
  @ApiZodResponse(503, 'at least one service is down', HealthReportSchema)
  check(): Promise<HealthReport> {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      async () => {
        const session = this.indicator.check('redis');
        return (await this.redis.ping()) ? session.up() : session.down({ message: 'no PONG from Redis' });
      },
      async () => {
        const session = this.indicator.check('meilisearch');
        return (await this.search.isHealthy()) ? session.up() : session.down({ message: 'Meilisearch unavailable' });
      },
    ]) as Promise<HealthReport>;
  }
}
