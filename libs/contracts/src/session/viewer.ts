import { ORGANIZATION_KIND_CODES, ORGANIZATION_STATUSES } from '@mcf/domain';
import { z } from 'zod';

/**
 * The kinds of people the web app shapes its navigation for. `ANONYMOUS` is a visitor who has not
 * signed in; the others follow the organisation kind (ENTERPRISE 民参军企业, PROCURER 军队单位/总体单位,
 * INSTITUTE 高校与科研院所, PARK 园区与平台)
 * or the platform role (ADMIN 市科经局/军民融合办).
 */
export const VIEWER_KINDS = [
  'ANONYMOUS', 'ENTERPRISE', 'PROCURER', 'ADMIN', 'INSTITUTE', 'PARK',
  // A signed-in person without an organisation: a researcher or retired engineer in the talent pool.
  'INDIVIDUAL',
] as const;
export const ViewerKindSchema = z.enum(VIEWER_KINDS);
export type ViewerKind = z.infer<typeof ViewerKindSchema>;

export const ORGANIZATION_KINDS = ORGANIZATION_KIND_CODES;
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;

export const OrganizationStatusSchema = z.enum(ORGANIZATION_STATUSES);
export type OrganizationStatus = z.infer<typeof OrganizationStatusSchema>;

export const PLATFORM_ROLES = ['USER', 'ADMIN'] as const;
export const PlatformRoleSchema = z.enum(PLATFORM_ROLES);
export type PlatformRole = z.infer<typeof PlatformRoleSchema>;
