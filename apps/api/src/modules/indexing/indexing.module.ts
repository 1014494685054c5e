import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { IndexingJobs } from './indexing.jobs.js';
import { IndexingProcessor } from './indexing.processor.js';
import { IndexingService } from './indexing.service.js';

/** Search indexing: handlers everywhere (the start-up check sees them), the worker where workers run. */
@Module({})
export class IndexingModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    return {
      module: IndexingModule,
      imports: [AccountsModule, DemandsModule, EnterprisesModule],
      providers: [IndexingService, IndexingJobs, ...(runsWorkers ? [IndexingProcessor] : [])],
      exports: [IndexingService],
    };
  }
}
