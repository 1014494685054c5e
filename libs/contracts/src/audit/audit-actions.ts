import { z } from 'zod';

/**
 * Every action the platform writes to the audit trail. The API's `AuditEntry.action` is typed with it,
 * so an action cannot be recorded without being listed here, and every listed action has a label in
 * both languages of the web app (`auditLog.actions.*`, checked by the web's label tests).
 */
export const AUDIT_ACTIONS = [
  'organization.registered',
  'organization.imported',
  'organization.invitation_created',
  'organization.invitation_revoked',
  'organization.member_joined',
  'admin.organization.verify',
  'admin.organization.reject',
  'admin.organization.suspend',
  'admin.organization.reinstate',
  'admin.user.disable',
  'admin.user.enable',
  'admin.user.password_reset_issued',
  'user.password_changed',
  'user.password_reset_requested',
  'user.password_reset_completed',
  'session.refresh_token_reused',
  'profile.published',
  'profile.reconfirmed',
  'qualification.submitted',
  'qualification.edited',
  'admin.qualification.approve',
  'admin.qualification.reject',
  'system.qualification.expired',
  'admin.qualification.expiry_reminded',
  'demand.created',
  'demand.draft_saved',
  'demand.revised',
  'demand.published',
  'demand.closed',
  'demand.cancelled',
  'demand.attachment_added',
  'demand.attachment_removed',
  'demand.invitation_sent',
  'demand.awarded',
  'system.demand.published',
  'system.demand.deadline_closed',
  'response.submitted',
  'response.declined',
  'response.shortlisted',
  'response.rejected',
  'response.withdrawn',
  'clarification.asked',
  'clarification.answered',
  'thread.opened',
  'admin.import.started',
  'admin.import.resumed',
  'admin.job.retry',
  'admin.job.remove',
  'admin.plan_target.set',
  'vocabulary.suggestion_approved',
  'vocabulary.suggestion_rejected',
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/** The kinds of object an audit entry is about (`targetType`). */
export const AUDIT_TARGET_TYPES = [
  'organization',
  'user',
  'qualification',
  'demand',
  'response',
  'clarification',
  'thread',
  'import',
  'job',
  'plan_target',
  'vocabulary_suggestion',
] as const;
export const AuditTargetTypeSchema = z.enum(AUDIT_TARGET_TYPES);
export type AuditTargetType = z.infer<typeof AuditTargetTypeSchema>;
