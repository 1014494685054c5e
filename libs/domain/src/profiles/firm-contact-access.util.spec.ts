import { describe, expect, it } from 'vitest';
import { mayReadFirmContact, withFirmContactFor } from './firm-contact-access.util.js';

const firm = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';

describe('mayReadFirmContact', () => {
  it('refuses visitors', () => {
    expect(mayReadFirmContact({ kind: 'ANONYMOUS' }, firm)).toBe(false);
  });

  it('allows administrators', () => {
    expect(mayReadFirmContact({ kind: 'ADMIN' }, firm)).toBe(true);
  });

  it('allows members of verified organisations, and refuses members of unverified ones', () => {
    expect(
      mayReadFirmContact({ kind: 'MEMBER', organizationId: other, organizationVerified: true }, firm),
    ).toBe(true);
    expect(
      mayReadFirmContact({ kind: 'MEMBER', organizationId: other, organizationVerified: false }, firm),
    ).toBe(false);
  });

  it('allows the firm itself even before it is verified', () => {
    expect(
      mayReadFirmContact({ kind: 'MEMBER', organizationId: firm, organizationVerified: false }, firm),
    ).toBe(true);
  });
});

describe('withFirmContactFor', () => {
  const profile = { summary: '复合材料', contactName: '王工', contactPhone: '0715-8000000', website: null };

  it('drops the contact keys entirely for a reader who may not see them', () => {
    const result = withFirmContactFor(profile, { kind: 'ANONYMOUS' }, firm);
    expect(result.contactWithheld).toBe(true);
    expect(result.profile).toEqual({ summary: '复合材料', website: null });
    expect('contactPhone' in result.profile).toBe(false);
  });

  it('keeps them for one who may', () => {
    expect(withFirmContactFor(profile, { kind: 'ADMIN' }, firm)).toEqual({ profile, contactWithheld: false });
  });
});
