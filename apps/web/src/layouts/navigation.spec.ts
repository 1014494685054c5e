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
      RouteName.ProjectLibrary,
    ]);
    expect(labels('ANONYMOUS')).toEqual(['首页', '需求大厅', '供应商名录', '入驻指南', '中标公示', '重点项目']);
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
      RouteName.ProjectLibrary,
      RouteName.MyProjects,
    ]);
    expect(labels('ENTERPRISE')).toEqual(['首页', '能力档案', '资质证书', '匹配需求', '需求大厅', '收到的邀请', '消息', '订阅与提醒', '重点项目', '我的项目']);
  });

  it('gives procurers demand posting, their demands, supplier search, messages and saved searches', () => {
    expect(navigationFor('PROCURER').map((item) => item.routeName)).toEqual([
      RouteName.Home,
      RouteName.ProcurerDemandNew,
      RouteName.ProcurerDemands,
      RouteName.SupplierSearch,
      RouteName.Messages,
      RouteName.Alerts,
      RouteName.ProjectLibrary,
      RouteName.MyProjects,
    ]);
    expect(labels('PROCURER')).toEqual(['首页', '发布需求', '我的需求', '供应商搜索', '消息', '订阅与提醒', '重点项目', '我的项目']);
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
      RouteName.AdminAuditLog,
      RouteName.AdminJobs,
      RouteName.AdminVocabulary,
      RouteName.PublicAwards,
      RouteName.ProjectLibrary,
      RouteName.AdminProjectReports,
      RouteName.AdminProjectOverdue,
    ]);
    expect(labels('ADMIN')).toEqual(['首页', '机构审核', '资质审核', '认领审核', '需求管理', '企业导入', '到期预警', '统计', '审计日志', '后台任务', '词表建议', '中标公示', '重点项目', '项目考核', '逾期项目']);
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
