import {
  DEMAND_STATUSES_LISTED,
  DEMAND_STATUSES_OPEN_TO_READERS,
  DEMAND_VISIBILITY_RULE,
  type DemandAccess,
  type DemandAccessFacts,
  demandAccessAtLeast,
  demandReaderClass,
  type DemandViewer,
  demandViewerOrganization,
} from './demand-access.util.js';
import { DEMAND_VISIBILITIES, type DemandStatus, type DemandVisibility } from './demand-status.constant.js';

/**
 * A condition on a demand's facts, for one viewer: the visibility rule turned into a predicate that a
 * search engine filter or an SQL WHERE clause can be derived from mechanically (each atom maps to one
 * filter or one SQL test), so that neither can drift from the rule.
 */
export type DemandCondition =
  | { kind: 'ALWAYS' }
  | { kind: 'NEVER' }
  | { kind: 'STATUS_IN'; statuses: readonly DemandStatus[] }
  | { kind: 'VISIBILITY_IN'; visibilities: readonly DemandVisibility[] }
  | { kind: 'OWNED_BY'; organizationId: string }
  | { kind: 'INVITES'; organizationId: string }
  | { kind: 'ALL'; of: readonly DemandCondition[] }
  | { kind: 'ANY'; of: readonly DemandCondition[] };

const ALWAYS: DemandCondition = { kind: 'ALWAYS' };
const NEVER: DemandCondition = { kind: 'NEVER' };

/** All of `parts`, with constants folded away. */
export function allDemandConditions(parts: readonly DemandCondition[]): DemandCondition {
  if (parts.some((p) => p.kind === 'NEVER')) return NEVER;
  const rest = parts.flatMap((p) => (p.kind === 'ALL' ? p.of : p.kind === 'ALWAYS' ? [] : [p]));
  return rest.length === 0 ? ALWAYS : rest.length === 1 ? rest[0]! : { kind: 'ALL', of: rest };
}

/** Any of `parts`, with constants folded away. */
export function anyDemandCondition(parts: readonly DemandCondition[]): DemandCondition {
  if (parts.some((p) => p.kind === 'ALWAYS')) return ALWAYS;
  const rest = parts.flatMap((p) => (p.kind === 'ANY' ? p.of : p.kind === 'NEVER' ? [] : [p]));
  return rest.length === 0 ? NEVER : rest.length === 1 ? rest[0]! : { kind: 'ANY', of: rest };
}

/** The condition under which `viewer` reads at least `level` of a demand (NONE: every demand). */
export function demandAccessCondition(viewer: DemandViewer, level: DemandAccess): DemandCondition {
  if (level === 'NONE' || viewer.kind === 'ADMIN') return ALWAYS;
  const organization = demandViewerOrganization(viewer);
  const owned: DemandCondition = organization === null ? NEVER : { kind: 'OWNED_BY', organizationId: organization };
  if (level === 'OWNER') return owned;
  const reader = demandReaderClass(viewer);
  const plain: DemandVisibility[] = [];
  const byInvitation: DemandVisibility[] = [];
  for (const visibility of DEMAND_VISIBILITIES) {
    const rule = DEMAND_VISIBILITY_RULE[visibility][reader];
    if (demandAccessAtLeast(rule.uninvited, level)) plain.push(visibility);
    else if (demandAccessAtLeast(rule.invited, level) && organization !== null) byInvitation.push(visibility);
  }
  const invited: DemandCondition = organization === null ? NEVER : { kind: 'INVITES', organizationId: organization };
  return anyDemandCondition([
    owned,
    allDemandConditions([
      { kind: 'STATUS_IN', statuses: DEMAND_STATUSES_OPEN_TO_READERS },
      anyDemandCondition([
        plain.length > 0 ? { kind: 'VISIBILITY_IN', visibilities: plain } : NEVER,
        byInvitation.length > 0
          ? allDemandConditions([{ kind: 'VISIBILITY_IN', visibilities: byInvitation }, invited])
          : NEVER,
      ]),
    ]),
  ]);
}

/** The demands listed to `viewer` (search, a firm's matches): open to answers, and readable by it. */
export function demandsListedCondition(viewer: DemandViewer): DemandCondition {
  return allDemandConditions([
    { kind: 'STATUS_IN', statuses: DEMAND_STATUSES_LISTED },
    demandAccessCondition(viewer, 'SUMMARY'),
  ]);
}

/** Whether `demand` meets `condition` (the reference reading of a condition; filters and SQL must agree). */
export function meetsDemandCondition(condition: DemandCondition, demand: DemandAccessFacts): boolean {
  switch (condition.kind) {
    case 'ALWAYS':
      return true;
    case 'NEVER':
      return false;
    case 'STATUS_IN':
      return condition.statuses.includes(demand.status);
    case 'VISIBILITY_IN':
      return condition.visibilities.includes(demand.visibility);
    case 'OWNED_BY':
      return demand.organizationId === condition.organizationId;
    case 'INVITES':
      return demand.invitedOrganizationIds.includes(condition.organizationId);
    case 'ALL':
      return condition.of.every((c) => meetsDemandCondition(c, demand));
    case 'ANY':
      return condition.of.some((c) => meetsDemandCondition(c, demand));
  }
}

/**
 * Whether the viewer reads the details of every demand it may read (administrators, verified firms).
 * Others search titles only, so that a word in details hidden from them cannot be probed through hit
 * counts.
 */
export function readsDetailsOfEveryReadableDemand(viewer: DemandViewer): boolean {
  if (viewer.kind === 'ADMIN') return true;
  const reader = demandReaderClass(viewer);
  return DEMAND_VISIBILITIES.every((visibility) => {
    const rule = DEMAND_VISIBILITY_RULE[visibility][reader];
    return rule.uninvited !== 'SUMMARY' && rule.invited !== 'SUMMARY';
  });
}
