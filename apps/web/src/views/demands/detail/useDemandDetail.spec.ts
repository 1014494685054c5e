import type { DemandMatches } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { DEMAND_ID, demandMatches, demandView, PROCURER_ORG_ID } from '../../../testing/demand-fixtures';
import { problem } from '../../../testing/fixtures';
import { type DemandDetailDependencies, matchesAreCurrent, useDemandDetail } from './useDemandDetail';

const published = (patch = {}) =>
  demandView({
    status: 'PUBLISHED',
    version: 2,
    publishedAt: '2026-03-02T08:00:00Z',
    matching: { status: 'READY', version: 2, updatedAt: '2026-03-02T08:00:05Z', eligibleCount: 1 },
    ...patch,
  });

async function start(dependencies: DemandDetailDependencies = {}, viewer: string | null = PROCURER_ORG_ID) {
  const getDemand = vi.fn(dependencies.getDemand ?? (() => Promise.resolve(published())));
  const getDemandMatches = vi.fn(dependencies.getDemandMatches ?? (() => Promise.resolve(demandMatches({ demandVersion: 2 }))));
  const closeDemand = vi.fn(dependencies.closeDemand ?? (() => Promise.resolve(published({ status: 'CLOSED' }))));
  const cancelDemand = vi.fn(dependencies.cancelDemand ?? (() => Promise.resolve(published({ status: 'CANCELLED' }))));
  const scope = effectScope();
  const page = scope.run(() =>
    useDemandDetail(() => DEMAND_ID, () => viewer, {
      getDemand,
      getDemandMatches,
      closeDemand,
      cancelDemand,
      polling: { delaysMs: [1000] },
    }),
  )!;
  await page.load();
  return { ...page, getDemand, getDemandMatches, closeDemand, cancelDemand, scope };
}

afterEach(() => vi.useRealTimers());

describe('demand detail', () => {
  it('shows the owner the demand and its ranked matches', async () => {
    const page = await start();
    expect(page.state.value).toBe('ready');
    expect(page.isOwner.value).toBe(true);
    expect(page.seesMatches.value).toBe(true);
    expect(page.matchesState.value).toBe('ready');
    expect(page.matches.value?.items[0]?.enterprise.name).toBe('咸宁某某应急装备有限公司');
    expect(page.canEdit.value && page.canClose.value && page.canCancel.value).toBe(true);
  });

  it('asks nothing about matches for others, and offers them no actions', async () => {
    const page = await start(
      { getDemand: () => Promise.resolve(published({ matching: null, detailsHidden: true, description: null })) },
      'another-org',
    );
    expect(page.seesMatches.value).toBe(false);
    expect(page.getDemandMatches).not.toHaveBeenCalled();
    expect(page.canEdit.value || page.canClose.value || page.canCancel.value).toBe(false);
  });

  it('does not ask for the matches of a draft', async () => {
    const page = await start({ getDemand: () => Promise.resolve(demandView({ matching: { status: 'PENDING', version: 1, updatedAt: null, eligibleCount: 0 } })) });
    expect(page.getDemandMatches).not.toHaveBeenCalled();
    expect(page.matchesState.value).toBe('idle');
  });

  it('polls while matching runs or the matches are of an older version, then refreshes the demand', async () => {
    vi.useFakeTimers();
    const answers: DemandMatches[] = [
      demandMatches({ status: 'PENDING', items: [], demandVersion: 2 }),
      demandMatches({ status: 'READY', demandVersion: 1 }),
      demandMatches({ status: 'READY', demandVersion: 2 }),
    ];
    const page = await start({ getDemandMatches: () => Promise.resolve(answers.shift()!) });
    expect(page.matchesState.value).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.matchesState.value).toBe('pending');
    expect(page.getDemandMatches).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.matchesState.value).toBe('ready');
    expect(page.getDemand).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.getDemandMatches).toHaveBeenCalledTimes(3);
    page.scope.stop();
  });

  it('keeps polling through a failed poll and says so', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const page = await start({
      getDemandMatches: () => {
        calls += 1;
        if (calls === 2) return Promise.reject(new ApiProblem(problem(503, 'UNAVAILABLE', { title: '服务暂不可用' })));
        return Promise.resolve(demandMatches({ status: calls < 3 ? 'PENDING' : 'READY', demandVersion: 2 }));
      },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.pollError.value).toEqual({ kind: 'plain', text: '服务暂不可用' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.pollError.value).toBeNull();
    expect(page.matchesState.value).toBe('ready');
    page.scope.stop();
  });

  it('tells a missing demand from a failure', async () => {
    const missing = await start({ getDemand: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND'))) });
    expect(missing.state.value).toBe('not-found');
    const failing = await start({ getDemand: () => Promise.reject(new ApiProblem(problem(500, 'BOOM', { title: '服务器错误' }))) });
    expect(failing.state.value).toBe('error');
    expect(failing.loadError.value).toEqual({ kind: 'plain', text: '服务器错误' });
  });

  it('opens explanations one by one', async () => {
    const page = await start();
    page.toggle('a');
    page.toggle('b');
    page.toggle('a');
    expect(page.expanded.value).toEqual(['b']);
    expect(page.isExpanded('b')).toBe(true);
  });

  it('closes after confirmation', async () => {
    const page = await start();
    page.ask('close');
    expect(await page.confirm()).toBe(true);
    expect(page.closeDemand).toHaveBeenCalledWith(DEMAND_ID);
    expect(page.demand.value?.status).toBe('CLOSED');
    expect(page.lastDone.value).toBe('close');
    expect(page.pending.value).toBeNull();
    expect(page.canClose.value).toBe(false);
  });

  it('needs a reason to cancel, and sends it trimmed', async () => {
    const page = await start();
    page.ask('cancel');
    expect(await page.confirm()).toBe(false);
    expect(page.reasonError.value).not.toBeNull();
    page.reason.value = '  需求取消  ';
    expect(await page.confirm()).toBe(true);
    expect(page.cancelDemand).toHaveBeenCalledWith(DEMAND_ID, '需求取消');
  });

  it('keeps a refused action in the dialog and shows the demand as it is now', async () => {
    const page = await start({
      closeDemand: () => Promise.reject(new ApiProblem(problem(409, 'INVALID_STATUS_TRANSITION', { title: '当前状态的需求不能执行此操作' }))),
    });
    page.ask('close');
    expect(await page.confirm()).toBe(false);
    expect(page.pending.value).toBe('close');
    expect(page.actionError.value).toEqual({ kind: 'plain', text: '当前状态的需求不能执行此操作' });
    await vi.waitFor(() => expect(page.getDemand).toHaveBeenCalledTimes(2));
  });

  it('knows when matches are current', () => {
    expect(matchesAreCurrent(demandMatches({ demandVersion: 3 }), { version: 3 })).toBe(true);
    expect(matchesAreCurrent(demandMatches({ demandVersion: 2 }), { version: 3 })).toBe(false);
    expect(matchesAreCurrent(demandMatches({ status: 'PENDING', demandVersion: 3 }), { version: 3 })).toBe(false);
  });
});
