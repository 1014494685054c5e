import { demandsListedCondition } from './demand-access-condition.util.js';
import { describe, expect, it } from 'vitest';
import { demandConditionFilter } from './demand-condition-filter.util.js';

// Agreement with the rule over every viewer × status × visibility × invitation is checked against a
// real Meilisearch in test/integration/matching/demand-visibility.integration-spec.ts.
describe('demandConditionFilter (the visibility rule as a Meilisearch filter)', () => {
  it('filters the anonymous visitor to open demands that are not invitation-only', () => {
    expect(demandConditionFilter(demandsListedCondition({ kind: 'ANONYMOUS' }))).toBe(
      '(status IN ["PUBLISHED"] AND status IN ["PUBLISHED", "CLOSED", "AWARDED"] AND visibility IN ["PUBLIC", "VERIFIED_SUPPLIERS"])',
    );
  });

  it('adds a firm its own invitations, and a procurer its own demands', () => {
    const firm = demandConditionFilter(
      demandsListedCondition({ kind: 'ENTERPRISE', organizationId: 'f-1', verified: true }),
    );
    expect(firm).toContain('(visibility IN ["INVITED"] AND invitedEnterpriseIds = "f-1")');
    expect(firm).toContain('organizationId = "f-1"');
    const procurer = demandConditionFilter(demandsListedCondition({ kind: 'PROCURER', organizationId: 'p-1' }));
    expect(procurer).toContain('organizationId = "p-1"');
    expect(procurer).not.toContain('invitedEnterpriseIds');
  });

  it('needs only the status filter for administrators, and matches nothing for NEVER', () => {
    expect(demandConditionFilter(demandsListedCondition({ kind: 'ADMIN' }))).toBe('status IN ["PUBLISHED"]');
    expect(demandConditionFilter({ kind: 'NEVER' })).toBe('status IN []');
    expect(demandConditionFilter({ kind: 'ALWAYS' })).toBeNull();
  });

  it('quotes every value, so an organisation id cannot change the expression', () => {
    const hostile = 'x" OR visibility = "INVITED\\';
    const filter = demandConditionFilter({ kind: 'INVITES', organizationId: hostile });
    expect(filter).toBe('invitedEnterpriseIds = "x\\" OR visibility = \\"INVITED\\\\"');
  });
});
