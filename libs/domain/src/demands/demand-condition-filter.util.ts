import { meilisearchQuoted } from '../search/meilisearch-quoted.util.js';
import type { DemandCondition } from './demand-access-condition.util.js';

const anyOf = (attribute: string, values: readonly string[]) =>
  values.length === 0 ? null : `${attribute} IN [${values.map(meilisearchQuoted).join(', ')}]`;
const equals = (attribute: string, value: string) => `${attribute} = ${meilisearchQuoted(value)}`;

/**
 * A demand condition of the visibility rule as a Meilisearch filter over the API's demands index
 * (fields status, visibility, organizationId, invitedEnterpriseIds), atom by atom, every value quoted;
 * null when it holds for every demand (no filter needed).
 */
export function demandConditionFilter(condition: DemandCondition): string | null {
  switch (condition.kind) {
    case 'ALWAYS':
      return null;
    case 'NEVER':
      // An empty IN list matches nothing.
      return 'status IN []';
    case 'STATUS_IN':
      return anyOf('status', condition.statuses) ?? 'status IN []';
    case 'VISIBILITY_IN':
      return anyOf('visibility', condition.visibilities) ?? 'visibility IN []';
    case 'OWNED_BY':
      return equals('organizationId', condition.organizationId);
    case 'INVITES':
      return equals('invitedEnterpriseIds', condition.organizationId);
    case 'ALL': {
      const parts = condition.of.map(demandConditionFilter).filter((p) => p !== null);
      return parts.length === 0 ? null : `(${parts.join(' AND ')})`;
    }
    case 'ANY': {
      const parts = condition.of.map(demandConditionFilter);
      return parts.length === 0 ? 'status IN []' : parts.includes(null) ? null : `(${parts.join(' OR ')})`;
    }
  }
}
