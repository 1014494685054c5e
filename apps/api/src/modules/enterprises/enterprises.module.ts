import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ParksModule } from '../parks/parks.module.js';
import { QualificationExpiryJob } from './jobs/qualification-expiry.job.js';
import { ProfileStalenessJob } from './jobs/profile-staleness.job.js';
import { AdminQualificationsController } from './admin-qualifications.controller.js';
import { EnterprisesController } from './enterprises.controller.js';
import { EnterpriseSnapshots } from './enterprise-snapshots.service.js';
import { EnterprisesRepository } from './enterprises.repository.js';
import { EnterpriseProfilesService } from './enterprise-profiles.service.js';
import { QualificationsService } from './qualifications.service.js';
import { QualificationExpiriesService } from './qualification-expiries.service.js';
import { QualificationsController } from './qualifications.controller.js';

@Module({
  imports: [AccountsModule, AuditModule, NotificationsModule, ParksModule],
  controllers: [EnterprisesController, QualificationsController, AdminQualificationsController],
  providers: [EnterpriseProfilesService, QualificationsService, QualificationExpiriesService, EnterprisesRepository, EnterpriseSnapshots, QualificationExpiryJob, ProfileStalenessJob],
  exports: [EnterpriseProfilesService, EnterpriseSnapshots],
})
export class EnterprisesModule {}
