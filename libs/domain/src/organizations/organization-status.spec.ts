import { describe, expect, it } from 'vitest';
import {
  nextOrganizationStatus,
  ORGANIZATION_STATUS_ACTIONS,
  ORGANIZATION_STATUSES,
  statusActionNeedsReason,
  type OrganizationStatus,
  type OrganizationStatusAction,
} from './organization-status.js';

const allowed: Record<string, OrganizationStatus> = {
  'PENDING_VERIFICATION verify': 'VERIFIED',
  'REJECTED verify': 'VERIFIED',
  'PENDING_VERIFICATION reject': 'REJECTED',
  'VERIFIED suspend': 'SUSPENDED',
  'SUSPENDED reinstate': 'VERIFIED',
};

describe('nextOrganizationStatus', () => {
  const cases = ORGANIZATION_STATUSES.flatMap((status) => ORGANIZATION_STATUS_ACTIONS.map((action) => [status, action] as const));

  it.each(cases)('%s + %s', (status: OrganizationStatus, action: OrganizationStatusAction) => {
    expect(nextOrganizationStatus(status, action)).toBe(allowed[`${status} ${action}`] ?? null);
  });

  it('covers all 16 combinations, 5 of them allowed', () => {
    expect(cases).toHaveLength(16);
    expect(cases.filter(([s, a]) => nextOrganizationStatus(s, a) !== null)).toHaveLength(5);
  });
});

describe('statusActionNeedsReason', () => {
  it('asks for a reason for everything but verification', () => {
    expect(ORGANIZATION_STATUS_ACTIONS.filter(statusActionNeedsReason)).toEqual(['reject', 'suspend', 'reinstate']);
  });
});
