import type { ViewerKind } from '@mcf/contracts';
import { RouteName } from '../router/route-names';

/** One entry of the main navigation: its label is an i18n key, its target a named route. */
export interface NavigationItem {
  labelKey: string;
  routeName: RouteName;
}

/**
 * The main navigation for each kind of viewer, in display order. Visitors see the public side;
 * 民参军企业, 需求方 and administrators each see their own workspace.
 */
export const NAVIGATION: Readonly<Record<ViewerKind, readonly NavigationItem[]>> = {
  ANONYMOUS: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
    { labelKey: 'nav.supplierDirectory', routeName: RouteName.SupplierSearch },
    { labelKey: 'nav.entryGuide', routeName: RouteName.EntryGuide },
    { labelKey: 'nav.publicAwards', routeName: RouteName.PublicAwards },
    { labelKey: 'offers.nav.search', routeName: RouteName.OfferSearch },
    { labelKey: 'parks.nav', routeName: RouteName.Parks },
    { labelKey: 'nav.investmentMap', routeName: RouteName.InvestmentMap },
    { labelKey: 'nav.techRoadmap', routeName: RouteName.TechRoadmap },
    { labelKey: 'projects.nav', routeName: RouteName.ProjectLibrary },
  ],
  ENTERPRISE: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'nav.enterpriseProfile', routeName: RouteName.EnterpriseProfile },
    { labelKey: 'nav.enterpriseQualifications', routeName: RouteName.EnterpriseQualifications },
    { labelKey: 'nav.enterpriseMatches', routeName: RouteName.EnterpriseMatches },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
    { labelKey: 'nav.enterpriseInvitations', routeName: RouteName.EnterpriseInvitations },
    { labelKey: 'nav.messages', routeName: RouteName.Messages },
    { labelKey: 'alerts.nav', routeName: RouteName.Alerts },
    { labelKey: 'offers.nav.search', routeName: RouteName.OfferSearch },
    { labelKey: 'talents.nav.search', routeName: RouteName.TalentSearch },
    { labelKey: 'talents.nav.needs', routeName: RouteName.TalentNeeds },
    { labelKey: 'financialReports.nav', routeName: RouteName.EnterpriseFinancialReports },
    { labelKey: 'nav.investmentMap', routeName: RouteName.InvestmentMap },
    { labelKey: 'nav.techRoadmap', routeName: RouteName.TechRoadmap },
    { labelKey: 'projects.nav', routeName: RouteName.ProjectLibrary },
    { labelKey: 'projects.mine.nav', routeName: RouteName.MyProjects },
  ],
  PROCURER: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'nav.procurerDemandNew', routeName: RouteName.ProcurerDemandNew },
    { labelKey: 'nav.procurerDemands', routeName: RouteName.ProcurerDemands },
    { labelKey: 'nav.supplierSearch', routeName: RouteName.SupplierSearch },
    { labelKey: 'nav.messages', routeName: RouteName.Messages },
    { labelKey: 'alerts.nav', routeName: RouteName.Alerts },
    { labelKey: 'offers.nav.search', routeName: RouteName.OfferSearch },
    { labelKey: 'talents.nav.search', routeName: RouteName.TalentSearch },
    { labelKey: 'talents.nav.needs', routeName: RouteName.TalentNeeds },
    { labelKey: 'nav.investmentMap', routeName: RouteName.InvestmentMap },
    { labelKey: 'nav.techRoadmap', routeName: RouteName.TechRoadmap },
    { labelKey: 'projects.nav', routeName: RouteName.ProjectLibrary },
    { labelKey: 'projects.mine.nav', routeName: RouteName.MyProjects },
  ],
  INDIVIDUAL: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'talents.nav.profile', routeName: RouteName.TalentProfile },
    { labelKey: 'talents.nav.contacts', routeName: RouteName.TalentContacts },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
  ],
  ADMIN: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'nav.adminOrganizations', routeName: RouteName.AdminOrganizations },
    { labelKey: 'nav.adminQualifications', routeName: RouteName.AdminQualifications },
    { labelKey: 'claims.nav', routeName: RouteName.AdminClaims },
    { labelKey: 'adminDemands.nav', routeName: RouteName.AdminDemands },
    { labelKey: 'imports.nav', routeName: RouteName.AdminImports },
    { labelKey: 'nav.adminExpiries', routeName: RouteName.AdminExpiries },
    { labelKey: 'nav.adminStatistics', routeName: RouteName.AdminDashboard },
    { labelKey: 'planTargets.nav', routeName: RouteName.AdminPlanTargets },
    { labelKey: 'parks.adminNav', routeName: RouteName.AdminParks },
    { labelKey: 'nav.adminAuditLog', routeName: RouteName.AdminAuditLog },
    { labelKey: 'jobs.nav', routeName: RouteName.AdminJobs },
    { labelKey: 'vocabulary.nav', routeName: RouteName.AdminVocabulary },
    { labelKey: 'nav.publicAwards', routeName: RouteName.PublicAwards },
    { labelKey: 'offers.nav.admin', routeName: RouteName.AdminOffers },
    { labelKey: 'nav.investmentMap', routeName: RouteName.InvestmentMap },
    { labelKey: 'nav.techRoadmap', routeName: RouteName.TechRoadmap },
    { labelKey: 'projects.nav', routeName: RouteName.ProjectLibrary },
    { labelKey: 'projectReports.nav', routeName: RouteName.AdminProjectReports },
    { labelKey: 'projectOverdue.nav', routeName: RouteName.AdminProjectOverdue },
  ],
  // 高校与科研院所, 园区与平台 (#15): they list technology offers and take others' up.
  INSTITUTE: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'offers.nav.mine', routeName: RouteName.MyOffers },
    { labelKey: 'offers.nav.new', routeName: RouteName.OfferNew },
    { labelKey: 'offers.nav.search', routeName: RouteName.OfferSearch },
    { labelKey: 'nav.supplierDirectory', routeName: RouteName.SupplierSearch },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
    { labelKey: 'nav.messages', routeName: RouteName.Messages },
  ],
  PARK: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'offers.nav.mine', routeName: RouteName.MyOffers },
    { labelKey: 'offers.nav.new', routeName: RouteName.OfferNew },
    { labelKey: 'offers.nav.search', routeName: RouteName.OfferSearch },
    { labelKey: 'nav.supplierDirectory', routeName: RouteName.SupplierSearch },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
    { labelKey: 'nav.messages', routeName: RouteName.Messages },
  ],
};

export function navigationFor(kind: ViewerKind): readonly NavigationItem[] {
  return NAVIGATION[kind];
}
