import type { QualificationQueuePage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { type QueueItem, useVettingQueue, type VettingQueueDependencies } from './useVettingQueue';

function item(n: number): QueueItem {
  return {
    id: `5a0e8f57-8d1c-4f55-9b7e-1c2d3e4f5a6${n}`,
    organizationId: '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11',
    organizationName: `咸宁${n}号公司`,
    type: 'GJB9001C',
    name: '武器装备质量管理体系认证 (GJB 9001C-2017)',
    level: null,
    certificateNo: `GJB-${n}`,
    issuer: '中国新时代认证中心',
    issuedAt: '2025-01-10',
    expiresAt: '2028-01-09',
    scope: null,
    status: 'PENDING',
    statusReason: null,
    vetted: false,
    file: { kind: 'PDF', size: 100, name: `gjb-${n}.pdf` },
    createdAt: `2026-11-0${n}T06:00:00Z`,
    updatedAt: `2026-11-0${n}T06:00:00Z`,
  };
}

const pageOf = (...items: QueueItem[]): QualificationQueuePage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
  next: null,
});

async function start(dependencies: VettingQueueDependencies = {}) {
  let queue = [item(1), item(2), item(3)];
  const listQualificationQueue = vi.fn(
    dependencies.listQualificationQueue ?? (() => Promise.resolve(pageOf(...queue))),
  );
  const approveQualification = vi.fn(
    dependencies.approveQualification ??
      ((id: string) => {
        queue = queue.filter((entry) => entry.id !== id);
        return Promise.resolve({ ...item(1), id, status: 'APPROVED' as const });
      }),
  );
  const rejectQualification = vi.fn(
    dependencies.rejectQualification ??
      ((id: string) => Promise.resolve({ ...item(1), id, status: 'REJECTED' as const })),
  );
  const bulkApproveQualifications = vi.fn(
    dependencies.bulkApproveQualifications ??
      ((ids: readonly string[]) => {
        const [first, ...rest] = ids;
        queue = queue.filter((entry) => entry.id !== first);
        return Promise.resolve({
          approved: [first!],
          skipped: rest.map((id) => ({ id, reason: 'expired' })),
        });
      }),
  );
  const scope = effectScope();
  const page = scope.run(() =>
    useVettingQueue({
      listQualificationQueue,
      approveQualification,
      rejectQualification,
      bulkApproveQualifications,
    }),
  )!;
  await vi.waitFor(() => expect(page.state.value).toBe('ready'));
  return {
    ...page,
    listQualificationQueue,
    approveQualification,
    rejectQualification,
    bulkApproveQualifications,
  };
}

describe('vetting queue', () => {
  it('asks for the pending certificates', async () => {
    const queue = await start();
    expect(queue.listQualificationQueue).toHaveBeenCalledWith(
      { status: 'PENDING', page: 1, pageSize: 20 },
      expect.any(AbortSignal),
    );
    expect(queue.items.value.map((entry) => entry.certificateNo)).toEqual(['GJB-1', 'GJB-2', 'GJB-3']);
  });

  it('selects one by one and all at once', async () => {
    const queue = await start();
    queue.toggle(item(1).id);
    expect(queue.isSelected(item(1).id)).toBe(true);
    expect(queue.someSelected.value).toBe(true);
    queue.toggleAll();
    expect(queue.allSelected.value).toBe(true);
    expect(queue.selected.value).toHaveLength(3);
    queue.toggle(item(2).id, false);
    expect(queue.allSelected.value).toBe(false);
    queue.toggleAll(false);
    expect(queue.selected.value).toEqual([]);
  });

  it('approves the selection in bulk, reports what was skipped by number, and keeps only what is still queued selected', async () => {
    const queue = await start();
    queue.toggleAll(true);
    queue.ask('bulk');
    expect(queue.pending.value?.ids).toHaveLength(3);
    expect(await queue.confirm()).toBe(true);

    expect(queue.bulkApproveQualifications).toHaveBeenCalledWith([item(1).id, item(2).id, item(3).id]);
    expect(queue.bulkResult.value?.approved).toEqual([item(1).id]);
    expect(queue.bulkSkipped.value).toEqual([
      { id: item(2).id, reason: 'expired', certificateNo: 'GJB-2' },
      { id: item(3).id, reason: 'expired', certificateNo: 'GJB-3' },
    ]);
    expect(queue.items.value.map((entry) => entry.certificateNo)).toEqual(['GJB-2', 'GJB-3']);
    expect(queue.selected.value).toEqual([item(2).id, item(3).id]);
    expect(queue.pending.value).toBeNull();
  });

  it('does not open a bulk approval with nothing selected', async () => {
    const queue = await start();
    queue.ask('bulk');
    expect(queue.pending.value).toBeNull();
  });

  it('approves one certificate, closes it if open, and names it in the notice', async () => {
    const queue = await start();
    queue.open(queue.items.value[0]!);
    queue.ask('approve', queue.items.value[0]!);
    expect(await queue.confirm()).toBe(true);
    expect(queue.approveQualification).toHaveBeenCalledWith(item(1).id);
    expect(queue.lastDone.value).toMatchObject({ action: 'approve', item: { certificateNo: 'GJB-1' } });
    expect(queue.opened.value).toBeNull();
  });

  it('needs a reason to reject, and sends it trimmed', async () => {
    const queue = await start();
    queue.ask('reject', queue.items.value[1]!);
    expect(await queue.confirm()).toBe(false);
    expect(queue.reasonError.value).not.toBeNull();
    expect(queue.rejectQualification).not.toHaveBeenCalled();

    queue.reason.value = '  扫描件模糊，无法辨认证书编号  ';
    expect(await queue.confirm()).toBe(true);
    expect(queue.rejectQualification).toHaveBeenCalledWith(item(2).id, '扫描件模糊，无法辨认证书编号');
  });

  it('shows a conflict and reloads the queue', async () => {
    const queue = await start({
      approveQualification: () =>
        Promise.reject(
          new ApiProblem(problem(409, 'INVALID_STATUS_TRANSITION', { title: '该证书已被处理' })),
        ),
    });
    queue.ask('approve', queue.items.value[0]!);
    expect(await queue.confirm()).toBe(false);
    expect(queue.actionError.value).toEqual({ kind: 'plain', text: '该证书已被处理' });
    await vi.waitFor(() => expect(queue.listQualificationQueue).toHaveBeenCalledTimes(2));
  });
});
