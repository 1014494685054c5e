import type { RoadmapView } from '@mcf/contracts';
import type { SectorCode } from '@mcf/domain';
import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick, ref } from 'vue';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { roadmapSectorOf, useRoadmapPage } from './useRoadmapPage';

const roadmapOf = (sector: SectorCode, periods: string[]): RoadmapView => ({
  sector,
  keySector: sector !== 'ORDNANCE',
  periods: periods.map((period, i) => ({
    period,
    entries: [
      {
        kind: 'DEMAND',
        id: `d${i}`,
        title: `需求 ${i}`,
        status: 'PUBLISHED',
        regionCode: '421281',
        sectors: [sector],
        startsOn: `${period.slice(0, 4)}-0${Number(period.slice(6)) * 3}-01`,
        endsOn: null,
      },
    ],
  })),
  total: periods.length,
  truncated: false,
  limit: 200,
});

const flush = async () => {
  await nextTick();
  await Promise.resolve();
  await nextTick();
};

function setup(initial: LocationQuery) {
  const query = ref<LocationQuery>(initial);
  const navigated: LocationQueryRaw[] = [];
  const get = vi.fn(async (sector: SectorCode) => roadmapOf(sector, ['2026-Q1', '2026-Q4']));
  const scope = effectScope();
  const page = scope.run(() =>
    useRoadmapPage({
      getRoadmap: get,
      routeQuery: () => query.value,
      navigate: (next) => {
        navigated.push(next);
        query.value = next as LocationQuery;
      },
    }),
  )!;
  return { page, get, navigated, scope };
}

describe('roadmapSectorOf', () => {
  it('takes a known sector of the address, else the plan’s first key sector', () => {
    expect(roadmapSectorOf({ sector: 'EMERGENCY' })).toBe('EMERGENCY');
    expect(roadmapSectorOf({ sector: 'MAGIC' })).toBe('NEW_MATERIALS');
    expect(roadmapSectorOf({})).toBe('NEW_MATERIALS');
  });
});

describe('useRoadmapPage', () => {
  it('loads the sector of the address and shows the newest quarter first', async () => {
    const { page, get, scope } = setup({ sector: 'EMERGENCY' });
    await flush();
    expect(get).toHaveBeenCalledWith('EMERGENCY', expect.any(AbortSignal));
    expect(page.periods.value.map((p) => p.period)).toEqual(['2026-Q4', '2026-Q1']);
    expect(page.tabs.value).toEqual(['NEW_MATERIALS', 'INTELLIGENT_EQUIPMENT', 'BIOMEDICINE', 'EMERGENCY', 'LOGISTICS']);
    scope.stop();
  });

  it('adds a tab for a sector outside the key sectors, and switches sectors through the address', async () => {
    const { page, get, navigated, scope } = setup({ sector: 'ORDNANCE' });
    await flush();
    expect(page.tabs.value.at(-1)).toBe('ORDNANCE');
    page.choose('LOGISTICS');
    await flush();
    page.choose('NEW_MATERIALS');
    await flush();
    expect(navigated).toEqual([{ sector: 'LOGISTICS' }, {}]);
    expect(get.mock.calls.map((call) => call[0])).toEqual(['ORDNANCE', 'LOGISTICS', 'NEW_MATERIALS']);
    scope.stop();
  });
});
