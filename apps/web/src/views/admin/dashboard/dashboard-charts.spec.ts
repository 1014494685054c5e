import { STATISTICS_DATASETS } from '@mcf/contracts';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../router/routes';
import { RouteName } from '../../../router/route-names';
import zhCN from '../../../i18n/locales/zh-CN.yaml';
import {
  chartHasData,
  chartHeight,
  chartOption,
  DASHBOARD_CHARTS,
  type ChartOption,
} from './dashboard-charts';
import { busyStatistics, emptyStatistics } from './dashboard-fixture';

function message(key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], zhCN);
  return typeof value === 'string' ? value : key;
}
const zh = { t: message, language: 'zh-CN' as const };

type Series = { name?: string; data?: unknown[]; stack?: string; yAxisIndex?: number };
const seriesOf = (option: ChartOption) => option.series as Series[];
const categoriesOf = (option: ChartOption, axis: 'xAxis' | 'yAxis') =>
  (option[axis] as { data: string[] }).data;

describe('dashboard charts', () => {
  it('has a chart for every dataset but the targets (which are the progress bars)', () => {
    expect(new Set(DASHBOARD_CHARTS.map((chart) => chart.dataset))).toEqual(
      new Set(STATISTICS_DATASETS.filter((d) => d !== 'targets')),
    );
  });

  it('stacks firms and procurers per status, in Chinese', () => {
    const option = chartOption('status', busyStatistics(), zh);
    expect(categoriesOf(option, 'xAxis')).toEqual(['待审核', '已认证', '未通过', '已暂停']);
    expect(seriesOf(option).map((s) => [s.name, s.stack, s.data])).toEqual([
      ['民参军企业', 'kind', [2, 7, 0, 0]],
      ['需求方', 'kind', [1, 2, 0, 0]],
    ]);
  });

  it('lists sectors and regions by name, the first on top', () => {
    const sectors = chartOption('sector', busyStatistics(), zh);
    expect(categoriesOf(sectors, 'yAxis').at(-1)).toBe('新材料');
    expect(seriesOf(sectors)[0]!.data!.at(-1)).toBe(4);
    const regions = chartOption('region', busyStatistics(), zh);
    expect(categoriesOf(regions, 'yAxis')).toEqual(['北京市', '赤壁市', '咸安区']);
    expect(seriesOf(regions).map((s) => s.data)).toEqual([
      [0, 3, 6],
      [2, 0, 1],
    ]);
    expect(categoriesOf(chartOption('region', busyStatistics(), { ...zh, language: 'en' }), 'yAxis')[0]).toBe(
      'Beijing',
    );
  });

  it('draws the funnel per month, and the response rate as a percentage beside the median hours', () => {
    const funnel = chartOption('funnel', busyStatistics(), zh);
    expect(categoriesOf(funnel, 'xAxis')).toHaveLength(12);
    expect(categoriesOf(funnel, 'xAxis').slice(-2)).toEqual(['2026年8月', '2026年9月']);
    expect(seriesOf(funnel).map((s) => [s.name, s.data!.slice(-2)])).toEqual([
      ['发布需求', [3, 1]],
      ['完成匹配', [3, 0]],
      ['收到意向响应', [2, 0]],
      ['已授标', [1, 0]],
    ]);
    const response = chartOption('response', busyStatistics(), zh);
    const [rate, hours] = seriesOf(response);
    expect(rate!.data!.slice(-3)).toEqual([null, 66.7, 0]);
    expect(hours!.data!.slice(-3)).toEqual([null, 20.5, null]);
    expect(hours!.yAxisIndex).toBe(1);
  });

  it('shows only certificate types that have any to vet or expiring', () => {
    const option = chartOption('certificates', busyStatistics(), zh);
    expect(categoriesOf(option, 'yAxis')).toEqual([
      '高新技术企业证书',
      '武器装备质量管理体系认证 (GJB 9001C-2017)',
    ]);
    expect(seriesOf(option).map((s) => s.data)).toEqual([
      [2, 1],
      [1, 0],
    ]);
  });

  it('says which charts have nothing to show', () => {
    for (const chart of DASHBOARD_CHARTS) {
      expect(chartHasData(chart.id, emptyStatistics()), chart.id).toBe(false);
      expect(chartHasData(chart.id, busyStatistics()), chart.id).toBe(true);
    }
  });

  it('gives horizontal bar charts room for their rows', () => {
    expect(chartHeight('status', busyStatistics())).toBe(300);
    expect(chartHeight('sector', busyStatistics())).toBe(60 + 13 * 28);
  });

  it('is reached at /admin/dashboard by administrators only, and the old address leads there', () => {
    const children = routes[0]!.children!;
    const page = children.find((route) => route.name === RouteName.AdminDashboard)!;
    expect(page.path).toBe('admin/dashboard');
    expect(page.meta).toEqual({ titleKey: 'dashboard.title', access: ['ADMIN'] });
    expect(children.find((route) => route.path === 'admin/statistics')?.redirect).toEqual({
      name: RouteName.AdminDashboard,
    });
  });
});
