import type { AlertPage, SavedSearchCreateInput, SavedSearchList } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../api/http';
import { problem } from '../../testing/fixtures';
import { alertItem, savedSearch } from './alert-fixtures';
import { type AlertsPageDependencies, useAlertsPage } from './useAlertsPage';

async function start(dependencies: AlertsPageDependencies = {}, max = 20) {
  let searches = [savedSearch('s1'), savedSearch('s2')];
  const alerts = [alertItem('a1'), alertItem('a2')];
  const listSavedSearches = vi.fn(
    dependencies.listSavedSearches ?? ((): Promise<SavedSearchList> => Promise.resolve({ items: searches, max })),
  );
  const listAlerts = vi.fn(
    dependencies.listAlerts ??
      ((): Promise<AlertPage> => Promise.resolve({ items: alerts, total: alerts.length, page: 1, pageSize: 20 })),
  );
  const createSavedSearch = vi.fn(
    dependencies.createSavedSearch ??
      ((body: SavedSearchCreateInput) => {
        const created = savedSearch('s3', { name: body.name, kind: body.kind });
        searches = [created, ...searches];
        return Promise.resolve(created);
      }),
  );
  const deleteSavedSearch = vi.fn(
    dependencies.deleteSavedSearch ??
      ((id: string) => {
        searches = searches.filter((s) => s.id !== id);
        return Promise.resolve();
      }),
  );
  const sendAlertFeedback = vi.fn(
    dependencies.sendAlertFeedback ??
      ((id: string, relevant: boolean) => Promise.resolve(alertItem(id, { feedback: relevant }))),
  );
  const scope = effectScope();
  const page = scope.run(() =>
    useAlertsPage({ listSavedSearches, listAlerts, createSavedSearch, deleteSavedSearch, sendAlertFeedback }),
  )!;
  await page.load();
  return { ...page, listSavedSearches, listAlerts, createSavedSearch, deleteSavedSearch, sendAlertFeedback };
}

describe('订阅与提醒', () => {
  it('loads the saved searches and the first page of alerts', async () => {
    const page = await start();
    expect(page.searchesState.value).toBe('ready');
    expect(page.searchItems.value.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(page.alertsState.value).toBe('ready');
    expect(page.listAlerts).toHaveBeenCalledWith({ page: 1, pageSize: 20 }, expect.any(AbortSignal));
    expect(page.limitReached.value).toBe(false);
    await page.setPage(2);
    expect(page.listAlerts).toHaveBeenLastCalledWith({ page: 2, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('shows each list’s own error', async () => {
    const page = await start({ listAlerts: () => Promise.reject(new ApiProblem(problem(503, 'SEARCH_UNAVAILABLE', { title: '服务暂时不可用' }))) });
    expect(page.searchesState.value).toBe('ready');
    expect(page.alertsState.value).toBe('error');
    expect(page.alertsError.value).toEqual({ kind: 'plain', text: '服务暂时不可用' });
  });

  it('knows when the limit is reached', async () => {
    const page = await start({}, 2);
    expect(page.limitReached.value).toBe(true);
  });

  it('creates a saved search from the form and lists it', async () => {
    const page = await start();
    page.startCreating();
    expect(page.creator.dialogOpen.value).toBe(true);
    expect(page.creator.name.value).toBe('');
    page.form.kind = 'ENTERPRISES';
    page.form.q = '复合材料';
    page.form.sectors = ['NEW_MATERIALS'];
    page.creator.name.value = '复合材料供应商';
    expect(await page.create()).toBe(true);
    expect(page.createSavedSearch).toHaveBeenCalledWith({
      kind: 'ENTERPRISES',
      name: '复合材料供应商',
      query: { q: '复合材料', sectors: ['NEW_MATERIALS'], regions: [], qualifications: [] },
      frequency: 'IMMEDIATE',
    });
    expect(page.searchItems.value.map((s) => s.id)).toEqual(['s3', 's1', 's2']);
    expect(page.creator.dialogOpen.value).toBe(false);
  });

  it('does not send a form without a name', async () => {
    const page = await start();
    page.startCreating();
    expect(await page.create()).toBe(false);
    expect(page.createSavedSearch).not.toHaveBeenCalled();
    expect(page.creator.fieldErrors.value.name).toBeDefined();
  });

  it('deletes a saved search only after confirmation, then reloads both lists', async () => {
    const page = await start();
    page.askDelete(page.searchItems.value[0]!);
    expect(page.deleteSavedSearch).not.toHaveBeenCalled();
    page.cancelDelete();
    expect(page.pendingDelete.value).toBeNull();
    page.askDelete(page.searchItems.value[0]!);
    expect(await page.confirmDelete()).toBe(true);
    expect(page.deleteSavedSearch).toHaveBeenCalledWith('s1');
    expect(page.searchItems.value.map((s) => s.id)).toEqual(['s2']);
    expect(page.listAlerts).toHaveBeenCalledTimes(2);
    expect(page.pendingDelete.value).toBeNull();
  });

  it('keeps a refused delete in the dialog; one already gone just reloads', async () => {
    const refused = await start({ deleteSavedSearch: () => Promise.reject(new ApiProblem(problem(500, 'INTERNAL', { title: '服务器错误' }))) });
    refused.askDelete(refused.searchItems.value[0]!);
    expect(await refused.confirmDelete()).toBe(false);
    expect(refused.deleteError.value).toEqual({ kind: 'plain', text: '服务器错误' });
    expect(refused.pendingDelete.value?.id).toBe('s1');

    const gone = await start({ deleteSavedSearch: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND'))) });
    gone.askDelete(gone.searchItems.value[0]!);
    expect(await gone.confirmDelete()).toBe(true);
    expect(gone.pendingDelete.value).toBeNull();
    expect(gone.listSavedSearches).toHaveBeenCalledTimes(2);
  });

  it('marks an alert not relevant, and undoes it', async () => {
    const page = await start();
    expect(await page.markNotRelevant(page.alertItems.value[1]!)).toBe(true);
    expect(page.sendAlertFeedback).toHaveBeenCalledWith('a2', false);
    expect(page.alertItems.value.map((a) => a.feedback)).toEqual([null, false]);
    expect(page.feedbackBusy.value).toBeNull();
    expect(await page.undoNotRelevant(page.alertItems.value[1]!)).toBe(true);
    expect(page.sendAlertFeedback).toHaveBeenLastCalledWith('a2', true);
    expect(page.alertItems.value.map((a) => a.feedback)).toEqual([null, true]);
  });

  it('shows a refused feedback and reloads when the alert is gone', async () => {
    const page = await start({ sendAlertFeedback: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND', { title: '未找到' }))) });
    expect(await page.markNotRelevant(page.alertItems.value[0]!)).toBe(false);
    expect(page.feedbackError.value).toEqual({ kind: 'plain', text: '未找到' });
    await vi.waitFor(() => expect(page.listAlerts).toHaveBeenCalledTimes(2));
  });
});
