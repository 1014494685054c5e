import type { RouteRecordRaw } from 'vue-router';
import DefaultLayout from '../layouts/DefaultLayout.vue';
import {
  ADMIN_ONLY,
  ENTERPRISE_ONLY,
  NOTIFICATION_READERS,
  ORGANIZATION_MEMBERS,
  PROCURER_ONLY,
  SIGNED_IN,
  TALENT_PEOPLE,
  type SignedInKind,
} from './access';
import { RouteName } from './route-names';

/** Pages whose issue has not landed yet: they show the shared "建设中" view rather than a 404. */
export const PLANNED_PAGES: ReadonlyArray<{
  name: RouteName;
  path: string;
  titleKey: string;
  access?: readonly SignedInKind[];
}> = [
];

const ComingSoonPage = () => import('../views/system/coming-soon/index.vue');

export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: DefaultLayout,
    children: [
      {
        path: '',
        name: RouteName.Home,
        component: () => import('../views/home/landing/index.vue'),
        meta: { titleKey: 'nav.home' },
      },
      {
        path: 'health',
        name: RouteName.Health,
        component: () => import('../views/system/health/index.vue'),
        meta: { titleKey: 'health.title' },
      },
      {
        path: 'sign-in',
        name: RouteName.SignIn,
        component: () => import('../views/auth/sign-in/index.vue'),
        meta: { titleKey: 'signIn.title', guestOnly: true },
      },
      {
        path: 'register',
        name: RouteName.Register,
        component: () => import('../views/auth/register/index.vue'),
        meta: { titleKey: 'register.title', guestOnly: true },
      },
      {
        path: 'forgot-password',
        name: RouteName.ForgotPassword,
        component: () => import('../views/auth/forgot-password/index.vue'),
        meta: { titleKey: 'forgotPassword.title', guestOnly: true },
      },
      {
        path: 'reset-password',
        name: RouteName.ResetPassword,
        component: () => import('../views/auth/reset-password/index.vue'),
        meta: { titleKey: 'resetPassword.title' },
      },
      {
        path: 'invitations/accept',
        name: RouteName.AcceptInvitation,
        component: () => import('../views/auth/accept-invitation/index.vue'),
        meta: { titleKey: 'acceptInvitation.title' },
      },
      {
        path: 'account',
        name: RouteName.Account,
        component: () => import('../views/account/overview/index.vue'),
        meta: { titleKey: 'account.title', access: SIGNED_IN },
      },
      {
        path: 'organization/members',
        name: RouteName.OrganizationMembers,
        component: () => import('../views/organization/members/index.vue'),
        meta: { titleKey: 'members.title', access: ORGANIZATION_MEMBERS },
      },
      {
        path: 'admin/organizations',
        name: RouteName.AdminOrganizations,
        component: () => import('../views/admin/organizations/index.vue'),
        meta: { titleKey: 'nav.adminOrganizations', access: ADMIN_ONLY },
      },
      {
        path: 'admin/audit',
        name: RouteName.AdminAuditLog,
        component: () => import('../views/admin/audit/index.vue'),
        meta: { titleKey: 'nav.adminAuditLog', access: ADMIN_ONLY },
      },
      {
        path: 'enterprise/profile',
        name: RouteName.EnterpriseProfile,
        component: () => import('../views/enterprise/profile/index.vue'),
        meta: { titleKey: 'nav.enterpriseProfile', access: ENTERPRISE_ONLY },
      },
      {
        path: 'enterprise/invitations',
        name: RouteName.EnterpriseInvitations,
        component: () => import('../views/enterprise/invitations/index.vue'),
        meta: { titleKey: 'enterpriseInvitations.title', access: ENTERPRISE_ONLY },
      },
      {
        path: 'enterprise/qualifications',
        name: RouteName.EnterpriseQualifications,
        component: () => import('../views/enterprise/qualifications/index.vue'),
        meta: { titleKey: 'nav.enterpriseQualifications', access: ENTERPRISE_ONLY },
      },
      {
        path: 'enterprises/:orgId',
        name: RouteName.EnterprisePublic,
        component: () => import('../views/enterprises/public/index.vue'),
        meta: { titleKey: 'publicProfile.title' },
      },
      {
        path: 'admin/qualifications',
        name: RouteName.AdminQualifications,
        component: () => import('../views/admin/qualifications/index.vue'),
        meta: { titleKey: 'nav.adminQualifications', access: ADMIN_ONLY },
      },
      {
        path: 'admin/claims',
        name: RouteName.AdminClaims,
        component: () => import('../views/admin/claims/index.vue'),
        meta: { titleKey: 'claims.title', access: ADMIN_ONLY },
      },
      {
        path: 'admin/expiries',
        name: RouteName.AdminExpiries,
        component: () => import('../views/admin/expiries/index.vue'),
        meta: { titleKey: 'expiries.title', access: ADMIN_ONLY },
      },
      {
        path: 'admin/imports',
        name: RouteName.AdminImports,
        component: () => import('../views/admin/imports/index.vue'),
        meta: { titleKey: 'imports.title', access: ADMIN_ONLY },
      },
      {
        // ECharts is imported only below this page, so it stays in the page's lazy chunk.
        path: 'admin/dashboard',
        name: RouteName.AdminDashboard,
        component: () => import('../views/admin/dashboard/index.vue'),
        meta: { titleKey: 'dashboard.title', access: ADMIN_ONLY },
      },
      // Bases and parks, the plan's targets and firms' yearly figures (#15).
      {
        path: 'parks',
        name: RouteName.Parks,
        component: () => import('../views/parks/list/index.vue'),
        meta: { titleKey: 'parks.title' },
      },
      {
        path: 'parks/:id',
        name: RouteName.ParkDetail,
        component: () => import('../views/parks/detail/index.vue'),
        meta: { titleKey: 'parks.title' },
      },
      {
        path: 'admin/parks',
        name: RouteName.AdminParks,
        component: () => import('../views/admin/parks/index.vue'),
        meta: { titleKey: 'parks.admin.title', access: ADMIN_ONLY },
      },
      {
        path: 'admin/plan-targets',
        name: RouteName.AdminPlanTargets,
        component: () => import('../views/admin/plan-targets/index.vue'),
        meta: { titleKey: 'planTargets.title', access: ADMIN_ONLY },
      },
      {
        path: 'enterprise/financial-reports',
        name: RouteName.EnterpriseFinancialReports,
        component: () => import('../views/enterprise/financial-reports/index.vue'),
        meta: { titleKey: 'financialReports.title', access: ENTERPRISE_ONLY },
      },
      // Demands, matches and search (lazy: none of it is in the entry chunk).
      {
        path: 'search/enterprises',
        name: RouteName.SupplierSearch,
        component: () => import('../views/search/enterprises/index.vue'),
        meta: { titleKey: 'search.enterprises.title' },
      },
      {
        path: 'search/demands',
        name: RouteName.DemandHall,
        component: () => import('../views/search/demands/index.vue'),
        meta: { titleKey: 'search.demands.title' },
      },
      {
        path: 'demands/:id',
        name: RouteName.DemandDetail,
        component: () => import('../views/demands/detail/index.vue'),
        meta: { titleKey: 'demands.detail.title' },
      },
      {
        path: 'procurer/demands',
        name: RouteName.ProcurerDemands,
        component: () => import('../views/demands/mine/index.vue'),
        meta: { titleKey: 'nav.procurerDemands', access: PROCURER_ONLY },
      },
      {
        path: 'procurer/demands/new',
        name: RouteName.ProcurerDemandNew,
        component: () => import('../views/demands/editor/index.vue'),
        meta: { titleKey: 'nav.procurerDemandNew', access: PROCURER_ONLY },
      },
      {
        path: 'procurer/demands/:id/edit',
        name: RouteName.ProcurerDemandEdit,
        component: () => import('../views/demands/editor/index.vue'),
        meta: { titleKey: 'demands.editor.titleEdit', access: PROCURER_ONLY },
      },
      {
        path: 'enterprise/matches',
        name: RouteName.EnterpriseMatches,
        component: () => import('../views/demands/for-enterprise/index.vue'),
        meta: { titleKey: 'matches.forYou.title', access: ENTERPRISE_ONLY },
      },
      {
        path: 'admin/jobs',
        name: RouteName.AdminJobs,
        component: () => import('../views/admin/jobs/index.vue'),
        meta: { titleKey: 'jobs.title', access: ADMIN_ONLY },
      },
      {
        path: 'admin/demands',
        name: RouteName.AdminDemands,
        component: () => import('../views/admin/demands/index.vue'),
        meta: { titleKey: 'adminDemands.title', access: ADMIN_ONLY },
      },
      {
        path: 'admin/vocabulary',
        name: RouteName.AdminVocabulary,
        component: () => import('../views/admin/vocabulary/index.vue'),
        meta: { titleKey: 'vocabulary.title', access: ADMIN_ONLY },
      },
      {
        path: 'alerts',
        name: RouteName.Alerts,
        component: () => import('../views/alerts/index.vue'),
        meta: { titleKey: 'alerts.title', access: SIGNED_IN },
      },
      // Conversations, notifications and the public awards (#6).
      {
        path: 'messages',
        name: RouteName.Messages,
        component: () => import('../views/messages/inbox/index.vue'),
        meta: { titleKey: 'messages.inbox.title', access: SIGNED_IN },
      },
      {
        path: 'messages/:threadId',
        name: RouteName.MessageThread,
        component: () => import('../views/messages/thread/index.vue'),
        meta: { titleKey: 'messages.thread.title', access: SIGNED_IN },
      },
      {
        path: 'notifications',
        name: RouteName.Notifications,
        component: () => import('../views/notifications/index.vue'),
        meta: { titleKey: 'notificationCentre.title', access: NOTIFICATION_READERS },
      },
      {
        path: 'guide',
        name: RouteName.EntryGuide,
        component: () => import('../views/guide/index.vue'),
        meta: { titleKey: 'nav.entryGuide' },
      },
      {
        path: 'open-data/awards',
        name: RouteName.PublicAwards,
        component: () => import('../views/open-data/awards/index.vue'),
        meta: { titleKey: 'publicAwards.title' },
      },
      // Technology offers (成果转化, #15): public search and detail, every kind of organisation lists them.
      {
        path: 'offers',
        name: RouteName.OfferSearch,
        component: () => import('../views/offers/search/index.vue'),
        meta: { titleKey: 'offers.search.title' },
      },
      {
        path: 'offers/new',
        name: RouteName.OfferNew,
        component: () => import('../views/offers/editor/index.vue'),
        meta: { titleKey: 'offers.editor.titleNew', access: ORGANIZATION_MEMBERS },
      },
      {
        path: 'offers/mine',
        name: RouteName.MyOffers,
        component: () => import('../views/offers/mine/index.vue'),
        meta: { titleKey: 'offers.mine.title', access: ORGANIZATION_MEMBERS },
      },
      {
        path: 'offers/:id',
        name: RouteName.OfferDetail,
        component: () => import('../views/offers/detail/index.vue'),
        meta: { titleKey: 'offers.detail.title' },
      },
      {
        path: 'offers/:id/edit',
        name: RouteName.OfferEdit,
        component: () => import('../views/offers/editor/index.vue'),
        meta: { titleKey: 'offers.editor.titleEdit', access: ORGANIZATION_MEMBERS },
      },
      {
        path: 'offers/:id/matches',
        name: RouteName.OfferMatches,
        component: () => import('../views/offers/matches/index.vue'),
        meta: { titleKey: 'offers.matches.title', access: [...ORGANIZATION_MEMBERS, 'ADMIN'] },
      },
      {
        path: 'admin/offers',
        name: RouteName.AdminOffers,
        component: () => import('../views/admin/offers/index.vue'),
        meta: { titleKey: 'offers.admin.title', access: ADMIN_ONLY },
      },
      // 人才共享数据库 (#15).
      {
        path: 'register/individual',
        name: RouteName.RegisterIndividual,
        component: () => import('../views/auth/register-individual/index.vue'),
        meta: { titleKey: 'talents.register.title', guestOnly: true },
      },
      {
        path: 'talent/profile',
        name: RouteName.TalentProfile,
        component: () => import('../views/talents/profile/index.vue'),
        meta: { titleKey: 'talents.profile.title', access: TALENT_PEOPLE },
      },
      {
        path: 'talent/contacts',
        name: RouteName.TalentContacts,
        component: () => import('../views/talents/contacts/index.vue'),
        meta: { titleKey: 'talents.contacts.title', access: TALENT_PEOPLE },
      },
      {
        path: 'talent/search',
        name: RouteName.TalentSearch,
        component: () => import('../views/talents/search/index.vue'),
        meta: { titleKey: 'talents.search.title', access: ORGANIZATION_MEMBERS },
      },
      {
        path: 'talent/needs',
        name: RouteName.TalentNeeds,
        component: () => import('../views/talents/needs/index.vue'),
        meta: { titleKey: 'talents.needs.title', access: ORGANIZATION_MEMBERS },
      },
      // The maps (#15): ECharts and the boundaries are imported only below these pages (lazy chunks).
      {
        path: 'maps',
        name: RouteName.InvestmentMap,
        component: () => import('../views/maps/investment/index.vue'),
        meta: { titleKey: 'maps.title' },
      },
      {
        path: 'maps/roadmap',
        name: RouteName.TechRoadmap,
        component: () => import('../views/maps/roadmap/index.vue'),
        meta: { titleKey: 'roadmap.title' },
      },
      {
        path: 'projects',
        name: RouteName.ProjectLibrary,
        component: () => import('../views/projects/library/index.vue'),
        meta: { titleKey: 'projects.title' },
      },
      {
        path: 'projects/:id',
        name: RouteName.ProjectDetail,
        component: () => import('../views/projects/detail/index.vue'),
        meta: { titleKey: 'projects.detailTitle' },
      },
      {
        path: 'me/projects',
        name: RouteName.MyProjects,
        component: () => import('../views/projects/mine/index.vue'),
        meta: { titleKey: 'projects.mine.title', access: ORGANIZATION_MEMBERS },
      },
      {
        path: 'admin/project-reports',
        name: RouteName.AdminProjectReports,
        component: () => import('../views/admin/project-reports/index.vue'),
        meta: { titleKey: 'projectReports.title', access: ADMIN_ONLY },
      },
      {
        path: 'admin/projects/overdue',
        name: RouteName.AdminProjectOverdue,
        component: () => import('../views/admin/project-overdue/index.vue'),
        meta: { titleKey: 'projectOverdue.title', access: ADMIN_ONLY },
      },
      // The addresses the navigation used before the search pages existed.
      { path: 'suppliers', redirect: (to) => ({ name: RouteName.SupplierSearch, query: to.query }) },
      { path: 'demands', redirect: (to) => ({ name: RouteName.DemandHall, query: to.query }) },
      // The address the navigation used before the page existed.
      { path: 'admin/audit-log', redirect: { name: RouteName.AdminAuditLog } },
      // Where the statistics page was planned before the dashboard existed.
      { path: 'admin/statistics', redirect: { name: RouteName.AdminDashboard } },
      ...PLANNED_PAGES.map((page): RouteRecordRaw => ({
        path: page.path,
        name: page.name,
        component: ComingSoonPage,
        meta: page.access ? { titleKey: page.titleKey, access: page.access } : { titleKey: page.titleKey },
      })),
      {
        path: ':pathMatch(.*)*',
        name: RouteName.NotFound,
        component: () => import('../views/system/not-found/index.vue'),
        meta: { titleKey: 'notFound.title' },
      },
    ],
  },
];
