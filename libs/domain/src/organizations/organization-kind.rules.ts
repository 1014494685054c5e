/**
 * The kinds of organisation the action plan names: 民参军企业 (ENTERPRISE), 军队单位 / 总体单位 / 军工集团
 * (PROCURER), 高校与科研院所 (INSTITUTE) and 园区与平台 (PARK: parks, bases, shared technology platforms).
 */
export const ORGANIZATION_KIND_CODES = ['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK'] as const;
export type OrganizationKindCode = (typeof ORGANIZATION_KIND_CODES)[number];

/** What an organisation of one kind does on the platform; one organisation may both offer and ask. */
export interface OrganizationKindRules {
  /** Publishes a capability profile and certificates, is matched to demands and answers them (民参军 supply). */
  publishesCapabilityProfile: boolean;
  /** Posts demands and reviews suppliers (the procuring side). */
  postsDemands: boolean;
  /** Lists technology offers (成果转化: 军转民 from a defence unit, 民参军 from a firm, an institute's results). */
  listsOffers: boolean;
  /** Takes up others' offers: says "interested" and talks to the owner (licensee, buyer, co-developer). */
  takesUpOffers: boolean;
}

/**
 * The rules per kind. Every kind may list a technology offer and take one up: an institute licenses its
 * patents and develops jointly with firms; a park lists what its shared platforms (中试, 检验检测) offer and
 * brokers for its residents; a military unit or prime contractor offers 军转民 technology and may also take
 * up a civilian one. Only firms keep capability profiles (so only firms are matched to demands and
 * offers), and only procurers post demands, as before.
 */
export const ORGANIZATION_KIND_RULES: Readonly<Record<OrganizationKindCode, OrganizationKindRules>> = {
  ENTERPRISE: { publishesCapabilityProfile: true, postsDemands: false, listsOffers: true, takesUpOffers: true },
  PROCURER: { publishesCapabilityProfile: false, postsDemands: true, listsOffers: true, takesUpOffers: true },
  INSTITUTE: { publishesCapabilityProfile: false, postsDemands: false, listsOffers: true, takesUpOffers: true },
  PARK: { publishesCapabilityProfile: false, postsDemands: false, listsOffers: true, takesUpOffers: true },
};

export function isOrganizationKindCode(value: unknown): value is OrganizationKindCode {
  return typeof value === 'string' && (ORGANIZATION_KIND_CODES as readonly string[]).includes(value);
}

/** The rules of a kind; an actor without an organisation (null) may do none of it. */
export function organizationKindRules(kind: OrganizationKindCode | null): OrganizationKindRules {
  return kind === null
    ? { publishesCapabilityProfile: false, postsDemands: false, listsOffers: false, takesUpOffers: false }
    : ORGANIZATION_KIND_RULES[kind];
}
