import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { EnterprisesModule } from '../enterprises/enterprises.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportsProcessor } from './imports.processor.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsService } from './imports.service.js';

@Module({})
export class ImportsModule {
  static forRole(runsWorkers: boolean): DynamicModule {
    return {
      module: ImportsModule,
      imports: [AccountsModule, AuditModule, EnterprisesModule],
      controllers: [ImportsController],
      providers: [ImportsService, ImportsRepository, ...(runsWorkers ? [ImportsProcessor] : [])],
    };
  }
}
