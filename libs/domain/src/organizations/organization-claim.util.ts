import type { OrganizationStatus } from './organization-status.js';

/**
 * Which organisations a person may claim (认领) as theirs. Registration always creates an organisation
 * together with its owner, so an organisation without any active member can only have come from an
 * administrator's bulk import or the demo data: nobody speaks for it yet, and the firm behind it may
 * ask for it. One with an active member is somebody's already; its owner invites colleagues instead.
 * Rejected and suspended organisations are not offered: an administrator decided about them.
 */
export function isClaimable(organization: {
  status: OrganizationStatus;
  activeMemberCount: number;
}): boolean {
  return (
    organization.activeMemberCount === 0 &&
    (organization.status === 'PENDING_VERIFICATION' || organization.status === 'VERIFIED')
  );
}
