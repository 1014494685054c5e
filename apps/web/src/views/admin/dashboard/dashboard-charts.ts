import type { PlatformStatistics, StatisticsDataset } from '@mcf/contracts';
import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import {
  qualificationName,
  regionLabel,
  sectorName,
  type UiLanguage,
} from '../../../components/demand-format.util';

/** The options our charts use: bars and lines on a grid, with a tooltip and a legend. Types only. */
export type ChartOption = ComposeOption<
  BarSeriesOption | LineSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption
>;

/** The words a chart needs, in the UI language. */
export interface ChartText {
  t: (key: string) => string;
  language: UiLanguage;
}

/** The charts of the dashboard, each with the dataset its numbers download as. */
export const DASHBOARD_CHARTS = [
  { id: 'status', dataset: 'organizations-by-status' },
  { id: 'sector', dataset: 'organizations-by-sector' },
  { id: 'region', dataset: 'organizations-by-region' },
  { id: 'funnel', dataset: 'demand-funnel' },
  { id: 'response', dataset: 'demand-funnel' },
  { id: 'certificates', dataset: 'certificates' },
] as const satisfies readonly { id: string; dataset: StatisticsDataset }[];
export type DashboardChartId = (typeof DASHBOARD_CHARTS)[number]['id'];

/** The portal's navy and red first, then calmer companions. */
export const CHART_COLORS = ['#1d4f91', '#a61f1c', '#5b8fd1', '#e0a03b', '#2f7a3d', '#7a5ba6'];

const BASE = {
  color: CHART_COLORS,
  tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
  legend: { top: 0 },
} satisfies ChartOption;

const horizontalGrid = { left: 8, right: 24, top: 36, bottom: 8, containLabel: true };
const verticalGrid = { left: 8, right: 16, top: 36, bottom: 8, containLabel: true };

function monthLabel(month: string, language: UiLanguage): string {
  const [year, number] = month.split('-');
  return language === 'en' ? `${year}-${number}` : `${year}年${Number(number)}月`;
}

/** Whether a chart has anything to show; an empty one shows the empty state instead. */
export function chartHasData(id: DashboardChartId, statistics: PlatformStatistics): boolean {
  switch (id) {
    case 'status':
      return statistics.organizations.total > 0;
    case 'sector':
      return statistics.organizations.bySector.some((entry) => entry.count > 0);
    case 'region':
      return statistics.organizations.byRegion.length > 0;
    case 'funnel':
    case 'response':
      return statistics.demands.months.some((month) => month.published > 0);
    case 'certificates':
      return statistics.certificates.pending + statistics.certificates.expiringSoon > 0;
  }
}

/** Stacked bars: organisations of each status, firms and procurers. */
function statusChart(statistics: PlatformStatistics, { t }: ChartText): ChartOption {
  const rows = statistics.organizations.byStatus;
  return {
    ...BASE,
    grid: verticalGrid,
    xAxis: { type: 'category', data: rows.map((row) => t(`organizationStatus.${row.status}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        stack: 'kind',
        name: t('organizationKindShort.ENTERPRISE'),
        data: rows.map((row) => row.enterprise),
      },
      {
        type: 'bar',
        stack: 'kind',
        name: t('organizationKindShort.PROCURER'),
        data: rows.map((row) => row.procurer),
      },
    ],
  };
}

/** Horizontal bars: published profiles per sector, the catalogue's first sector on top. */
function sectorChart(statistics: PlatformStatistics, { t, language }: ChartText): ChartOption {
  const rows = [...statistics.organizations.bySector].reverse();
  return {
    ...BASE,
    legend: { show: false },
    grid: horizontalGrid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => sectorName(row.sector, language)) },
    series: [{ type: 'bar', name: t('dashboard.charts.sector.series'), data: rows.map((row) => row.count) }],
  };
}

/** Horizontal stacked bars: Xianning's districts on top, then provinces. */
function regionChart(statistics: PlatformStatistics, { t, language }: ChartText): ChartOption {
  const rows = [...statistics.organizations.byRegion].reverse();
  return {
    ...BASE,
    grid: horizontalGrid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => regionLabel(row.regionCode, language)) },
    series: [
      {
        type: 'bar',
        stack: 'kind',
        name: t('organizationKindShort.ENTERPRISE'),
        data: rows.map((row) => row.enterprise),
      },
      {
        type: 'bar',
        stack: 'kind',
        name: t('organizationKindShort.PROCURER'),
        data: rows.map((row) => row.procurer),
      },
    ],
  };
}

/** Grouped bars per month: published → matched → responded → awarded. */
function funnelChart(statistics: PlatformStatistics, { t, language }: ChartText): ChartOption {
  const months = statistics.demands.months;
  const stages = ['published', 'matched', 'responded', 'awarded'] as const;
  return {
    ...BASE,
    grid: verticalGrid,
    xAxis: { type: 'category', data: months.map((month) => monthLabel(month.month, language)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: stages.map((stage) => ({
      type: 'bar' as const,
      name: t(`dashboard.funnel.${stage}`),
      data: months.map((month) => month[stage]),
    })),
  };
}

/** Lines per month: the response rate (%, left axis) and the median hours to a first response (right). */
function responseChart(statistics: PlatformStatistics, { t, language }: ChartText): ChartOption {
  const months = statistics.demands.months;
  return {
    ...BASE,
    tooltip: { trigger: 'axis' },
    grid: verticalGrid,
    xAxis: { type: 'category', data: months.map((month) => monthLabel(month.month, language)) },
    yAxis: [
      { type: 'value', name: t('dashboard.charts.response.rateAxis'), min: 0, max: 100 },
      { type: 'value', name: t('dashboard.charts.response.hoursAxis'), min: 0 },
    ],
    series: [
      {
        type: 'line',
        name: t('dashboard.charts.response.rate'),
        connectNulls: false,
        data: months.map((month) =>
          month.responseRate === null ? null : Math.round(month.responseRate * 1000) / 10,
        ),
      },
      {
        type: 'line',
        name: t('dashboard.charts.response.hours'),
        yAxisIndex: 1,
        connectNulls: false,
        data: months.map((month) => month.medianHoursToFirstResponse),
      },
    ],
  };
}

/** Horizontal bars per certificate type that has any: pending vetting, and expiring soon. */
function certificateChart(statistics: PlatformStatistics, { t, language }: ChartText): ChartOption {
  const rows = statistics.certificates.byType.filter((row) => row.pending + row.expiringSoon > 0).reverse();
  return {
    ...BASE,
    grid: horizontalGrid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((row) => qualificationName(row.type, language)) },
    series: [
      { type: 'bar', name: t('dashboard.charts.certificates.pending'), data: rows.map((row) => row.pending) },
      {
        type: 'bar',
        name: t('dashboard.charts.certificates.expiringSoon'),
        data: rows.map((row) => row.expiringSoon),
      },
    ],
  };
}

const BUILDERS: Record<DashboardChartId, (statistics: PlatformStatistics, text: ChartText) => ChartOption> = {
  status: statusChart,
  sector: sectorChart,
  region: regionChart,
  funnel: funnelChart,
  response: responseChart,
  certificates: certificateChart,
};

export function chartOption(
  id: DashboardChartId,
  statistics: PlatformStatistics,
  text: ChartText,
): ChartOption {
  return BUILDERS[id](statistics, text);
}

/** A chart's height: horizontal bar charts grow with their rows. */
export function chartHeight(id: DashboardChartId, statistics: PlatformStatistics): number {
  const rows =
    id === 'sector'
      ? statistics.organizations.bySector.length
      : id === 'region'
        ? statistics.organizations.byRegion.length
        : id === 'certificates'
          ? statistics.certificates.byType.filter((row) => row.pending + row.expiringSoon > 0).length
          : 0;
  return Math.max(300, 60 + rows * 28);
}
