import type { DemandCondition } from './demand-access-condition.util.js';

/**
 * Gives the placeholder for one bound value: `$3` for node-postgres, `:visibility3` for TypeORM's
 * query builder. Every value of a condition goes through it; none is written into the SQL text.
 */
export type SqlPlaceholder = (value: string) => string;

/** Placeholders `$first`, `$first+1`… with their values in order, for a raw query. */
export function positionalSqlParameters(first = 1): { values: string[]; placeholder: SqlPlaceholder } {
  const values: string[] = [];
  return {
    values,
    placeholder: (value) => {
      values.push(value);
      return `$${first + values.length - 1}`;
    },
  };
}

/** Named placeholders `:<prefix>0`, `:<prefix>1`… with their values, for TypeORM's query builder. */
export function namedSqlParameters(prefix: string): { parameters: Record<string, string>; placeholder: SqlPlaceholder } {
  const parameters: Record<string, string> = {};
  return {
    parameters,
    placeholder: (value) => {
      const name = `${prefix}${Object.keys(parameters).length}`;
      parameters[name] = value;
      return `:${name}`;
    },
  };
}

/**
 * A demand condition of the visibility rule as an SQL predicate over the API's `demands` row aliased
 * `alias` (columns status, visibility, organization_id, id), atom by atom, every value bound (an
 * invitation is a row of `demand_invitations`).
 */
export function demandConditionSql(condition: DemandCondition, alias: string, placeholder: SqlPlaceholder): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const column = (name: string) => `${alias}."${name}"`;
  const list = (values: readonly string[]) =>
    values.length === 0 ? '(NULL)' : `(${values.map((v) => placeholder(v)).join(', ')})`;
  switch (condition.kind) {
    case 'ALWAYS':
      return 'TRUE';
    case 'NEVER':
      return 'FALSE';
    case 'STATUS_IN':
      return `${column('status')} IN ${list(condition.statuses)}`;
    case 'VISIBILITY_IN':
      return `${column('visibility')} IN ${list(condition.visibilities)}`;
    case 'OWNED_BY':
      return `${column('organization_id')} = ${placeholder(condition.organizationId)}`;
    case 'INVITES':
      return `EXISTS (SELECT 1 FROM "demand_invitations" "visibility_invitation" WHERE "visibility_invitation"."demand_id" = ${column('id')} AND "visibility_invitation"."organization_id" = ${placeholder(condition.organizationId)})`;
    case 'ALL':
    case 'ANY':
      return `(${condition.of
        .map((c) => demandConditionSql(c, alias, placeholder))
        .join(condition.kind === 'ALL' ? ' AND ' : ' OR ')})`;
  }
}
