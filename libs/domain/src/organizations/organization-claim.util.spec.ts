import { describe, expect, it } from 'vitest';
import { isClaimable } from './organization-claim.util.js';

describe('isClaimable', () => {
  it('offers an imported or demo organisation that nobody speaks for', () => {
    expect(isClaimable({ status: 'PENDING_VERIFICATION', activeMemberCount: 0 })).toBe(true);
    expect(isClaimable({ status: 'VERIFIED', activeMemberCount: 0 })).toBe(true);
  });

  it('refuses one with an active member: its owner invites colleagues instead', () => {
    expect(isClaimable({ status: 'VERIFIED', activeMemberCount: 1 })).toBe(false);
  });

  it('refuses rejected and suspended organisations', () => {
    expect(isClaimable({ status: 'REJECTED', activeMemberCount: 0 })).toBe(false);
    expect(isClaimable({ status: 'SUSPENDED', activeMemberCount: 0 })).toBe(false);
  });
});
