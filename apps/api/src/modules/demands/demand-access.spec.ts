import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/actor.js';
import { accessTo } from './demands.service.js';

const OWNER_ORG = '11111111-1111-4111-8111-111111111111';
const actor = (overrides: Partial<Actor>): Actor => ({
  userId: 'u',
  email: 'u@example.cn',
  platformRole: 'USER',
  organizationId: '22222222-2222-4222-8222-222222222222',
  organizationKind: 'ENTERPRISE',
  organizationStatus: 'VERIFIED',
  membershipRole: 'OWNER',
  ip: null,
  ...overrides,
});
const demand = (
  status: 'DRAFT' | 'PUBLISHED' | 'CLOSED' | 'CANCELLED' | 'AWARDED',
  visibility: 'PUBLIC' | 'VERIFIED_SUPPLIERS' | 'INVITED',
) => ({ organizationId: OWNER_ORG, status, visibility });

describe('accessTo (who reads what of a demand)', () => {
  it('gives the owner and administrators everything, whatever the state', () => {
    for (const status of ['DRAFT', 'PUBLISHED', 'CANCELLED'] as const) {
      expect(
        accessTo(
          demand(status, 'INVITED'),
          actor({ organizationId: OWNER_ORG, organizationKind: 'PROCURER' }),
        ),
      ).toBe('OWNER');
      expect(
        accessTo(
          demand(status, 'INVITED'),
          actor({ platformRole: 'ADMIN', organizationId: null, organizationKind: null }),
        ),
      ).toBe('OWNER');
    }
  });

  it('hides drafts and cancelled demands from everyone else', () => {
    expect(accessTo(demand('DRAFT', 'PUBLIC'), undefined)).toBe('NONE');
    expect(accessTo(demand('CANCELLED', 'PUBLIC'), actor({}))).toBe('NONE');
  });

  it('shows PUBLIC demands in full to anyone, closed ones included', () => {
    expect(accessTo(demand('PUBLISHED', 'PUBLIC'), undefined)).toBe('FULL');
    expect(accessTo(demand('CLOSED', 'PUBLIC'), actor({ organizationKind: 'PROCURER' }))).toBe('FULL');
  });

  it('shows VERIFIED_SUPPLIERS details only to verified firms, the summary to others', () => {
    expect(accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), actor({}))).toBe('FULL');
    expect(
      accessTo(
        demand('PUBLISHED', 'VERIFIED_SUPPLIERS'),
        actor({ organizationStatus: 'PENDING_VERIFICATION' }),
      ),
    ).toBe('SUMMARY');
    expect(
      accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), actor({ organizationStatus: 'SUSPENDED' })),
    ).toBe('SUMMARY');
    expect(accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), actor({ organizationKind: 'PROCURER' }))).toBe(
      'SUMMARY',
    );
    expect(accessTo(demand('PUBLISHED', 'VERIFIED_SUPPLIERS'), undefined)).toBe('SUMMARY');
  });

  it('shows INVITED demands only to invited firms', () => {
    expect(accessTo(demand('PUBLISHED', 'INVITED'), actor({}))).toBe('NONE');
    expect(accessTo(demand('PUBLISHED', 'INVITED'), actor({}), true)).toBe('FULL');
    expect(accessTo(demand('PUBLISHED', 'INVITED'), actor({ organizationKind: 'PROCURER' }), true)).toBe(
      'NONE',
    );
    expect(accessTo(demand('PUBLISHED', 'INVITED'), undefined, true)).toBe('NONE');
  });
});
