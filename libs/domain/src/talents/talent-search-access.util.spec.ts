import { describe, expect, it } from 'vitest';
import { talentPoolAccess } from './talent-search-access.util.js';

describe('talentPoolAccess', () => {
  it('lets verified organisations read the pool', () => {
    expect(talentPoolAccess({ kind: 'USER', organizationVerified: true })).toBe('ALLOWED');
  });
  it('asks the signed-out to sign in', () => {
    expect(talentPoolAccess({ kind: 'ANONYMOUS' })).toBe('UNAUTHENTICATED');
  });
  it('refuses unverified organisations, people without one and administrators', () => {
    expect(talentPoolAccess({ kind: 'USER', organizationVerified: false })).toBe('FORBIDDEN');
    expect(talentPoolAccess({ kind: 'USER', organizationVerified: null })).toBe('FORBIDDEN');
    expect(talentPoolAccess({ kind: 'ADMIN' })).toBe('FORBIDDEN');
  });
});
