import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { IndexingModule } from '../indexing/indexing.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AlertsController } from './alerts.controller.js';
import { AlertsRepository } from './alerts.repository.js';
import { AlertsService } from './alerts.service.js';
import { ALERTS_SUBSCRIPTIONS } from './alerts.subscriptions.js';
import { ItemIndexCatchUp } from './item-index.catch-up.js';
import { AlertCheckJob } from './jobs/alert-check.job.js';
import { SavedSearchDigestJob } from './jobs/saved-search-digest.job.js';
import { SavedSearchMatcher } from './saved-search.matcher.js';

/** Saved searches and alerts: handlers everywhere (the start-up check sees them); the worker comes with the process's workers. */
@Module({
  imports: [AccountsModule, IndexingModule, NotificationsModule],
  controllers: [AlertsController],
  providers: [
    AlertsService,
    AlertsRepository,
    SavedSearchMatcher,
    ItemIndexCatchUp,
    AlertCheckJob,
    SavedSearchDigestJob,
    eventSubscriptions('alerts', ALERTS_SUBSCRIPTIONS),
  ],
})
export class AlertsModule {}
