import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { AdminParksController, ParksController } from './parks.controller.js';
import { ParksRepository } from './parks.repository.js';
import { ParksService } from './parks.service.js';

@Module({
  imports: [AuditModule],
  controllers: [ParksController, AdminParksController],
  providers: [ParksRepository, ParksService],
  exports: [ParksService],
})
export class ParksModule {}
