import { Organization } from '../../modules/accounts/entities/organization.entity.js';
import { User } from '../../modules/accounts/entities/user.entity.js';
import { AuditEvent } from '../../modules/audit/entities/audit-event.entity.js';
import { PasswordResetToken } from '../../modules/auth/entities/password-reset-token.entity.js';
import { RefreshToken } from '../../modules/auth/entities/refresh-token.entity.js';
import { EnterpriseProfileVersion } from '../../modules/enterprises/entities/enterprise-profile-version.entity.js';
import { EnterpriseProfile } from '../../modules/enterprises/entities/enterprise-profile.entity.js';
import { Qualification } from '../../modules/enterprises/entities/qualification.entity.js';
import { EnterpriseImport } from '../../modules/imports/entities/enterprise-import.entity.js';
import { NotificationPreference } from '../../modules/notifications/entities/notification-preference.entity.js';
import { Notification } from '../../modules/notifications/entities/notification.entity.js';
import { Demand } from '../../modules/demands/entities/demand.entity.js';
import { DemandAttachment } from '../../modules/demands/entities/demand-attachment.entity.js';
import { DemandVersion } from '../../modules/demands/entities/demand-version.entity.js';
import { Match } from '../../modules/matching/entities/match.entity.js';
import { Award } from '../../modules/responses/entities/award.entity.js';
import { DemandInvitation } from '../../modules/responses/entities/demand-invitation.entity.js';
import { DemandResponse } from '../../modules/responses/entities/demand-response.entity.js';
import { OutboxEvent } from '../outbox/outbox-event.entity.js';
import { OrganizationInvitation } from '../../modules/organizations/entities/organization-invitation.entity.js';
import { DemandClarification } from '../../modules/conversations/entities/demand-clarification.entity.js';
import { MessageThread } from '../../modules/conversations/entities/message-thread.entity.js';
import { ThreadMessage } from '../../modules/conversations/entities/thread-message.entity.js';
import { PlanTarget } from '../../modules/statistics/entities/plan-target.entity.js';

/** Every entity, listed explicitly: globs do not work reliably with ES modules. */
export const ENTITIES = [Organization, User, RefreshToken, PasswordResetToken, OrganizationInvitation, AuditEvent, EnterpriseProfile, EnterpriseProfileVersion, Qualification, Notification, EnterpriseImport, OutboxEvent, Demand, DemandVersion, Match, DemandInvitation, DemandResponse, Award, NotificationPreference, PlanTarget, DemandAttachment, DemandClarification, MessageThread, ThreadMessage];
