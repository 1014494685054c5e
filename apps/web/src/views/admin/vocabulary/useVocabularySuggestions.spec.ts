import type { VocabularySuggestionPage, VocabularySuggestionView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import {
  buildApproval,
  buildSuggestionQuery,
  problemMessages,
  useVocabularySuggestions,
  type VocabularySuggestionsDependencies,
} from './useVocabularySuggestions';

function suggestion(id: string, patch: Partial<VocabularySuggestionView> = {}): VocabularySuggestionView {
  return {
    id,
    relation: 'abbreviation',
    terms: ['现场可编程门阵列', 'FPGA'],
    status: 'PENDING',
    evidence: [
      { sourceKind: 'PROFILE', sourceId: 'org-1', snippet: '现场可编程门阵列(FPGA)', seenAt: '2026-03-01T08:00:00.000Z' },
    ],
    evidenceCount: 1,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    decidedBy: null,
    decidedAt: null,
    decisionReason: null,
    ...patch,
  };
}

const pageOf = (...items: VocabularySuggestionView[]): VocabularySuggestionPage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});

async function start(dependencies: VocabularySuggestionsDependencies = {}) {
  let pending = [suggestion('a'), suggestion('b', { relation: 'equivalent', terms: ['变压吸附制氧机', 'PSA制氧机'] })];
  const decided = (id: string, status: 'APPROVED' | 'REJECTED') => {
    const found = pending.find((s) => s.id === id)!;
    pending = pending.filter((s) => s.id !== id);
    return Promise.resolve({ ...found, status });
  };
  const list = vi.fn(dependencies.list ?? (() => Promise.resolve(pageOf(...pending))));
  const approve = vi.fn(dependencies.approve ?? ((id: string) => decided(id, 'APPROVED')));
  const reject = vi.fn(dependencies.reject ?? ((id: string) => decided(id, 'REJECTED')));
  const scope = effectScope();
  const page = scope.run(() => useVocabularySuggestions({ list, approve, reject }))!;
  await page.load();
  return { ...page, list, approve, reject };
}

describe('suggestion query', () => {
  it('asks for one status, or none for all', () => {
    expect(buildSuggestionQuery('PENDING', 1)).toEqual({ status: 'PENDING', page: 1, pageSize: 20 });
    expect(buildSuggestionQuery('ALL', 3)).toEqual({ page: 3, pageSize: 20 });
  });
});

describe('buildApproval', () => {
  const s = suggestion('a');
  it('sends nothing but what the administrator changed', () => {
    expect(buildApproval(s, { relation: 'abbreviation', first: '现场可编程门阵列', second: 'FPGA', reason: ' ' })).toEqual({});
    expect(buildApproval(s, { relation: 'equivalent', first: ' 现场可编程门阵列 ', second: 'FPGA', reason: '通用缩写' })).toEqual({
      relation: 'equivalent',
      reason: '通用缩写',
    });
    expect(buildApproval(s, { relation: 'abbreviation', first: '可编程门阵列', second: 'FPGA', reason: '' })).toEqual({
      terms: ['可编程门阵列', 'FPGA'],
    });
  });
});

describe('problemMessages', () => {
  it('lists the title and every named conflict in both languages', () => {
    const error = new ApiProblem(
      problem(409, 'VOCABULARY_CONFLICT', {
        title: '通过该建议会与词表矛盾或重复',
        errors: [{ field: 'terms', code: 'VOCABULARY_CONFLICT', message: '"a" and "b" clash', messageZh: '「a」与「b」冲突' }],
      }),
    );
    expect(problemMessages(error)).toEqual([
      { kind: 'plain', text: '通过该建议会与词表矛盾或重复' },
      { kind: 'bilingual', zh: '「a」与「b」冲突', en: '"a" and "b" clash' },
    ]);
  });
});

describe('vocabulary suggestions page', () => {
  it('lists pending suggestions first, other statuses on request from their first page', async () => {
    const page = await start();
    expect(page.list).toHaveBeenCalledWith({ status: 'PENDING', page: 1, pageSize: 20 }, expect.any(AbortSignal));
    expect(page.items.value.map((s) => s.id)).toEqual(['a', 'b']);
    await page.setPage(2);
    await page.showFilter('ALL');
    expect(page.list).toHaveBeenLastCalledWith({ page: 1, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('approves with the corrected relation after confirmation and shows the list without it', async () => {
    const page = await start();
    page.askApprove(page.items.value[1]!);
    expect(page.draft).toMatchObject({ relation: 'equivalent', first: '变压吸附制氧机', second: 'PSA制氧机' });
    page.draft.relation = 'abbreviation';
    expect(await page.confirmApprove()).toBe(true);
    expect(page.approve).toHaveBeenCalledWith('b', { relation: 'abbreviation' });
    expect(page.lastDecided.value).toMatchObject({ id: 'b', status: 'APPROVED' });
    expect(page.items.value.map((s) => s.id)).toEqual(['a']);
    expect(page.approving.value).toBeNull();
  });

  it('keeps the dialog open with every conflict the API names', async () => {
    const conflict = new ApiProblem(
      problem(409, 'VOCABULARY_CONFLICT', {
        errors: [{ field: 'terms', code: 'ALREADY_IN_VOCABULARY', message: 'same thing', messageZh: '已是同一事物' }],
      }),
    );
    const page = await start({ approve: () => Promise.reject(conflict) });
    page.askApprove(page.items.value[0]!);
    expect(await page.confirmApprove()).toBe(false);
    expect(page.approving.value?.id).toBe('a');
    expect(page.actionErrors.value).toContainEqual({ kind: 'bilingual', zh: '已是同一事物', en: 'same thing' });
  });

  it('refuses an emptied term before asking', async () => {
    const page = await start();
    page.askApprove(page.items.value[0]!);
    page.draft.second = '  ';
    expect(await page.confirmApprove()).toBe(false);
    expect(page.approve).not.toHaveBeenCalled();
    expect(Object.keys(page.fieldErrors.value)).toEqual(['terms.1']);
  });

  it('needs a reason to reject, then rejects with it', async () => {
    const page = await start();
    page.askReject(page.items.value[0]!);
    expect(await page.confirmReject()).toBe(false);
    expect(page.reject).not.toHaveBeenCalled();
    expect(page.fieldErrors.value.reason).toBeDefined();
    page.rejectReason.value = ' 不是同一产品 ';
    expect(await page.confirmReject()).toBe(true);
    expect(page.reject).toHaveBeenCalledWith('a', { reason: '不是同一产品' });
    expect(page.lastDecided.value?.status).toBe('REJECTED');
  });

  it('reloads when the suggestion was decided elsewhere meanwhile', async () => {
    const page = await start({
      approve: () => Promise.reject(new ApiProblem(problem(409, 'SUGGESTION_ALREADY_DECIDED'))),
    });
    page.askApprove(page.items.value[0]!);
    const calls = page.list.mock.calls.length;
    expect(await page.confirmApprove()).toBe(false);
    await Promise.resolve();
    expect(page.list.mock.calls.length).toBe(calls + 1);
  });

  it('shows a load failure, and an empty list as such', async () => {
    const failing = await start({ list: () => Promise.reject(new ApiProblem(problem(503, 'SERVICE_UNAVAILABLE'))) });
    expect(failing.state.value).toBe('error');
    expect(failing.loadError.value).toEqual({ kind: 'plain', text: 'SERVICE_UNAVAILABLE' });
    const empty = await start({ list: () => Promise.resolve(pageOf()) });
    expect(empty.state.value).toBe('ready');
    expect(empty.items.value).toEqual([]);
  });
});
