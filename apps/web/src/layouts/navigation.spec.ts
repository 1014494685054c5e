import { VIEWER_KINDS } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { routes } from '../router/routes';
import { RouteName } from '../router/route-names';
import zhCN from '../i18n/locales/zh-CN.yaml';
import { NAVIGATION, navigationFor } from './navigation';

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
      RouteName.Parks,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
      RouteName.ProjectLibrary,
    ]);
    expect(labels('ANONYMOUS')).toEqual(['首页', '需求大厅', '供应商名录', '入驻指南', '中标公示', '技术成果', '基地园区', '招商地图', '技术路线图', '重点项目']);
  });

  it('gives 民参军企业 their profile, certificates, matched demands, the demand hall, invitations, messages and saved searches', () => {
    expect(navigationFor('ENTERPRISE').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.EnterpriseProfile,
      RouteName.EnterpriseQualifications,
      RouteName.EnterpriseMatches,
      RouteName.DemandHall,
      RouteName.EnterpriseInvitations,
      RouteName.Messages,
      RouteName.Alerts,
      RouteName.OfferSearch,
      RouteName.TalentSearch,
      RouteName.TalentNeeds,
      RouteName.EnterpriseFinancialReports,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
      RouteName.ProjectLibrary,
      RouteName.MyProjects,
    ]);
    expect(labels('ENTERPRISE')).toEqual(['首页', '能力档案', '资质证书', '匹配需求', '需求大厅', '收到的邀请', '消息', '订阅与提醒', '技术成果', '人才库', '人才需求', '经营数据填报', '招商地图', '技术路线图', '重点项目', '我的项目']);
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
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
      RouteName.ProjectLibrary,
      RouteName.MyProjects,
    ]);
    expect(labels('PROCURER')).toEqual(['首页', '发布需求', '我的需求', '供应商搜索', '消息', '订阅与提醒', '技术成果', '人才库', '人才需求', '招商地图', '技术路线图', '重点项目', '我的项目']);
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
      RouteName.AdminDemands,
      RouteName.AdminImports,
      RouteName.AdminExpiries,
      RouteName.AdminDashboard,
      RouteName.AdminPlanTargets,
      RouteName.AdminParks,
      RouteName.AdminAuditLog,
      RouteName.AdminJobs,
      RouteName.AdminVocabulary,
      RouteName.PublicAwards,
      RouteName.AdminOffers,
      RouteName.InvestmentMap,
      RouteName.TechRoadmap,
      RouteName.ProjectLibrary,
      RouteName.AdminProjectReports,
      RouteName.AdminProjectOverdue,
    ]);
    expect(labels('ADMIN')).toEqual(['首页', '机构审核', '资质审核', '认领审核', '需求管理', '企业导入', '到期预警', '统计', '规划目标', '基地园区管理', '审计日志', '后台任务', '词表建议', '中标公示', '成果审核', '招商地图', '技术路线图', '重点项目', '项目考核', '逾期项目']);
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
    }
  });
});
