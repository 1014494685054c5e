import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsProcessor } from './alerts.processor.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import { ItemIndexCatchUp } from './item-index.catch-up.js';
import { AlertCheckJob } from './jobs/alert-check.job.js';
import { SavedSearchDigestJob } from './jobs/saved-search-digest.job.js';
import { SavedSearchMatcher } from './saved-search.matcher.js';

/** Saved searches and alerts: handlers everywhere (the start-up check sees them), the worker where workers run. */
@Module({})
export class AlertsModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    return {
      module: AlertsModule,
      imports: [AccountsModule, NotificationsModule],
      controllers: [AlertsController],
      providers: [
        AlertsService,
        AlertsRepository,
        SavedSearchMatcher,
        ItemIndexCatchUp,
        AlertCheckJob,
        SavedSearchDigestJob,
        ...(runsWorkers ? [AlertsProcessor] : []),
      ],
    };
  }
}
