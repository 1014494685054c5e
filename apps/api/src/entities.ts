import { Organization } from './modules/accounts/entities/organization.entity.js';
import { User } from './modules/accounts/entities/user.entity.js';
import { AuditEvent } from './modules/audit/entities/audit-event.entity.js';
import { PasswordResetToken } from './modules/auth/entities/password-reset-token.entity.js';
import { RefreshToken } from './modules/auth/entities/refresh-token.entity.js';
import { EnterpriseProfileVersion } from './modules/enterprises/entities/enterprise-profile-version.entity.js';
import { EnterpriseProfile } from './modules/enterprises/entities/enterprise-profile.entity.js';
import { Qualification } from './modules/enterprises/entities/qualification.entity.js';
import { EnterpriseImport } from './modules/imports/entities/enterprise-import.entity.js';
import { NotificationPreference } from './modules/notifications/entities/notification-preference.entity.js';
import { PlatformNotificationPreference } from './modules/notifications/entities/platform-notification-preference.entity.js';
import { Notification } from './modules/notifications/entities/notification.entity.js';
import { OfferAttachment } from './modules/offers/entities/offer-attachment.entity.js';
import { UserNotificationPreference } from './modules/notifications/entities/user-notification-preference.entity.js';
import { Demand } from './modules/demands/entities/demand.entity.js';
import { DemandAttachment } from './modules/demands/entities/demand-attachment.entity.js';
import { ResponseAttachment } from './modules/responses/entities/response-attachment.entity.js';
import { DemandVersion } from './modules/demands/entities/demand-version.entity.js';
import { Match } from './modules/matching/entities/match.entity.js';
import { Award } from './modules/responses/entities/award.entity.js';
import { DemandInvitation } from './modules/responses/entities/demand-invitation.entity.js';
import { DemandResponse } from './modules/responses/entities/demand-response.entity.js';
import { OutboxEvent } from './core/outbox/outbox-event.entity.js';
import { OrganizationInvitation } from './modules/organizations/entities/organization-invitation.entity.js';
import { DemandClarification } from './modules/conversations/entities/demand-clarification.entity.js';
import { MessageThread } from './modules/conversations/entities/message-thread.entity.js';
import { ThreadMessage } from './modules/conversations/entities/thread-message.entity.js';
import { PlanTarget } from './modules/statistics/entities/plan-target.entity.js';
import { DemandFirstInterest } from './modules/statistics/entities/demand-first-interest.entity.js';
import { HighTechHolder } from './modules/statistics/entities/high-tech-holder.entity.js';
import { StatisticsCount } from './modules/statistics/entities/statistics-count.entity.js';
import { SavedSearch } from './modules/alerts/entities/saved-search.entity.js';
import { AlertItem } from './modules/alerts/entities/alert-item.entity.js';
import { AlertFeedbackRecord } from './modules/alerts/entities/alert-feedback.entity.js';
import { OrganizationClaim } from './modules/claims/entities/organization-claim.entity.js';
import { Park } from './modules/parks/entities/park.entity.js';
import { PlanFigure } from './modules/plan-progress/entities/plan-figure.entity.js';
import { FinancialReport } from './modules/plan-progress/entities/financial-report.entity.js';
import { HiddenChampion } from './modules/plan-progress/entities/hidden-champion.entity.js';
import { Project } from './modules/projects/entities/project.entity.js';
import { ProjectMilestone } from './modules/projects/entities/project-milestone.entity.js';
import { ProjectReport } from './modules/projects/entities/project-report.entity.js';
import { VocabularySuggestion } from './modules/vocabulary/entities/vocabulary-suggestion.entity.js';
import { TechnologyOffer } from './modules/offers/entities/technology-offer.entity.js';
import { OfferMatch } from './modules/offers/entities/offer-match.entity.js';

import { TalentContact } from './modules/talents/entities/talent-contact.entity.js';
import { TalentMessage } from './modules/talents/entities/talent-message.entity.js';
import { TalentNeedMatch } from './modules/talents/entities/talent-need-match.entity.js';
import { TalentNeed } from './modules/talents/entities/talent-need.entity.js';
import { TalentProfile } from './modules/talents/entities/talent-profile.entity.js';

/**
 * Every entity, listed explicitly (globs do not work reliably with ES modules). It lives at the app root,
 * not in core: core knows no feature module. The app module and the migration CLI pass it to
 * `dataSourceOptions`.
 */
export const ENTITIES = [Organization, User, RefreshToken, PasswordResetToken, OrganizationInvitation, AuditEvent, EnterpriseProfile, EnterpriseProfileVersion, Qualification, Notification, EnterpriseImport, OutboxEvent, Demand, DemandVersion, Match, DemandInvitation, DemandResponse, Award, NotificationPreference, PlatformNotificationPreference, PlanTarget, DemandAttachment, DemandClarification, MessageThread, ThreadMessage, SavedSearch, AlertItem, AlertFeedbackRecord, VocabularySuggestion, ResponseAttachment, OrganizationClaim, StatisticsCount, DemandFirstInterest, HighTechHolder, TechnologyOffer, OfferMatch, TalentProfile, TalentNeed, TalentNeedMatch, TalentContact, TalentMessage, Park, PlanFigure, FinancialReport, HiddenChampion, Project, ProjectMilestone, ProjectReport, UserNotificationPreference, OfferAttachment];
