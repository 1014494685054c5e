import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { AdminHiddenChampionsController, AdminPlanProgressController, FinancialReportsController } from './plan-progress.controller.js';
import { PlanProgressRepository } from './plan-progress.repository.js';
import { PlanProgressService } from './plan-progress.service.js';

@Module({
  imports: [AccountsModule, AuditModule, ParksModule],
  controllers: [AdminPlanProgressController, AdminHiddenChampionsController, FinancialReportsController],
  providers: [PlanProgressRepository, PlanProgressService],
  exports: [PlanProgressService],
})
export class PlanProgressModule {}
