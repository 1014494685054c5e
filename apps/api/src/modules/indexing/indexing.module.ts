import { Module } from '@nestjs/common';
import { eventSubscriptions } from '../../core/events/event-subscription.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { IndexingJobs } from './indexing.jobs.js';
import { IndexingService } from './indexing.service.js';
import { INDEXING_SUBSCRIPTIONS } from './indexing.subscriptions.js';

/** Search indexing: handlers everywhere (the start-up check sees them); the worker comes with the process's workers. */
@Module({
  imports: [AccountsModule, DemandsModule, EnterprisesModule],
  providers: [IndexingService, IndexingJobs, eventSubscriptions('indexing', INDEXING_SUBSCRIPTIONS)],
  exports: [IndexingService],
})
export class IndexingModule {}
