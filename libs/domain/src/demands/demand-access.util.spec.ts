import { describe, expect, it } from 'vitest';
import {
  DEMAND_VISIBILITY_RULE,
  demandAccess,
  demandAccessDependsOnInvitation,
  type DemandAccessFacts,
  publicRecordAccess,
  type DemandViewer,
} from './demand-access.util.js';
import { DEMAND_STATUSES, DEMAND_VISIBILITIES } from './demand-status.constant.js';

const OWNER = '11111111-1111-4111-8111-111111111111';
const FIRM = '22222222-2222-4222-8222-222222222222';
const PROCURER = '33333333-3333-4333-8333-333333333333';

const verifiedFirm: DemandViewer = { kind: 'ENTERPRISE', organizationId: FIRM, verified: true };
const pendingFirm: DemandViewer = { kind: 'ENTERPRISE', organizationId: FIRM, verified: false };
const otherProcurer: DemandViewer = { kind: 'PROCURER', organizationId: PROCURER };
const anonymous: DemandViewer = { kind: 'ANONYMOUS' };

const demand = (
  status: DemandAccessFacts['status'],
  visibility: DemandAccessFacts['visibility'],
  invitedOrganizationIds: string[] = [],
): DemandAccessFacts => ({ status, visibility, organizationId: OWNER, invitedOrganizationIds });

describe('demandAccess (who reads what of a demand)', () => {
  it('gives the owner and administrators everything, whatever the status and visibility', () => {
    for (const status of DEMAND_STATUSES)
      for (const visibility of DEMAND_VISIBILITIES) {
        expect(demandAccess({ kind: 'PROCURER', organizationId: OWNER }, demand(status, visibility))).toBe('OWNER');
        expect(demandAccess({ kind: 'ADMIN' }, demand(status, visibility))).toBe('OWNER');
      }
  });

  it('hides drafts and cancelled demands from everyone else, invited firms included', () => {
    for (const viewer of [anonymous, verifiedFirm, pendingFirm, otherProcurer])
      for (const visibility of DEMAND_VISIBILITIES)
        for (const status of ['DRAFT', 'CANCELLED'] as const)
          expect(demandAccess(viewer, demand(status, visibility, [FIRM, PROCURER]))).toBe('NONE');
  });

  it('shows PUBLIC demands in full to anyone, closed and awarded ones included', () => {
    for (const viewer of [anonymous, verifiedFirm, pendingFirm, otherProcurer])
      for (const status of ['PUBLISHED', 'CLOSED', 'AWARDED'] as const)
        expect(demandAccess(viewer, demand(status, 'PUBLIC'))).toBe('DETAILS');
  });

  it('shows VERIFIED_SUPPLIERS details only to verified firms, the summary to others', () => {
    expect(demandAccess(verifiedFirm, demand('PUBLISHED', 'VERIFIED_SUPPLIERS'))).toBe('DETAILS');
    expect(demandAccess(pendingFirm, demand('PUBLISHED', 'VERIFIED_SUPPLIERS'))).toBe('SUMMARY');
    expect(demandAccess(otherProcurer, demand('PUBLISHED', 'VERIFIED_SUPPLIERS'))).toBe('SUMMARY');
    expect(demandAccess(anonymous, demand('CLOSED', 'VERIFIED_SUPPLIERS'))).toBe('SUMMARY');
  });

  it('shows INVITED demands only to the firms invited to them, verified or not', () => {
    expect(demandAccess(verifiedFirm, demand('PUBLISHED', 'INVITED'))).toBe('NONE');
    expect(demandAccess(verifiedFirm, demand('PUBLISHED', 'INVITED', ['44444444-4444-4444-8444-444444444444']))).toBe(
      'NONE',
    );
    expect(demandAccess(verifiedFirm, demand('PUBLISHED', 'INVITED', [FIRM]))).toBe('DETAILS');
    expect(demandAccess(pendingFirm, demand('AWARDED', 'INVITED', [FIRM]))).toBe('DETAILS');
    expect(demandAccess(otherProcurer, demand('PUBLISHED', 'INVITED', [PROCURER]))).toBe('NONE');
    expect(demandAccess(anonymous, demand('PUBLISHED', 'INVITED', [FIRM]))).toBe('NONE');
  });

  it('never gives an invited viewer less than an uninvited one, nor anyone OWNER through the table', () => {
    const order = ['NONE', 'SUMMARY', 'DETAILS'];
    for (const visibility of DEMAND_VISIBILITIES)
      for (const grant of Object.values(DEMAND_VISIBILITY_RULE[visibility]))
        expect(order.indexOf(grant.invited)).toBeGreaterThanOrEqual(order.indexOf(grant.uninvited));
  });

  it("needs the viewer's invitation looked up only where it can change the answer", () => {
    for (const status of DEMAND_STATUSES)
      for (const visibility of DEMAND_VISIBILITIES)
        for (const viewer of [anonymous, verifiedFirm, pendingFirm, otherProcurer, { kind: 'ADMIN' } as const])
          if (!demandAccessDependsOnInvitation(viewer, visibility))
            expect(demandAccess(viewer, demand(status, visibility, [FIRM, PROCURER]))).toBe(
              demandAccess(viewer, demand(status, visibility, [])),
            );
    expect(demandAccessDependsOnInvitation(verifiedFirm, 'INVITED')).toBe(true);
    expect(demandAccessDependsOnInvitation(otherProcurer, 'INVITED')).toBe(false);
    expect(demandAccessDependsOnInvitation(verifiedFirm, 'PUBLIC')).toBe(false);
  });

  it('publishes as open data what the anonymous reader gets: details of PUBLIC, the summary of VERIFIED_SUPPLIERS, no INVITED', () => {
    expect(DEMAND_VISIBILITIES.map(publicRecordAccess)).toEqual(['DETAILS', 'SUMMARY', 'NONE']);
    for (const visibility of DEMAND_VISIBILITIES)
      expect(publicRecordAccess(visibility)).toBe(demandAccess(anonymous, demand('PUBLISHED', visibility)));
  });
});
