import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { MatchFeaturesService } from './match-features.service.js';

/**
 * A process that runs matching jobs loads every firm's features when it starts, so the first demands of a
 * burst do not wait for it (at 10⁵ firms the load takes seconds). In the background: the worker takes jobs
 * meanwhile, and a job that needs the features waits for the same load.
 */
@Injectable()
export class MatchingWarmUp implements OnApplicationBootstrap {
  private readonly logger = new Logger('MatchingWarmUp');

  constructor(private readonly featureStore: MatchFeaturesService) {}

  onApplicationBootstrap(): void {
    this.featureStore.warm().catch((error: unknown) => {
      this.logger.warn(`features not loaded at start (loaded on the first demand instead): ${String(error)}`);
    });
  }
}
