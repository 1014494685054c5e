import type { MapLayerView } from '@mcf/contracts';
import type { ComposeOption } from 'echarts/core';
import type { MapSeriesOption } from 'echarts/charts';
import type { TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import { MAP_NAME } from './map-layers';

export type MapChartOption = ComposeOption<MapSeriesOption | TooltipComponentOption | VisualMapComponentOption>;

/** Colours from none to most, the platform's navy at the top. */
export const MAP_COLOURS = ['#eef3fb', '#9fbbe6', '#3d6fc2', '#1c3f7a'] as const;

export interface MapChartLabels {
  countyName: (regionCode: string) => string;
  /** The tooltip's line for a county: `{name}：{count} 家企业`. */
  tooltip: (name: string, count: number) => string;
  low: string;
  high: string;
}

/**
 * The choropleth of a layer: one area per county, matched by its GB/T 2260 code (`nameProperty`), its
 * colour by the count. The names come from the caller, so that they follow the UI language.
 */
export function mapChartOption(view: MapLayerView, labels: MapChartLabels, narrow: boolean): MapChartOption {
  const max = Math.max(1, ...view.counties.map((county) => county.total));
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const p = params as { name: string; value?: number };
        return labels.tooltip(labels.countyName(p.name), Number.isFinite(p.value) ? Number(p.value) : 0);
      },
    },
    visualMap: {
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemWidth: 12,
      itemHeight: narrow ? 120 : 180,
      text: [labels.high, labels.low],
      inRange: { color: [...MAP_COLOURS] },
    },
    series: [
      {
        type: 'map',
        map: MAP_NAME,
        nameProperty: 'code',
        roam: false,
        selectedMode: false,
        layoutCenter: ['50%', '46%'],
        layoutSize: narrow ? '96%' : '88%',
        label: { show: false },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#f0b429' } },
        data: view.counties.map((county) => ({ name: county.regionCode, value: county.total })),
      },
    ],
  };
}
