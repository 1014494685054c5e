import { demandsListedCondition } from './demand-access-condition.util.js';
import { describe, expect, it } from 'vitest';
import { demandConditionSql, namedSqlParameters, positionalSqlParameters } from './demand-condition-sql.util.js';

// Agreement with the rule over every viewer × status × visibility × invitation is checked against a
// real PostgreSQL in test/integration/matching/demand-visibility.integration-spec.ts.
describe('demandConditionSql (the visibility rule as an SQL predicate)', () => {
  it('binds every value, the viewer’s organisation included, and writes none into the text', () => {
    const hostile = "f-1'); DROP TABLE demands; --";
    const bound = positionalSqlParameters(2);
    const sql = demandConditionSql(
      demandsListedCondition({ kind: 'ENTERPRISE', organizationId: hostile, verified: true }),
      'd',
      bound.placeholder,
    );
    expect(sql).not.toContain(hostile);
    expect(sql).not.toContain("'");
    expect(bound.values).toContain(hostile);
    expect(sql).toContain('d."organization_id" = $');
    expect(sql).toContain('EXISTS (SELECT 1 FROM "demand_invitations"');
    expect(sql.match(/\$\d+/g)).toEqual(bound.values.map((_, i) => `$${i + 2}`));
  });

  it('names parameters for the query builder', () => {
    const named = namedSqlParameters('listed');
    const sql = demandConditionSql(demandsListedCondition({ kind: 'ADMIN' }), 'd', named.placeholder);
    expect(sql).toBe('d."status" IN (:listed0)');
    expect(named.parameters).toEqual({ listed0: 'PUBLISHED' });
  });

  it('refuses an alias that is not a plain identifier, and folds constants', () => {
    expect(() => demandConditionSql({ kind: 'ALWAYS' }, 'd; --', () => '$1')).toThrow(/alias/);
    expect(demandConditionSql({ kind: 'NEVER' }, 'd', () => '$1')).toBe('FALSE');
    expect(demandConditionSql({ kind: 'VISIBILITY_IN', visibilities: [] }, 'd', () => '$1')).toBe(
      'd."visibility" IN (NULL)',
    );
  });
});
