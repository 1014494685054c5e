import { describe, expect, it } from 'vitest';
import {
  isOrganizationKindCode,
  ORGANIZATION_KIND_CODES,
  ORGANIZATION_KIND_RULES,
  organizationKindRules,
} from './organization-kind.rules.js';

describe('organisation kinds', () => {
  it('names the four kinds of the action plan, the two old ones first (their codes are stored)', () => {
    expect(ORGANIZATION_KIND_CODES).toEqual(['ENTERPRISE', 'PROCURER', 'INSTITUTE', 'PARK']);
    expect(Object.keys(ORGANIZATION_KIND_RULES).sort()).toEqual([...ORGANIZATION_KIND_CODES].sort());
  });

  it('lets every kind both offer technology and take up an offer', () => {
    for (const kind of ORGANIZATION_KIND_CODES) {
      expect(organizationKindRules(kind).listsOffers).toBe(true);
      expect(organizationKindRules(kind).takesUpOffers).toBe(true);
    }
  });

  it('keeps capability profiles to firms and demands to procurers', () => {
    expect(ORGANIZATION_KIND_CODES.filter((k) => ORGANIZATION_KIND_RULES[k].publishesCapabilityProfile)).toEqual(['ENTERPRISE']);
    expect(ORGANIZATION_KIND_CODES.filter((k) => ORGANIZATION_KIND_RULES[k].postsDemands)).toEqual(['PROCURER']);
  });

  it('an institute lists offers and takes them up, but neither posts demands nor keeps a capability profile', () => {
    expect(organizationKindRules('INSTITUTE')).toEqual({
      publishesCapabilityProfile: false,
      postsDemands: false,
      listsOffers: true,
      takesUpOffers: true,
    });
  });

  it('gives a member without an organisation nothing', () => {
    expect(Object.values(organizationKindRules(null)).every((allowed) => allowed === false)).toBe(true);
  });

  it('recognises the codes and nothing else', () => {
    expect(isOrganizationKindCode('INSTITUTE')).toBe(true);
    expect(isOrganizationKindCode('PARK')).toBe(true);
    expect(isOrganizationKindCode('UNIVERSITY')).toBe(false);
    expect(isOrganizationKindCode(undefined)).toBe(false);
  });
});
