import { type DynamicModule, Module } from '@nestjs/common';
import { AlertsProcessor } from './modules/alerts/alerts.processor.js';
import { ImportsProcessor } from './modules/imports/imports.processor.js';
import { IndexingProcessor } from './modules/indexing/indexing.processor.js';
import { MaintenanceProcessor } from './modules/maintenance/maintenance.processor.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { MatchingProcessor } from './modules/matching/matching.processor.js';
import { MatchingWarmUp } from './modules/matching/matching.warm-up.js';
import { NotificationsProcessor } from './modules/notifications/notifications.processor.js';

/**
 * The BullMQ workers of the process's role: one per queue where workers run, none in an API-only process.
 * Feature modules register their job handlers and event subscriptions in every role (the start-up checks
 * see them) and stay static; only this module depends on the role.
 */
@Module({})
export class WorkersModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    if (!runsWorkers) return { module: WorkersModule };
    return {
      module: WorkersModule,
      imports: [MatchingModule],
      providers: [
        MaintenanceProcessor,
        ImportsProcessor,
        IndexingProcessor,
        MatchingProcessor,
        NotificationsProcessor,
        AlertsProcessor,
        // A process that runs matching jobs loads the firms' features when it starts.
        MatchingWarmUp,
      ],
    };
  }
}
