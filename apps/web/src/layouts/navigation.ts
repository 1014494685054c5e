import type { ViewerKind } from '@mcf/contracts';
import { RouteName } from '../router/route-names';

/** One link of the main navigation: its label is an i18n key, its target a named route. */
export interface NavigationItem {
  labelKey: string;
  routeName: RouteName;
}

/**
 * A menu of the main navigation: one label in the bar that opens its links (a dropdown on a laptop, a
 * titled section in the phone's drawer). Workspaces with many pages group them so the bar keeps one row.
 */
export interface NavigationGroup {
  /** Stable key, for tests and `data-nav-group`. */
  key: string;
  labelKey: string;
  items: readonly NavigationItem[];
}

export type NavigationEntry = NavigationItem | NavigationGroup;

export function isNavigationGroup(entry: NavigationEntry): entry is NavigationGroup {
  return 'items' in entry;
}

const item = (labelKey: string, routeName: RouteName): NavigationItem => ({ labelKey, routeName });
const group = (key: string, items: readonly NavigationItem[]): NavigationGroup => ({
  key,
  labelKey: `nav.groups.${key}`,
  items,
});

// Menus that several workspaces share.
const OFFERS_AND_TALENT = group('offersAndTalent', [
  item('offers.nav.search', RouteName.OfferSearch),
  item('talents.nav.search', RouteName.TalentSearch),
  item('talents.nav.needs', RouteName.TalentNeeds),
]);
const PROJECTS_AND_MAPS = group('projectsAndMaps', [
  item('projects.nav', RouteName.ProjectLibrary),
  item('projects.mine.nav', RouteName.MyProjects),
  item('nav.investmentMap', RouteName.InvestmentMap),
  item('nav.techRoadmap', RouteName.TechRoadmap),
]);

/**
 * THE table of the main navigation for each kind of viewer, in display order: links and menus of links.
 * Visitors see the public side; 民参军企业, 需求方 and administrators each see their own workspace.
 */
export const NAVIGATION: Readonly<Record<ViewerKind, readonly NavigationEntry[]>> = {
  ANONYMOUS: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
    { labelKey: 'nav.supplierDirectory', routeName: RouteName.SupplierSearch },
    { labelKey: 'nav.entryGuide', routeName: RouteName.EntryGuide },
    { labelKey: 'nav.publicAwards', routeName: RouteName.PublicAwards },
    { labelKey: 'offers.nav.search', routeName: RouteName.OfferSearch },
    group('plan', [
      item('projects.nav', RouteName.ProjectLibrary),
      item('parks.nav', RouteName.Parks),
      item('nav.investmentMap', RouteName.InvestmentMap),
      item('nav.techRoadmap', RouteName.TechRoadmap),
    ]),
  ],
  ENTERPRISE: [
    item('nav.home', RouteName.Home),
    item('nav.demandHall', RouteName.DemandHall),
    item('nav.enterpriseMatches', RouteName.EnterpriseMatches),
    item('nav.enterpriseInvitations', RouteName.EnterpriseInvitations),
    item('nav.messages', RouteName.Messages),
    group('enterprise', [
      item('nav.enterpriseProfile', RouteName.EnterpriseProfile),
      item('nav.enterpriseQualifications', RouteName.EnterpriseQualifications),
      item('financialReports.nav', RouteName.EnterpriseFinancialReports),
      item('alerts.nav', RouteName.Alerts),
    ]),
    OFFERS_AND_TALENT,
    PROJECTS_AND_MAPS,
  ],
  PROCURER: [
    item('nav.home', RouteName.Home),
    item('nav.procurerDemandNew', RouteName.ProcurerDemandNew),
    item('nav.procurerDemands', RouteName.ProcurerDemands),
    item('nav.supplierSearch', RouteName.SupplierSearch),
    item('nav.messages', RouteName.Messages),
    item('alerts.nav', RouteName.Alerts),
    OFFERS_AND_TALENT,
    PROJECTS_AND_MAPS,
  ],
  INDIVIDUAL: [
    { labelKey: 'nav.home', routeName: RouteName.Home },
    { labelKey: 'talents.nav.profile', routeName: RouteName.TalentProfile },
    { labelKey: 'talents.nav.contacts', routeName: RouteName.TalentContacts },
    { labelKey: 'nav.demandHall', routeName: RouteName.DemandHall },
  ],
  ADMIN: [
    item('nav.home', RouteName.Home),
    group('review', [
      item('nav.adminOrganizations', RouteName.AdminOrganizations),
      item('nav.adminQualifications', RouteName.AdminQualifications),
      item('claims.nav', RouteName.AdminClaims),
      item('offers.nav.admin', RouteName.AdminOffers),
      item('projectReports.nav', RouteName.AdminProjectReports),
    ]),
    group('manage', [
      item('adminDemands.nav', RouteName.AdminDemands),
      item('imports.nav', RouteName.AdminImports),
      item('nav.adminExpiries', RouteName.AdminExpiries),
      item('projectOverdue.nav', RouteName.AdminProjectOverdue),
      item('parks.adminNav', RouteName.AdminParks),
    ]),
    group('statistics', [
      item('nav.adminStatistics', RouteName.AdminDashboard),
      item('planTargets.nav', RouteName.AdminPlanTargets),
      item('nav.publicAwards', RouteName.PublicAwards),
    ]),
    group('maps', [
      item('projects.nav', RouteName.ProjectLibrary),
      item('nav.investmentMap', RouteName.InvestmentMap),
      item('nav.techRoadmap', RouteName.TechRoadmap),
    ]),
    group('system', [
      item('nav.adminAuditLog', RouteName.AdminAuditLog),
      item('jobs.nav', RouteName.AdminJobs),
      item('vocabulary.nav', RouteName.AdminVocabulary),
    ]),
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

/** The viewer's navigation as the bar shows it: links and menus. */
export function navigationEntriesFor(kind: ViewerKind): readonly NavigationEntry[] {
  return NAVIGATION[kind];
}

/** Every link of the viewer's navigation, menus opened, in display order. */
export function navigationFor(kind: ViewerKind): readonly NavigationItem[] {
  return NAVIGATION[kind].flatMap((entry) => (isNavigationGroup(entry) ? entry.items : [entry]));
}
