import { VIEWER_KINDS } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { routes } from '../router/routes';
import { RouteName } from '../router/route-names';
import zhCN from '../i18n/locales/zh-CN.yaml';
import { isNavigationGroup, NAVIGATION, navigationEntriesFor, navigationFor } from './navigation';

function routeNames(records = routes): string[] {
  return records.flatMap((record) => [
    ...(typeof record.name === 'string' ? [record.name] : []),
    ...routeNames(record.children ?? []),
  ]);
}

function message(key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);
}

const labels = (kind: (typeof VIEWER_KINDS)[number]) =>
  navigationFor(kind).map((item) => message(item.labelKey));

/** The bar as it reads: a link's label, or a menu's label with its links' labels. */
const bar = (kind: (typeof VIEWER_KINDS)[number]) =>
  navigationEntriesFor(kind).map((entry) =>
    isNavigationGroup(entry)
      ? { [message(entry.labelKey) as string]: entry.items.map((item) => message(item.labelKey)) }
      : message(entry.labelKey),
  );

/** The most entries a laptop's bar (1366 px wide, content 1200 px) keeps on one row. */
const ONE_ROW = 8;

describe('navigation by viewer kind', () => {
  it('has an entry for every viewer kind', () => {
    expect(Object.keys(NAVIGATION).sort()).toEqual([...VIEWER_KINDS].sort());
  });

  it('shows visitors the public side', () => {
    expect(navigationFor('ANONYMOUS').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.DemandHall,
      RouteName.SupplierSearch,
      RouteName.EntryGuide,
      RouteName.PublicAwards,
      RouteName.OfferSearch,
      RouteName.ProjectLibrary,
      RouteName.Parks,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
    ]);
    expect(bar('ANONYMOUS')).toEqual([
      '首页',
      '需求大厅',
      '供应商名录',
      '入驻指南',
      '中标公示',
      '技术成果',
      { 规划项目与地图: ['重点项目', '基地园区', '招商地图', '技术路线图'] },
    ]);
  });

  it('gives 民参军企业 their profile, certificates, matched demands, the demand hall, invitations, messages and saved searches', () => {
    expect(navigationFor('ENTERPRISE').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.DemandHall,
      RouteName.EnterpriseMatches,
      RouteName.EnterpriseInvitations,
      RouteName.Messages,
      RouteName.EnterpriseProfile,
      RouteName.EnterpriseQualifications,
      RouteName.EnterpriseFinancialReports,
      RouteName.Alerts,
      RouteName.OfferSearch,
      RouteName.TalentSearch,
      RouteName.TalentNeeds,
      RouteName.ProjectLibrary,
      RouteName.MyProjects,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
    ]);
    expect(bar('ENTERPRISE')).toEqual([
      '首页',
      '需求大厅',
      '匹配需求',
      '收到的邀请',
      '消息',
      { 我的企业: ['能力档案', '资质证书', '经营数据填报', '订阅与提醒'] },
      { 成果与人才: ['技术成果', '人才库', '人才需求'] },
      { 项目与地图: ['重点项目', '我的项目', '招商地图', '技术路线图'] },
    ]);
  });

  it('gives procurers demand posting, their demands, supplier search, messages and saved searches', () => {
    expect(navigationFor('PROCURER').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.ProcurerDemandNew,
      RouteName.ProcurerDemands,
      RouteName.SupplierSearch,
      RouteName.Messages,
      RouteName.Alerts,
      RouteName.OfferSearch,
      RouteName.TalentSearch,
      RouteName.TalentNeeds,
      RouteName.ProjectLibrary,
      RouteName.MyProjects,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
    ]);
    expect(bar('PROCURER')).toEqual([
      '首页',
      '发布需求',
      '我的需求',
      '供应商搜索',
      '消息',
      '订阅与提醒',
      { 成果与人才: ['技术成果', '人才库', '人才需求'] },
      { 项目与地图: ['重点项目', '我的项目', '招商地图', '技术路线图'] },
    ]);
  });

  it('gives a person without an organisation their talent profile, their conversations and the demand hall', () => {
    expect(navigationFor('INDIVIDUAL').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.TalentProfile,
      RouteName.TalentContacts,
      RouteName.DemandHall,
    ]);
    expect(labels('INDIVIDUAL')).toEqual(['首页', '我的人才档案', '人才沟通', '需求大厅']);
  });

  it('gives administrators review (organisations, certificates, claims), demand moderation, import, expiry, statistics, audit, background-job and vocabulary pages', () => {
    expect(navigationFor('ADMIN').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.AdminOrganizations,
      RouteName.AdminQualifications,
      RouteName.AdminClaims,
      RouteName.AdminOffers,
      RouteName.AdminProjectReports,
      RouteName.AdminDemands,
      RouteName.AdminImports,
      RouteName.AdminExpiries,
      RouteName.AdminProjectOverdue,
      RouteName.AdminParks,
      RouteName.AdminDashboard,
      RouteName.AdminPlanTargets,
      RouteName.PublicAwards,
      RouteName.ProjectLibrary,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
      RouteName.AdminAuditLog,
      RouteName.AdminJobs,
      RouteName.AdminVocabulary,
    ]);
    // Twenty pages in six places: the review queues, day-to-day operations, figures, the plan's
    // registries and maps, and the system.
    expect(bar('ADMIN')).toEqual([
      '首页',
      { 审核: ['机构审核', '资质审核', '认领审核', '成果审核', '项目考核'] },
      { 运营管理: ['需求管理', '企业导入', '到期预警', '逾期项目', '基地园区管理'] },
      { 统计与规划: ['统计', '规划目标', '中标公示'] },
      { 项目与地图: ['重点项目', '招商地图', '技术路线图'] },
      { 系统: ['审计日志', '后台任务', '词表建议'] },
    ]);
  });

  it('gives universities, institutes and parks their offers, a new offer, the offer search, the directory, the demand hall and messages', () => {
    for (const kind of ['INSTITUTE', 'PARK'] as const) {
      expect(navigationFor(kind).map((item) => item.routeName)).toEqual([
        RouteName.Home,
        RouteName.MyOffers,
        RouteName.OfferNew,
        RouteName.OfferSearch,
        RouteName.SupplierSearch,
        RouteName.DemandHall,
        RouteName.Messages,
      ]);
      expect(labels(kind)).toEqual(['首页', '我的成果', '发布成果', '技术成果', '供应商名录', '需求大厅', '消息']);
    }
  });

  it('keeps every bar on one row of a laptop, a menu never empty and a page in one place only', () => {
    for (const kind of VIEWER_KINDS) {
      const entries = navigationEntriesFor(kind);
      expect(entries.length, kind).toBeLessThanOrEqual(ONE_ROW);
      for (const entry of entries) {
        if (isNavigationGroup(entry)) expect(entry.items.length, `${kind} ${entry.key}`).toBeGreaterThan(0);
      }
      const names = navigationFor(kind).map((item) => item.routeName);
      expect(new Set(names).size, kind).toBe(names.length);
    }
  });

  it('never shows one kind the workspace of another', () => {
    const enterprise = navigationFor('ENTERPRISE').map((item) => item.routeName);
    const admin = navigationFor('ADMIN').map((item) => item.routeName);
    expect(enterprise.some((name) => name.startsWith('admin-') || name.startsWith('procurer-'))).toBe(false);
    expect(admin.some((name) => name.startsWith('enterprise-') || name.startsWith('procurer-'))).toBe(false);
    expect(
      navigationFor('ANONYMOUS').some((item) => /^(admin|enterprise|procurer)-/.test(item.routeName)),
    ).toBe(false);
  });

  it('links only to routes that exist, with labels in the messages', () => {
    const known = new Set(routeNames());
    for (const kind of VIEWER_KINDS) {
      for (const item of navigationFor(kind)) {
        expect(known, `${kind} → ${item.routeName}`).toContain(item.routeName);
        expect(typeof message(item.labelKey), item.labelKey).toBe('string');
      }
      for (const entry of navigationEntriesFor(kind)) expect(typeof message(entry.labelKey), entry.labelKey).toBe('string');
    }
  });
});
