import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { JobsController } from './jobs.controller.js';
import { JobsService } from './jobs.service.js';

@Module({ imports: [AuditModule], controllers: [JobsController], providers: [JobsService] })
export class JobsModule {}
