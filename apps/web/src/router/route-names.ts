/** Every named route of the app; navigation, links and tests refer to routes only by these names. */
export const RouteName = {
  Home: 'home',
  DemandHall: 'demand-hall',
  SupplierSearch: 'supplier-search',
  EntryGuide: 'entry-guide',
  SignIn: 'sign-in',
  Register: 'register',
  Messages: 'messages',
  EnterpriseProfile: 'enterprise-profile',
  EnterpriseQualifications: 'enterprise-qualifications',
  EnterpriseMatches: 'enterprise-matches',
  EnterpriseInvitations: 'enterprise-invitations',
  ProcurerDemandNew: 'procurer-demand-new',
  ProcurerDemands: 'procurer-demands',
  AdminOrganizations: 'admin-organizations',
  AdminQualifications: 'admin-qualifications',
  AdminExpiries: 'admin-expiries',
  AdminStatistics: 'admin-statistics',
  AdminAuditLog: 'admin-audit-log',
  Health: 'health',
  NotFound: 'not-found',
} as const;

export type RouteName = (typeof RouteName)[keyof typeof RouteName];
