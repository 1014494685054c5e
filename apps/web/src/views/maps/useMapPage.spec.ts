import type { MapLayerKey, MapLayerView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import type { LocationQuery, LocationQueryRaw, RouteLocationRaw } from 'vue-router';
import { ApiProblem } from '../../api/http';
import { problem } from '../../testing/fixtures';
import { RouteName } from '../../router/route-names';
import { mapChartOption } from './map-chart';
import { MAP_LAYER_PRESENTATIONS } from './map-layers';
import { parseMapRoute, toMapRoute, useMapPage } from './useMapPage';

const counties = (totals: Record<string, number>) =>
  ['421202', '421221', '421222', '421223', '421224', '421281'].map((regionCode) => ({
    regionCode,
    total: totals[regionCode] ?? 0,
    breakdown: totals[regionCode] ? [{ key: 'EMERGENCY', count: totals[regionCode]! }] : [],
  }));

const layerView = (layer: MapLayerKey, totals: Record<string, number>): MapLayerView => {
  const all = counties(totals);
  return {
    layer,
    areaCode: '421200',
    sector: null,
    breakdown: 'SECTOR',
    counties: all,
    total: all.reduce((sum, c) => sum + c.total, 0),
    cityOnly: 0,
    elsewhere: 0,
    unplaced: 0,
  };
};

const flush = async () => {
  await nextTick();
  await Promise.resolve();
  await nextTick();
};

function setup(initial: LocationQuery, get = vi.fn(async (layer: MapLayerKey) => layerView(layer, { '421281': 3, '421202': 1 }))) {
  const query = ref<LocationQuery>(initial);
  const navigated: LocationQueryRaw[] = [];
  const opened: RouteLocationRaw[] = [];
  const scope = effectScope();
  const page = scope.run(() =>
    useMapPage({
      getMapLayer: get,
      routeQuery: () => query.value,
      navigate: (next) => {
        navigated.push(next);
        query.value = next as LocationQuery;
      },
      open: (to) => opened.push(to),
    }),
  )!;
  return { page, get, query, navigated, opened, scope };
}

describe('map address', () => {
  it('reads the layer and sector, falling back to firms and all sectors on unknown values', () => {
    expect(parseMapRoute({ layer: 'demands', sector: 'EMERGENCY' })).toEqual({ layer: 'demands', sector: 'EMERGENCY' });
    expect(parseMapRoute({ layer: 'rumours', sector: 'MAGIC' })).toEqual({ layer: 'firms', sector: null });
    expect(parseMapRoute({})).toEqual({ layer: 'firms', sector: null });
  });

  it('writes only what differs from the defaults', () => {
    expect(toMapRoute({ layer: 'firms', sector: null })).toEqual({});
    expect(toMapRoute({ layer: 'demands', sector: 'AI' })).toEqual({ layer: 'demands', sector: 'AI' });
  });
});

describe('county links', () => {
  it('open the verified supplier list of the county and sector for firms', () => {
    expect(MAP_LAYER_PRESENTATIONS.firms.list('421281', 'EMERGENCY')).toEqual({
      name: RouteName.SupplierSearch,
      query: { regions: '421281', sectors: 'EMERGENCY', verifiedOnly: 'true' },
    });
    expect(MAP_LAYER_PRESENTATIONS.firms.list('421202', null)).toEqual({
      name: RouteName.SupplierSearch,
      query: { regions: '421202', verifiedOnly: 'true' },
    });
  });

  it('open the demand hall of the county and sector for demands', () => {
    expect(MAP_LAYER_PRESENTATIONS.demands.list('421223', 'BIOMEDICINE')).toEqual({
      name: RouteName.DemandHall,
      query: { regions: '421223', sectors: 'BIOMEDICINE' },
    });
  });
});

describe('useMapPage', () => {
  it('loads the layer of the address and ranks the counties, most first', async () => {
    const { page, get, scope } = setup({ sector: 'EMERGENCY' });
    await flush();
    expect(get).toHaveBeenCalledWith('firms', 'EMERGENCY', expect.any(AbortSignal));
    expect(page.state.value).toBe('ready');
    expect(page.ranking.value.map((c) => c.regionCode).slice(0, 2)).toEqual(['421281', '421202']);
    expect(page.empty.value).toBe(false);
    scope.stop();
  });

  it('reloads when the layer changes, through the address', async () => {
    const { page, get, navigated, scope } = setup({});
    await flush();
    page.select({ layer: 'demands' });
    await flush();
    expect(navigated).toEqual([{ layer: 'demands' }]);
    expect(get).toHaveBeenLastCalledWith('demands', null, expect.any(AbortSignal));
    expect(page.view.value?.layer).toBe('demands');
    scope.stop();
  });

  it('opens the filtered list of a clicked county, and nothing for an area that is no county', async () => {
    const { page, opened, scope } = setup({ layer: 'demands', sector: 'EMERGENCY' });
    await flush();
    page.openCounty('421281');
    page.openCounty('421200');
    expect(opened).toEqual([{ name: RouteName.DemandHall, query: { regions: '421281', sectors: 'EMERGENCY' } }]);
    scope.stop();
  });

  it('says when nothing is counted', async () => {
    const { page, scope } = setup({}, vi.fn(async (layer: MapLayerKey) => layerView(layer, {})));
    await flush();
    expect(page.empty.value).toBe(true);
    scope.stop();
  });

  it('shows the problem when loading fails, and loads again on retry', async () => {
    const get = vi
      .fn<(layer: MapLayerKey) => Promise<MapLayerView>>()
      .mockRejectedValueOnce(new ApiProblem(problem(503, 'SERVICE_UNAVAILABLE')))
      .mockResolvedValueOnce(layerView('firms', { '421202': 2 }));
    const { page, scope } = setup({}, get);
    await flush();
    expect(page.state.value).toBe('error');
    expect(page.error.value).not.toBeNull();
    await page.load();
    expect(page.state.value).toBe('ready');
    expect(page.view.value?.total).toBe(2);
    scope.stop();
  });
});

describe('mapChartOption', () => {
  const labels = {
    countyName: (code: string) => ({ '421281': '赤壁市' })[code] ?? code,
    tooltip: (name: string, count: number) => `${name}：${count} 家企业`,
    low: '少',
    high: '多',
  };

  it('colours each county by its count, matched by code, the scale up to the largest', () => {
    const option = mapChartOption(layerView('firms', { '421281': 5, '421202': 2 }), labels, false);
    const series = (option.series as { nameProperty: string; data: { name: string; value: number }[] }[])[0]!;
    expect(series.nameProperty).toBe('code');
    expect(series.data).toContainEqual({ name: '421281', value: 5 });
    expect(series.data).toHaveLength(6);
    expect((option.visualMap as { max: number }).max).toBe(5);
  });

  it('keeps a scale when every county is zero, and words the tooltip with the county’s name', () => {
    const option = mapChartOption(layerView('firms', {}), labels, true);
    expect((option.visualMap as { max: number }).max).toBe(1);
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter({ name: '421281', value: 0 })).toBe('赤壁市：0 家企业');
    expect(formatter({ name: '421281', value: Number.NaN })).toBe('赤壁市：0 家企业');
  });
});
