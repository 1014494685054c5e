import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemandsModule } from '../demands/demands.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { ProjectsModule } from '../projects/projects.module.js';
import { ResponsesModule } from '../responses/responses.module.js';
import { DemoDataService } from './demo-data.service.js';
import { ParksModule } from '../parks/parks.module.js';
import { PlanProgressModule } from '../plan-progress/plan-progress.module.js';

@Module({
  imports: [AccountsModule, EnterprisesModule, DemandsModule, MatchingModule, ParksModule, PlanProgressModule, ProjectsModule, ResponsesModule],
  providers: [DemoDataService],
  exports: [DemoDataService],
})
export class DemoDataModule {}
