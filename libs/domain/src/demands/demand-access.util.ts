import type { DemandStatus, DemandVisibility } from './demand-status.constant.js';

/**
 * What a viewer may read of a demand, least first: nothing (it does not exist for them), the summary
 * (title, sectors, region, deadline), the details too (description, budget, quantity, attachments),
 * or everything as its owner (drafts, matches, history).
 */
export const DEMAND_ACCESS_LEVELS = ['NONE', 'SUMMARY', 'DETAILS', 'OWNER'] as const;
export type DemandAccess = (typeof DEMAND_ACCESS_LEVELS)[number];

/** Whether `access` is at least `level`. */
export function demandAccessAtLeast(access: DemandAccess, level: DemandAccess): boolean {
  return DEMAND_ACCESS_LEVELS.indexOf(access) >= DEMAND_ACCESS_LEVELS.indexOf(level);
}

/**
 * The one who looks at a demand: nobody known (signed out, or signed in without an organisation), an
 * administrator, a procuring organisation, or a firm (verified by the platform or not).
 */
export type DemandViewer =
  | { kind: 'ANONYMOUS' }
  | { kind: 'ADMIN' }
  | { kind: 'PROCURER'; organizationId: string }
  | { kind: 'ENTERPRISE'; organizationId: string; verified: boolean };

/** What the rule needs to know of a demand. */
export interface DemandAccessFacts {
  status: DemandStatus;
  visibility: DemandVisibility;
  /** The procuring organisation that owns it. */
  organizationId: string;
  /** The firms invited to it (only the viewer's own invitation matters). */
  invitedOrganizationIds: readonly string[];
}

/** Viewers who do not own the demand, as the visibility rule tells them apart. */
export const DEMAND_READER_CLASSES = ['ANONYMOUS', 'PROCURER', 'FIRM', 'VERIFIED_FIRM'] as const;
export type DemandReaderClass = (typeof DEMAND_READER_CLASSES)[number];

/** Statuses in which a demand is read by others than its owner: once published, unless cancelled. */
export const DEMAND_STATUSES_OPEN_TO_READERS: readonly DemandStatus[] = ['PUBLISHED', 'CLOSED', 'AWARDED'];

/** Statuses in which a demand is listed (search, a firm's matches): open to answers only. */
export const DEMAND_STATUSES_LISTED: readonly DemandStatus[] = ['PUBLISHED'];

/** What a reader gets, when not invited and when invited. */
export interface DemandReaderGrant {
  uninvited: Exclude<DemandAccess, 'OWNER'>;
  invited: Exclude<DemandAccess, 'OWNER'>;
}

const grant = (uninvited: DemandReaderGrant['uninvited'], invited = uninvited): DemandReaderGrant => ({
  uninvited,
  invited,
});

/**
 * THE visibility rule, for a demand open to readers and a viewer who neither owns it nor administers
 * the platform (those read everything of it). Every check of who may see a demand derives from this
 * table: the API's check, the search engine's filter, the SQL of listings.
 */
export const DEMAND_VISIBILITY_RULE: Readonly<
  Record<DemandVisibility, Readonly<Record<DemandReaderClass, DemandReaderGrant>>>
> = {
  PUBLIC: {
    ANONYMOUS: grant('DETAILS'),
    PROCURER: grant('DETAILS'),
    FIRM: grant('DETAILS'),
    VERIFIED_FIRM: grant('DETAILS'),
  },
  VERIFIED_SUPPLIERS: {
    ANONYMOUS: grant('SUMMARY'),
    PROCURER: grant('SUMMARY'),
    FIRM: grant('SUMMARY'),
    VERIFIED_FIRM: grant('DETAILS'),
  },
  // Only firms are invited; a procurer's invitation (were there one) opens nothing.
  INVITED: {
    ANONYMOUS: grant('NONE'),
    PROCURER: grant('NONE'),
    FIRM: grant('NONE', 'DETAILS'),
    VERIFIED_FIRM: grant('NONE', 'DETAILS'),
  },
};

/** The reader class of a viewer that is not an administrator. */
export function demandReaderClass(viewer: Exclude<DemandViewer, { kind: 'ADMIN' }>): DemandReaderClass {
  switch (viewer.kind) {
    case 'ANONYMOUS':
      return 'ANONYMOUS';
    case 'PROCURER':
      return 'PROCURER';
    case 'ENTERPRISE':
      return viewer.verified ? 'VERIFIED_FIRM' : 'FIRM';
  }
}

/** The viewer's organisation, if it has one. */
export function demandViewerOrganization(viewer: DemandViewer): string | null {
  return viewer.kind === 'PROCURER' || viewer.kind === 'ENTERPRISE' ? viewer.organizationId : null;
}

/** What `viewer` may read of `demand`. */
export function demandAccess(viewer: DemandViewer, demand: DemandAccessFacts): DemandAccess {
  if (viewer.kind === 'ADMIN') return 'OWNER';
  const organization = demandViewerOrganization(viewer);
  if (organization !== null && organization === demand.organizationId) return 'OWNER';
  if (!DEMAND_STATUSES_OPEN_TO_READERS.includes(demand.status)) return 'NONE';
  const rule = DEMAND_VISIBILITY_RULE[demand.visibility][demandReaderClass(viewer)];
  const invited = organization !== null && demand.invitedOrganizationIds.includes(organization);
  return invited ? rule.invited : rule.uninvited;
}

/**
 * Whether the viewer's own invitation can change what it reads of a demand of this visibility (so
 * whether a check needs to look it up at all).
 */
export function demandAccessDependsOnInvitation(viewer: DemandViewer, visibility: DemandVisibility): boolean {
  if (viewer.kind === 'ADMIN' || demandViewerOrganization(viewer) === null) return false;
  const rule = DEMAND_VISIBILITY_RULE[visibility][demandReaderClass(viewer)];
  return rule.invited !== rule.uninvited;
}

/**
 * What the public record (open data) shows of a published demand of this visibility: what an
 * anonymous reader gets, nothing of an invitation-only one and only the summary of one for verified
 * suppliers.
 */
export function publicRecordAccess(visibility: DemandVisibility): Exclude<DemandAccess, 'OWNER'> {
  return DEMAND_VISIBILITY_RULE[visibility].ANONYMOUS.uninvited;
}
