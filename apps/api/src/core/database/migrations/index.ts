import { CreateAccounts1764302400000 } from './1764302400000-CreateAccounts.js';
import { AccessControl1764388800000 } from './1764388800000-AccessControl.js';
import { EnterpriseProfiles1764475200000 } from './1764475200000-EnterpriseProfiles.js';
import { Notifications1764561600000 } from './1764561600000-Notifications.js';
import { EnterpriseImports1764648000000 } from './1764648000000-EnterpriseImports.js';
import { DemandsAndMatching1764734400000 } from './1764734400000-DemandsAndMatching.js';
import { ResponsesAndAwards1764820800000 } from './1764820800000-ResponsesAndAwards.js';
import { NotificationPreferences1765080000000 } from './1765080000000-NotificationPreferences.js';
import { DemandAttachments1765166400000 } from './1765166400000-DemandAttachments.js';
import { PlanTargets1764993600000 } from './1764993600000-PlanTargets.js';
import { Conversations1764907200000 } from './1764907200000-Conversations.js';
import { SavedSearchesAndAlerts1765252800000 } from './1765252800000-SavedSearchesAndAlerts.js';
import { NotificationEmail1765339200000 } from './1765339200000-NotificationEmail.js';
import { MatchFeatures1765425600000 } from './1765425600000-MatchFeatures.js';
import { VocabularySuggestions1765512000000 } from './1765512000000-VocabularySuggestions.js';
import { MatchFacts1765590000000 } from './1765590000000-MatchFacts.js';
import { ResponseFinalStatuses1765610000000 } from './1765610000000-ResponseFinalStatuses.js';
import { ResponseAttachments1765610100000 } from './1765610100000-ResponseAttachments.js';
import { DatabaseIdentity1765640000000 } from './1765640000000-DatabaseIdentity.js';
import { RefreshTokenGrace1765600000000 } from './1765600000000-RefreshTokenGrace.js';
import { OrganizationClaims1765600000001 } from './1765600000001-OrganizationClaims.js';
import { ScaleReadPaths1765660000000 } from './1765660000000-ScaleReadPaths.js';
import { DemoOrganizationsIndex1765670000000 } from './1765670000000-DemoOrganizationsIndex.js';
import { OrganizationKindsInstitutePark1765720000000 } from './1765720000000-OrganizationKindsInstitutePark.js';
import { TechnologyOffers1765720000001 } from './1765720000001-TechnologyOffers.js';
import { PlatformNotifications1765680000000 } from './1765680000000-PlatformNotifications.js';
import { MatchFeaturesInMemory1765690000000 } from './1765690000000-MatchFeaturesInMemory.js';
import { TalentPool1765730000000 } from './1765730000000-TalentPool.js';
import { ParksAndPlanProgress1765750000000 } from './1765750000000-ParksAndPlanProgress.js';
import { OutboxDomainEvents1765800000000 } from './1765800000000-OutboxDomainEvents.js';
import { ProjectLibrary1765740000000 } from './1765740000000-ProjectLibrary.js';
import { PersonalNotifications1765810000000 } from './1765810000000-PersonalNotifications.js';
import { OfferAttachments1765810000001 } from './1765810000001-OfferAttachments.js';
import { StripedStatisticsCounts1765820000000 } from './1765820000000-StripedStatisticsCounts.js';
import { DeepOffsetPages1765830000000 } from './1765830000000-DeepOffsetPages.js';
import { CompactMatchExplanations1765840000000 } from './1765840000000-CompactMatchExplanations.js';

/** Every migration in order; `npm run migration:generate` adds new files here. */
export const MIGRATIONS = [
  CreateAccounts1764302400000,
  AccessControl1764388800000,
  EnterpriseProfiles1764475200000,
  Notifications1764561600000,
  EnterpriseImports1764648000000,
  DemandsAndMatching1764734400000,
  ResponsesAndAwards1764820800000,
  NotificationPreferences1765080000000,
  DemandAttachments1765166400000,
  PlanTargets1764993600000,
  Conversations1764907200000,
  SavedSearchesAndAlerts1765252800000,
  NotificationEmail1765339200000,
  MatchFeatures1765425600000,
  VocabularySuggestions1765512000000,
  MatchFacts1765590000000,
  ResponseFinalStatuses1765610000000,
  ResponseAttachments1765610100000,
  DatabaseIdentity1765640000000,
  RefreshTokenGrace1765600000000,
  OrganizationClaims1765600000001,
  ScaleReadPaths1765660000000,
  DemoOrganizationsIndex1765670000000,
  PlatformNotifications1765680000000,
  MatchFeaturesInMemory1765690000000,
  OrganizationKindsInstitutePark1765720000000,
  TechnologyOffers1765720000001,
  TalentPool1765730000000,
  ParksAndPlanProgress1765750000000,
  ProjectLibrary1765740000000,
  OutboxDomainEvents1765800000000,
  PersonalNotifications1765810000000,
  OfferAttachments1765810000001,
  StripedStatisticsCounts1765820000000,
  DeepOffsetPages1765830000000,
  CompactMatchExplanations1765840000000,
];
