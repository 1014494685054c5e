import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { AdminProjectsController, MyProjectsController, ProjectsController } from './projects.controller.js';
import { ProjectsRepository } from './projects.repository.js';
import { ProjectsService } from './projects.service.js';

/** 重点项目库: key projects, owners' progress reports and their review (中期考核, 后评估). */
@Module({
  imports: [AccountsModule, AuditModule],
  controllers: [ProjectsController, MyProjectsController, AdminProjectsController],
  providers: [ProjectsService, ProjectsRepository],
  exports: [ProjectsService],
})
export class ProjectsModule {}
