import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig } from './core/config/app-config.js';
import { ConfigModule } from './core/config/config.module.js';
import { DatabaseModule } from './core/database/database.module.js';
import { ENTITIES } from './entities.js';
import { MetricsModule } from './core/metrics/metrics.module.js';
import { QueueModule } from './core/queue/queue.module.js';
import { SearchModule } from './core/search/search.module.js';
import { StorageModule } from './core/storage/storage.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AdminModule } from './modules/admin/admin.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { EnterprisesModule } from './modules/enterprises/enterprises.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { ImportsModule } from './modules/imports/imports.module.js';
import { DemoDataModule } from './modules/demo-data/demo-data.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { MaintenanceModule } from './modules/maintenance/maintenance.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';
import { SystemModule } from './modules/system/system.module.js';
import { MailModule } from './core/mail/mail.module.js';
import { OutboxModule } from './core/outbox/outbox.module.js';
import { DemandsModule } from './modules/demands/demands.module.js';
import { IndexingModule } from './modules/indexing/indexing.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { SearchApiModule } from './modules/search/search.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { ResponsesModule } from './modules/responses/responses.module.js';
import { StatisticsModule } from './modules/statistics/statistics.module.js';
import { OpenDataModule } from './modules/open-data/open-data.module.js';
import { ConversationsModule } from './modules/conversations/conversations.module.js';
import { AlertsModule } from './modules/alerts/alerts.module.js';
import { ClaimsModule } from './modules/claims/claims.module.js';
import { ProjectsModule } from './modules/projects/projects.module.js';
import { VocabularySuggestionsModule } from './modules/vocabulary/vocabulary-suggestions.module.js';
import { OffersModule } from './modules/offers/offers.module.js';
import { TalentsModule } from './modules/talents/talents.module.js';
import { ParksModule } from './modules/parks/parks.module.js';
import { PlanProgressModule } from './modules/plan-progress/plan-progress.module.js';
import { MapsModule } from './modules/maps/maps.module.js';
import { WorkersModule } from './workers.module.js';

@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(ENTITIES),
        QueueModule.forRoot(),
        SearchModule,
        StorageModule,
        MetricsModule,
        HealthModule,
        SystemModule,
        ReferenceModule,
        AccountsModule,
        AuditModule,
        AuthModule,
        OrganizationsModule,
        AdminModule,
        ClaimsModule,
        EnterprisesModule,
        NotificationsModule,
        ImportsModule,
        DemoDataModule,
        MaintenanceModule,
        OutboxModule,
        MailModule,
        DemandsModule,
        IndexingModule,
        MatchingModule,
        SearchApiModule,
        JobsModule,
        ResponsesModule,
        StatisticsModule,
        OpenDataModule,
        ConversationsModule,
        AlertsModule,
        VocabularySuggestionsModule,
        OffersModule,
        TalentsModule,
        ParksModule,
        PlanProgressModule,
        MapsModule,
        ProjectsModule,
        WorkersModule.forRole(config.runsWorkers),
      ],
    };
  }
}
