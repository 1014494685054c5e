import type { ProjectReportPage, ProjectReportView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { useProjectReportReview } from './useProjectReportReview';

const REPORT = {
  id: '00000000-0000-4000-8000-0000000000a1',
  projectId: '00000000-0000-4000-8000-000000000001',
  projectName: '液压减震器生产线建设项目',
  projectStage: 'CONSTRUCTION',
  period: '2026-Q4',
  progress: '完成可行性研究。',
  milestonesReached: [],
  investmentCompleted: null,
  problems: null,
  status: 'SUBMITTED',
  filedByEmail: 'owner@example.cn',
  createdAt: '2026-12-06T00:00:00.000Z',
  reviewKind: null,
  reviewReason: null,
  reviewedAt: null,
  reviewedByEmail: null,
} as unknown as ProjectReportView;
const page = (items: ProjectReportView[]): ProjectReportPage => ({ items, total: items.length, page: 1, pageSize: 20 });

function start() {
  const list = vi.fn().mockResolvedValue(page([REPORT]));
  const review = vi.fn().mockResolvedValue({ ...REPORT, status: 'ACCEPTED' });
  const queue = effectScope().run(() => useProjectReportReview({ list, review }))!;
  return { queue, list, review };
}

describe('useProjectReportReview', () => {
  it('lists waiting reports first by default', async () => {
    const { queue, list } = start();
    await queue.load();
    expect(list).toHaveBeenCalledWith({ status: 'SUBMITTED', page: 1, pageSize: 20 }, expect.any(AbortSignal));
    await queue.setFilter('ALL');
    expect(list).toHaveBeenLastCalledWith({ status: undefined, page: 1, pageSize: 20 }, expect.any(AbortSignal));
  });

  it('accepts after confirmation, without a reason', async () => {
    const { queue, review } = start();
    await queue.load();
    queue.ask(REPORT, 'MIDTERM', 'ACCEPTED');
    expect(review).not.toHaveBeenCalled();
    await queue.confirm();
    expect(review).toHaveBeenCalledWith(REPORT.id, { kind: 'MIDTERM', decision: 'ACCEPTED', reason: null });
  });

  it('sends back only with a reason of at least two characters', async () => {
    const { queue, review } = start();
    await queue.load();
    queue.ask(REPORT, 'MIDTERM', 'REVISION_REQUESTED');
    queue.reason.value = '补';
    expect(await queue.confirm()).toBe(false);
    expect(queue.reasonError.value).not.toBeNull();
    queue.reason.value = '请补充完成投资的依据';
    await queue.confirm();
    expect(review).toHaveBeenCalledWith(REPORT.id, { kind: 'MIDTERM', decision: 'REVISION_REQUESTED', reason: '请补充完成投资的依据' });
  });
});
