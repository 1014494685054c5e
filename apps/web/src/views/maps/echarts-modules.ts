/*
 * The parts of ECharts the maps draw with, registered once. Only the map pages import this file, so
 * ECharts and the boundaries land in their lazy chunks, never in the initial bundle.
 */
import { MapChart } from 'echarts/charts';
import { TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([MapChart, TooltipComponent, VisualMapComponent, CanvasRenderer]);
