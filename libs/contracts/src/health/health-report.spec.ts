import { describe, expect, it } from 'vitest';
import { HealthReportSchema, MONITORED_SERVICES } from './health-report.js';

describe('HealthReportSchema', () => {
  it('accepts what @nestjs/terminus answers when every service is up', () => {
    const report = {
      status: 'ok',
      info: { database: { status: 'up', responseTime: 3 }, redis: { status: 'up' }, meilisearch: { status: 'up' } },
      error: {},
      details: { database: { status: 'up', responseTime: 3 }, redis: { status: 'up' }, meilisearch: { status: 'up' } },
    };
    expect(HealthReportSchema.parse(report).details.database?.status).toBe('up');
  });

  it('accepts the 503 body with a down service and its message', () => {
    const parsed = HealthReportSchema.parse({
      status: 'error',
      error: { redis: { status: 'down', message: 'no PONG from Redis' } },
      details: { database: { status: 'up' }, redis: { status: 'down', message: 'no PONG from Redis' }, meilisearch: { status: 'up' } },
    });
    expect(parsed.details.redis).toEqual({ status: 'down', message: 'no PONG from Redis' });
  });

  it('rejects a status outside up/down', () => {
    expect(HealthReportSchema.safeParse({ status: 'ok', details: { redis: { status: 'maybe' } } }).success).toBe(false);
  });

  it('monitors exactly the three backing services', () => {
    expect(MONITORED_SERVICES).toEqual(['database', 'redis', 'meilisearch']);
  });
});
