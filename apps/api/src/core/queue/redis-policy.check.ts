import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { Redis } from 'ioredis';
import { AppConfig } from '../config/app-config.js';

/** BullMQ loses jobs when Redis evicts keys: warn at start unless `maxmemory-policy` is `noeviction`. */
@Injectable()
export class RedisPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger('Redis');

  constructor(private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const client = new Redis(this.config.services.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      const reply = (await client.config('GET', 'maxmemory-policy')) as string[];
      const policy = reply[1];
      if (policy !== 'noeviction') {
        this.logger.warn(`Redis maxmemory-policy is "${policy}"; set it to "noeviction" or queued jobs can be evicted and lost`);
      }
    } catch (error) {
      this.logger.warn(`could not read Redis maxmemory-policy (${(error as Error).message}); make sure it is "noeviction"`);
    } finally {
      client.disconnect();
    }
  }
}
