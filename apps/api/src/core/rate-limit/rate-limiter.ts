import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

export interface RateLimitDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

/**
 * Fixed one-minute windows counted in Redis, so that every API replica shares them. `hit` counts an
 * attempt; `isOver` only reads (used to refuse before the attempt is even checked).
 */
@Injectable()
export class RateLimiter implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly prefix: string;

  constructor(config: AppConfig) {
    this.redis = new Redis(config.services.redisUrl, { maxRetriesPerRequest: 2 });
    this.redis.on('error', () => undefined);
    this.prefix = `${config.queuePrefix}:rate:`;
  }

  async hit(key: string, limit: number, windowSeconds = 60): Promise<RateLimitDecision> {
    const full = this.prefix + key;
    const [[, count], [, ttl]] = (await this.redis.multi().incr(full).ttl(full).exec()) as [[null, number], [null, number]];
    if (ttl < 0) await this.redis.expire(full, windowSeconds);
    return { allowed: count <= limit, retryAfterSeconds: ttl > 0 ? ttl : windowSeconds };
  }

  async isOver(key: string, limit: number): Promise<RateLimitDecision> {
    const full = this.prefix + key;
    const [[, count], [, ttl]] = (await this.redis.multi().get(full).ttl(full).exec()) as [[null, string | null], [null, number]];
    return { allowed: Number(count ?? 0) < limit, retryAfterSeconds: ttl > 0 ? ttl : 60 };
  }

  async reset(key: string): Promise<void> {
    await this.redis.del(this.prefix + key);
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }
}
