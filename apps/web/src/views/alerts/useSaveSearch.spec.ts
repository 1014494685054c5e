import type { SavedSearchCreateInput, SavedSearchQueryInput, SavedSearchView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope, ref } from 'vue';
import { ApiProblem, NetworkError } from '../../api/http';
import { problem } from '../../testing/fixtures';
import { savedSearchQueryOf, useSaveSearch } from './useSaveSearch';

function view(body: SavedSearchCreateInput): SavedSearchView {
  return {
    id: '5b0e7a0c-3f2d-4c1b-9a8e-7d6c5b4a3f21',
    kind: body.kind,
    name: body.name.trim(),
    query: { q: '', sectors: [], regions: [], qualifications: [], ...body.query },
    frequency: body.frequency ?? 'IMMEDIATE',
    createdAt: '2026-03-01T08:00:00.000Z',
  };
}

function start(create = vi.fn((body: SavedSearchCreateInput) => Promise.resolve(view(body)))) {
  const query = ref<SavedSearchQueryInput>({ q: ' 线缆 ', sectors: ['ELECTRONICS'], regions: [], qualifications: [] });
  const scope = effectScope();
  const save = scope.run(() => useSaveSearch('DEMANDS', () => query.value, { createSavedSearch: create }))!;
  return { save, create, query };
}

describe('useSaveSearch', () => {
  it('offers a name made from the current filters and saves them as the user’s saved search', async () => {
    const { save, create, query } = start();
    query.value = { ...query.value, sectors: ['ELECTRONICS', 'MARINE'] };
    save.open();
    expect(save.dialogOpen.value).toBe(true);
    expect(save.name.value).toBe('「线缆」 · 电子信息 · 船舶与海洋');
    save.frequency.value = 'DAILY';
    const saved = await save.submit();
    expect(create).toHaveBeenCalledWith({
      kind: 'DEMANDS',
      name: '「线缆」 · 电子信息 · 船舶与海洋',
      query: { q: '线缆', sectors: ['ELECTRONICS', 'MARINE'], regions: [], qualifications: [] },
      frequency: 'DAILY',
    });
    expect(saved?.frequency).toBe('DAILY');
    expect(save.saved.value).toEqual(saved);
    expect(save.dialogOpen.value).toBe(false);
  });

  it('checks the form with the API’s rules before sending anything', async () => {
    const { save, create } = start();
    save.open('   ');
    expect(await save.submit()).toBeNull();
    expect(create).not.toHaveBeenCalled();
    expect(save.fieldErrors.value.name).toEqual({ kind: 'key', key: 'alerts.form.nameInvalid' });
    expect(save.dialogOpen.value).toBe(true);
    save.name.value = 'x'.repeat(61);
    expect(await save.submit()).toBeNull();
    expect(save.fieldErrors.value.name).toBeDefined();
  });

  it('shows a refusal of the API and keeps the dialog open', async () => {
    const refusal = new ApiProblem(problem(409, 'SAVED_SEARCH_LIMIT_REACHED', { title: '每位用户最多保存 20 个订阅' }));
    const { save } = start(vi.fn(() => Promise.reject(refusal)));
    save.open();
    expect(await save.submit()).toBeNull();
    expect(save.formError.value).toEqual({ kind: 'plain', text: '每位用户最多保存 20 个订阅' });
    expect(save.dialogOpen.value).toBe(true);
    expect(save.saving.value).toBe(false);
  });

  it('says when the API could not be reached', async () => {
    const { save } = start(vi.fn(() => Promise.reject(new NetworkError('offline'))));
    save.open();
    await save.submit();
    expect(save.formError.value).toEqual({ kind: 'key', key: 'errors.network' });
  });

  it('closes on cancel, but not while saving', async () => {
    let finish: (value: SavedSearchView) => void = () => undefined;
    const { save } = start(vi.fn(() => new Promise<SavedSearchView>((resolve) => (finish = resolve))));
    save.open('线缆');
    const pending = save.submit();
    save.cancel();
    expect(save.dialogOpen.value).toBe(true);
    expect(await save.submit()).toBeNull();
    finish(view({ kind: 'DEMANDS', name: '线缆' }));
    await pending;
    save.open('again');
    save.cancel();
    expect(save.dialogOpen.value).toBe(false);
  });
});

describe('savedSearchQueryOf', () => {
  it('copies the lists and trims the words', () => {
    const sectors = ['AI' as const];
    const query = savedSearchQueryOf({ q: '  无人机 ', sectors });
    expect(query).toEqual({ q: '无人机', sectors: ['AI'], regions: [], qualifications: [] });
    expect(query.sectors).not.toBe(sectors);
    expect(savedSearchQueryOf(undefined)).toEqual({ q: '', sectors: [], regions: [], qualifications: [] });
  });
});
