import { describe, expect, it } from 'vitest';

import { type EnterpriseFacts, type HeldQualification } from './match.types.js';
import { sectorShortfall } from './sector-shortfall.util.js';

const firm = (overrides: Partial<EnterpriseFacts> = {}): EnterpriseFacts => ({
  sectors: ['EMERGENCY'],
  regionCode: '421202',
  qualifications: [],
  organizationStatus: 'VERIFIED',
  completeness: 80,
  lastConfirmedAt: null,
  ...overrides,
});
const held = (overrides: Partial<HeldQualification> = {}): HeldQualification => ({
  type: 'GJB9001C',
  level: null,
  status: 'APPROVED',
  expiresOn: '2030-12-31',
  ...overrides,
});
const demand = {
  sectors: ['EMERGENCY', 'NEW_ENERGY'] as const,
  deadline: '2027-06-30',
  requiredQualifications: [{ type: 'GJB9001C' as const, minLevel: null }],
};
const TODAY = '2026-12-06';

describe('sectorShortfall', () => {
  it('counts verified firms sharing a sector, and those lacking each requirement through the deadline', () => {
    const firms = [
      firm({ qualifications: [held()] }), // holds it
      firm({ sectors: ['NEW_ENERGY'], qualifications: [held({ expiresOn: '2027-03-01' })] }), // expires before the deadline
      firm({ qualifications: [held({ status: 'PENDING' })] }), // pending does not count
      firm({ qualifications: [held({ status: 'REJECTED' })] }), // nor rejected
      firm(), // none at all
      firm({ sectors: ['CYBERSECURITY'], qualifications: [] }), // another sector: not counted
      firm({ organizationStatus: 'SUSPENDED', qualifications: [] }), // not listable: not counted
      firm({ organizationStatus: 'PENDING_VERIFICATION' }),
    ];
    expect(sectorShortfall(firms, { ...demand, sectors: [...demand.sectors] }, TODAY)).toEqual({
      sectorFirms: 5,
      missing: [{ qualificationType: 'GJB9001C', requiredLevel: null, firms: 4 }],
    });
  });

  it('reads a secrecy level as that level or a higher one (1 is the highest)', () => {
    const secrecy = { sectors: ['CYBERSECURITY' as const], deadline: null, requiredQualifications: [{ type: 'SECRECY' as const, minLevel: 2 }] };
    const firms = [
      firm({ sectors: ['CYBERSECURITY'], qualifications: [held({ type: 'SECRECY', level: 1 })] }),
      firm({ sectors: ['CYBERSECURITY'], qualifications: [held({ type: 'SECRECY', level: 2 })] }),
      firm({ sectors: ['CYBERSECURITY'], qualifications: [held({ type: 'SECRECY', level: 3 })] }),
    ];
    expect(sectorShortfall(firms, secrecy, TODAY).missing).toEqual([{ qualificationType: 'SECRECY', requiredLevel: 2, firms: 1 }]);
  });

  it('without a deadline, a certificate must be valid today; expired ones count as lacking', () => {
    const undated = { ...demand, sectors: ['EMERGENCY' as const], deadline: null };
    const firms = [firm({ qualifications: [held({ expiresOn: TODAY })] }), firm({ qualifications: [held({ expiresOn: '2026-12-05' })] })];
    expect(sectorShortfall(firms, undated, TODAY).missing[0]!.firms).toBe(1);
  });

  it('counts every verified firm when the demand names no sector, and lists each requirement once per entry', () => {
    const open = {
      sectors: [],
      deadline: null,
      requiredQualifications: [
        { type: 'GJB9001C' as const, minLevel: null },
        { type: 'SECRECY' as const, minLevel: 3 },
      ],
    };
    const result = sectorShortfall([firm(), firm({ sectors: ['CYBERSECURITY'], qualifications: [held()] })], open, TODAY);
    expect(result).toEqual({
      sectorFirms: 2,
      missing: [
        { qualificationType: 'GJB9001C', requiredLevel: null, firms: 1 },
        { qualificationType: 'SECRECY', requiredLevel: 3, firms: 2 },
      ],
    });
  });

  it('is zero throughout for no firms', () => {
    expect(sectorShortfall([], { ...demand, sectors: [...demand.sectors] }, TODAY)).toEqual({
      sectorFirms: 0,
      missing: [{ qualificationType: 'GJB9001C', requiredLevel: null, firms: 0 }],
    });
  });
});
