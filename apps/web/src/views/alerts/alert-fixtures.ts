import type { AlertItemView, SavedSearchView } from '@mcf/contracts';

/** Wire-shaped saved searches and alerts for the specs of this page. */
export function savedSearch(id: string, patch: Partial<SavedSearchView> = {}): SavedSearchView {
  return {
    id,
    kind: 'DEMANDS',
    name: `订阅 ${id}`,
    query: { q: '线缆', sectors: ['ELECTRONICS'], regions: [], qualifications: [] },
    frequency: 'IMMEDIATE',
    createdAt: '2026-03-01T08:00:00.000Z',
    ...patch,
  };
}

export function alertItem(id: string, patch: Partial<AlertItemView> = {}): AlertItemView {
  return {
    id,
    savedSearchId: 's1',
    savedSearchName: '订阅 s1',
    kind: 'DEMANDS',
    itemId: `item-${id}`,
    title: `需求 ${id}`,
    link: `/demands/item-${id}`,
    rankScore: 1,
    demoted: false,
    feedback: null,
    createdAt: '2026-03-02T08:00:00.000Z',
    notifiedAt: '2026-03-02T08:00:01.000Z',
    ...patch,
  };
}
