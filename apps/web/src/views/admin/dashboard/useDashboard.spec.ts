import type { PlanTargetProgress } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem, NetworkError } from '../../../api/http';
import { busyStatistics, emptyStatistics, target } from './dashboard-fixture';
import {
  headlineFigures,
  isEmptyPlatform,
  progressPercent,
  sharePercent,
  useDashboard,
} from './useDashboard';

function setUp(dependencies: Parameters<typeof useDashboard>[0] = {}) {
  const scope = effectScope();
  const deps = {
    getStatistics: vi.fn(dependencies.getStatistics ?? (() => Promise.resolve(busyStatistics()))),
    setTarget: vi.fn(
      dependencies.setTarget ??
        ((key: PlanTargetProgress['key'], body: { target: number }) =>
          Promise.resolve(
            target(key, {
              target: body.target,
              current: 7,
              share: 7 / body.target,
              updatedAt: '2026-09-15T03:00:00.000Z',
            }),
          )),
    ),
    downloadDataset: vi.fn(
      dependencies.downloadDataset ??
        (() => Promise.resolve({ blob: new Blob(['x']), fileName: '需求对接漏斗-2026-09-15.csv' })),
    ),
    saveFile: vi.fn(),
  };
  const dashboard = scope.run(() => useDashboard(deps))!;
  return { ...dashboard, ...deps, stop: () => scope.stop() };
}

describe('figures for the page', () => {
  it('fills a progress bar by the share, full once the target is reached or passed, empty without a target', () => {
    expect(progressPercent(0.14)).toBe(14);
    expect(progressPercent(0.995)).toBe(100);
    expect(progressPercent(1.25)).toBe(100);
    expect(progressPercent(null)).toBe(0);
    expect(sharePercent(1.25)).toBe(125);
    expect(sharePercent(0.6667)).toBe(66.7);
    expect(sharePercent(null)).toBeNull();
  });

  it('tells an empty platform from one with anything to count', () => {
    expect(isEmptyPlatform(emptyStatistics())).toBe(true);
    expect(isEmptyPlatform(busyStatistics())).toBe(false);
    const onlyCertificates = emptyStatistics();
    onlyCertificates.certificates.pending = 1;
    expect(isEmptyPlatform(onlyCertificates)).toBe(false);
  });

  it('picks the headline figures', () => {
    expect(headlineFigures(busyStatistics())).toEqual({
      organizations: 12,
      verifiedEnterprises: 7,
      demandsPublished: 4,
      demandsResponded: 2,
      demandsAwarded: 1,
      responseRate: 50,
      medianHours: 20.5,
      certificatesPending: 3,
      certificatesExpiring: 1,
    });
    expect(headlineFigures(emptyStatistics()).responseRate).toBeNull();
  });
});

describe('useDashboard', () => {
  it('loads, then is ready with the figures', async () => {
    const screen = setUp();
    expect(screen.state.value).toBe('loading');
    await screen.load();
    expect(screen.state.value).toBe('ready');
    expect(screen.statistics.value?.organizations.total).toBe(12);
    expect(screen.empty.value).toBe(false);
    expect(screen.headline.value?.organizations).toBe(12);
    screen.stop();
  });

  it('says an empty platform is empty', async () => {
    const screen = setUp({ getStatistics: () => Promise.resolve(emptyStatistics()) });
    await screen.load();
    expect(screen.state.value).toBe('ready');
    expect(screen.empty.value).toBe(true);
    screen.stop();
  });

  it('shows why it could not load, and loads again on retry', async () => {
    const screen = setUp({ getStatistics: () => Promise.reject(new NetworkError('no answer')) });
    await screen.load();
    expect(screen.state.value).toBe('error');
    expect(screen.loadError.value).toEqual({ kind: 'key', key: 'errors.network' });
    screen.getStatistics.mockImplementationOnce(() => Promise.resolve(busyStatistics()));
    await screen.load();
    expect(screen.state.value).toBe('ready');
    expect(screen.loadError.value).toBeNull();
    screen.stop();
  });

  it('keeps only the latest answer when loads overlap', async () => {
    let first!: (value: ReturnType<typeof busyStatistics>) => void;
    const screen = setUp();
    screen.getStatistics.mockImplementationOnce(() => new Promise((resolve) => (first = resolve)));
    const slow = screen.load();
    await screen.load();
    first(emptyStatistics());
    await slow;
    expect(screen.statistics.value?.organizations.total).toBe(12);
    screen.stop();
  });

  it('downloads a chart’s numbers under the name the API gave, and says why not when it fails', async () => {
    const screen = setUp();
    await screen.load();
    expect(await screen.download('demand-funnel', 'csv')).toBe(true);
    expect(screen.downloadDataset).toHaveBeenCalledWith('demand-funnel', 'csv');
    expect(screen.saveFile).toHaveBeenCalledWith(expect.any(Blob), '需求对接漏斗-2026-09-15.csv');
    expect(screen.downloading.value).toBeNull();

    screen.downloadDataset.mockImplementationOnce(() =>
      Promise.reject(
        new ApiProblem({ type: 'about:blank', title: '无权执行此操作', status: 403, code: 'FORBIDDEN' }),
      ),
    );
    expect(await screen.download('targets', 'xlsx')).toBe(false);
    expect(screen.downloadError.value).toEqual({ kind: 'plain', text: '无权执行此操作' });
    screen.stop();
  });

  it('changes a target in two steps, then shows its new progress', async () => {
    const screen = setUp();
    await screen.load();
    screen.openEditor('VERIFIED_CIVIL_ENTERPRISES');
    expect(screen.editor).toMatchObject({
      open: true,
      key: 'VERIFIED_CIVIL_ENTERPRISES',
      value: 50,
      phase: 'edit',
    });
    expect(screen.editing.value?.target).toBe(50);

    // Confirming straight away does nothing: the number has not been reviewed.
    expect(await screen.confirm()).toBe(false);
    expect(screen.setTarget).not.toHaveBeenCalled();

    screen.editor.value = 70;
    expect(screen.review()).toBe(true);
    expect(screen.editor.phase).toBe('confirm');
    screen.back();
    expect(screen.editor.phase).toBe('edit');
    expect(screen.review()).toBe(true);

    expect(await screen.confirm()).toBe(true);
    expect(screen.setTarget).toHaveBeenCalledWith('VERIFIED_CIVIL_ENTERPRISES', { target: 70 });
    expect(screen.editor.open).toBe(false);
    expect(screen.savedTarget.value).toBe('VERIFIED_CIVIL_ENTERPRISES');
    expect(screen.statistics.value?.targets[0]).toMatchObject({ target: 70, share: 0.1 });
    // The other targets are left as they were.
    expect(screen.statistics.value?.targets[1]).toMatchObject({ current: 25, target: 20 });
    screen.stop();
  });

  it('refuses an empty, negative, fractional or huge target before asking the API', async () => {
    const screen = setUp();
    await screen.load();
    screen.openEditor('AWARDED_DEMANDS');
    for (const value of [null, -1, 2.5, 1_000_001]) {
      screen.editor.value = value;
      expect(screen.review(), String(value)).toBe(false);
      expect(screen.editor.phase).toBe('edit');
      expect(screen.editor.fieldError).toEqual({ kind: 'key', key: 'dashboard.targets.invalid' });
    }
    screen.editor.value = 0;
    expect(screen.review()).toBe(true);
    expect(screen.editor.fieldError).toBeNull();
    screen.stop();
  });

  it('keeps the dialog open with the reason when saving fails, and does not close while saving', async () => {
    let fail!: (error: unknown) => void;
    const screen = setUp();
    await screen.load();
    screen.setTarget.mockImplementationOnce(() => new Promise((_resolve, reject) => (fail = reject)));
    screen.openEditor('HIGH_TECH_ENTERPRISES');
    screen.editor.value = 30;
    screen.review();
    const saving = screen.confirm();
    expect(screen.editor.busy).toBe(true);
    screen.closeEditor();
    expect(screen.editor.open).toBe(true);
    fail(new NetworkError('no answer'));
    expect(await saving).toBe(false);
    expect(screen.editor).toMatchObject({
      open: true,
      phase: 'confirm',
      busy: false,
      error: { kind: 'key', key: 'errors.network' },
    });
    expect(screen.statistics.value?.targets[1]?.target).toBe(20);
    screen.closeEditor();
    expect(screen.editor.open).toBe(false);
    screen.stop();
  });
});
