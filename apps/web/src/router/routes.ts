import type { RouteRecordRaw } from 'vue-router';
import DefaultLayout from '../layouts/DefaultLayout.vue';
import { RouteName } from './route-names';

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document title, placeholder heading). */
    titleKey?: string;
  }
}

/** Pages whose issue has not landed yet: they show the shared "建设中" view rather than a 404. */
export const PLANNED_PAGES: ReadonlyArray<{ name: RouteName; path: string; titleKey: string }> = [
  { name: RouteName.DemandHall, path: 'demands', titleKey: 'nav.demandHall' },
  { name: RouteName.SupplierSearch, path: 'suppliers', titleKey: 'nav.supplierSearch' },
  { name: RouteName.EntryGuide, path: 'guide', titleKey: 'nav.entryGuide' },
  { name: RouteName.SignIn, path: 'sign-in', titleKey: 'nav.signIn' },
  { name: RouteName.Register, path: 'register', titleKey: 'nav.register' },
  { name: RouteName.Messages, path: 'messages', titleKey: 'nav.messages' },
  { name: RouteName.EnterpriseProfile, path: 'enterprise/profile', titleKey: 'nav.enterpriseProfile' },
  {
    name: RouteName.EnterpriseQualifications,
    path: 'enterprise/qualifications',
    titleKey: 'nav.enterpriseQualifications',
  },
  { name: RouteName.EnterpriseMatches, path: 'enterprise/matches', titleKey: 'nav.enterpriseMatches' },
  {
    name: RouteName.EnterpriseInvitations,
    path: 'enterprise/invitations',
    titleKey: 'nav.enterpriseInvitations',
  },
  { name: RouteName.ProcurerDemandNew, path: 'procurer/demands/new', titleKey: 'nav.procurerDemandNew' },
  { name: RouteName.ProcurerDemands, path: 'procurer/demands', titleKey: 'nav.procurerDemands' },
  { name: RouteName.AdminOrganizations, path: 'admin/organizations', titleKey: 'nav.adminOrganizations' },
  { name: RouteName.AdminQualifications, path: 'admin/qualifications', titleKey: 'nav.adminQualifications' },
  { name: RouteName.AdminExpiries, path: 'admin/expiries', titleKey: 'nav.adminExpiries' },
  { name: RouteName.AdminStatistics, path: 'admin/statistics', titleKey: 'nav.adminStatistics' },
  { name: RouteName.AdminAuditLog, path: 'admin/audit-log', titleKey: 'nav.adminAuditLog' },
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
      ...PLANNED_PAGES.map((page): RouteRecordRaw => ({
        path: page.path,
        name: page.name,
        component: ComingSoonPage,
        meta: { titleKey: page.titleKey },
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
