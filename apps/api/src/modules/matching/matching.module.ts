import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { VocabularyModule } from '../vocabulary/vocabulary.module.js';
import { MatchFeaturesRepository } from './match-features.repository.js';
import { MatchFeaturesService } from './match-features.service.js';
import { MatchesRepository } from './matches.repository.js';
import { MatchingController } from './matching.controller.js';
import { MatchingJobs } from './matching.jobs.js';
import { MatchingProcessor } from './matching.processor.js';
import { MatchingService } from './matching.service.js';
import { MatchingWarmUp } from './matching.warm-up.js';

@Module({})
export class MatchingModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    return {
      module: MatchingModule,
      imports: [AccountsModule, DemandsModule, EnterprisesModule, NotificationsModule, VocabularyModule],
      controllers: [MatchingController],
      providers: [
        MatchingService,
        MatchesRepository,
        MatchFeaturesRepository,
        MatchFeaturesService,
        MatchingJobs,
        ...(runsWorkers ? [MatchingProcessor, MatchingWarmUp] : []),
      ],
      exports: [MatchingService, MatchFeaturesService],
    };
  }
}
