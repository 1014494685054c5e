/*
 * The parts of ECharts the dashboard draws with, registered once. Only the dashboard's components import
 * this file, so ECharts lands in the dashboard's lazy chunk and never in the initial bundle.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
