import { type EnterpriseFacts, type EnterpriseForMatching } from './match.types.js';

/** The firm without its text: what is stored beside its features for the hard constraints and the score. */
export function enterpriseFacts(enterprise: EnterpriseForMatching): EnterpriseFacts {
  const { sectors, regionCode, qualifications, organizationStatus, completeness, lastConfirmedAt } = enterprise;
  return { sectors, regionCode, qualifications, organizationStatus, completeness, lastConfirmedAt };
}
