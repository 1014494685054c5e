/** The life of an organisation on the platform, as administrators move it. */
export const ORGANIZATION_STATUSES = ['PENDING_VERIFICATION', 'VERIFIED', 'REJECTED', 'SUSPENDED'] as const;
export type OrganizationStatus = (typeof ORGANIZATION_STATUSES)[number];

export const ORGANIZATION_STATUS_ACTIONS = ['verify', 'reject', 'suspend', 'reinstate'] as const;
export type OrganizationStatusAction = (typeof ORGANIZATION_STATUS_ACTIONS)[number];

const TRANSITIONS: Record<OrganizationStatusAction, { from: readonly OrganizationStatus[]; to: OrganizationStatus }> = {
  // A rejected organisation may correct its details and be verified later.
  verify: { from: ['PENDING_VERIFICATION', 'REJECTED'], to: 'VERIFIED' },
  reject: { from: ['PENDING_VERIFICATION'], to: 'REJECTED' },
  // Suspension is for organisations already admitted; a pending one is rejected instead.
  suspend: { from: ['VERIFIED'], to: 'SUSPENDED' },
  reinstate: { from: ['SUSPENDED'], to: 'VERIFIED' },
};

/** Whether an action needs the administrator to give a reason (shown to the organisation). */
export function statusActionNeedsReason(action: OrganizationStatusAction): boolean {
  return action !== 'verify';
}

/** The status after `action`, or null when the action is not allowed from `current`. */
export function nextOrganizationStatus(current: OrganizationStatus, action: OrganizationStatusAction): OrganizationStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(current) ? transition.to : null;
}
