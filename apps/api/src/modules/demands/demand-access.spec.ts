import { demandAccess, type DemandAccessFacts } from '@mcf/domain';
import { describe, expect, it } from 'vitest';
import { type Actor, demandViewerOf } from '../../core/auth/actor.js';

// The rule itself is tested exhaustively in @mcf/domain; these are the API's actors read through it.
const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const FIRM_ORG = '22222222-2222-4222-8222-222222222222';
const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 'u',
  email: 'u@example.cn',
  platformRole: 'USER',
  organizationId: FIRM_ORG,
  organizationKind: 'ENTERPRISE',
  organizationStatus: 'VERIFIED',
  membershipRole: 'OWNER',
  ip: null,
  ...overrides,
});
const demand = (
  status: DemandAccessFacts['status'],
  visibility: DemandAccessFacts['visibility'],
  invitedOrganizationIds: string[] = [],
): DemandAccessFacts => ({ organizationId: OWNER_ORG, status, visibility, invitedOrganizationIds });
const accessTo = (facts: DemandAccessFacts, who: Actor | undefined) => demandAccess(demandViewerOf(who), facts);

describe('demandViewerOf (the actor as the visibility rule sees it)', () => {
  it('tells administrators, the anonymous, procurers and firms (verified or not) apart', () => {
    expect(demandViewerOf(undefined)).toEqual({ kind: 'ANONYMOUS' });
    expect(demandViewerOf(actor({ organizationId: null, organizationKind: null }))).toEqual({ kind: 'ANONYMOUS' });
    expect(demandViewerOf(actor({ platformRole: 'ADMIN', organizationId: null }))).toEqual({ kind: 'ADMIN' });
    expect(demandViewerOf(actor({ organizationKind: 'PROCURER' }))).toEqual({ kind: 'PROCURER', organizationId: FIRM_ORG });
    expect(demandViewerOf(actor({}))).toEqual({ kind: 'ENTERPRISE', organizationId: FIRM_ORG, verified: true });
    expect(demandViewerOf(actor({ organizationStatus: 'SUSPENDED' }))).toEqual({
      kind: 'ENTERPRISE',
      organizationId: FIRM_ORG,
      verified: false,
    });
  });

  it('gives the owner and administrators everything, whatever the state', () => {
    for (const status of ['DRAFT', 'PUBLISHED', 'CANCELLED'] as const) {
      expect(accessTo(demand(status, 'INVITED'), actor({ organizationId: OWNER_ORG, organizationKind: 'PROCURER' }))).toBe(
        'OWNER',
      );
      expect(
        accessTo(demand(status, 'INVITED'), actor({ platformRole: 'ADMIN', organizationId: null, organizationKind: null })),
      ).toBe('OWNER');
    }
  });

  it('shows VERIFIED_SUPPLIERS details only to verified firms, INVITED ones only to invited firms', () => {
    expect(accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), actor({}))).toBe('DETAILS');
    expect(accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), actor({ organizationStatus: 'PENDING_VERIFICATION' }))).toBe(
      'SUMMARY',
    );
    expect(accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), undefined)).toBe('SUMMARY');
    expect(accessTo(demand('PUBLISHED', 'INVITED'), actor({}))).toBe('NONE');
    expect(accessTo(demand('PUBLISHED', 'INVITED', [FIRM_ORG]), actor({}))).toBe('DETAILS');
    expect(accessTo(demand('PUBLISHED', 'INVITED', [FIRM_ORG]), actor({ organizationKind: 'PROCURER' }))).toBe('NONE');
    expect(accessTo(demand('DRAFT', 'PUBLIC'), undefined)).toBe('NONE');
  });
});
