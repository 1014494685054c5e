import type { ClaimAdminPage, ClaimAdminView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { type ClaimReviewDependencies, useClaimReview } from './useClaimReview';

function claim(n: number, status: ClaimAdminView['status'] = 'PENDING'): ClaimAdminView {
  return {
    id: `5a0e8f57-8d1c-4f55-9b7e-1c2d3e4f5a6${n}`,
    status,
    organization: {
      id: `0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a1${n}`,
      name: `咸宁${n}号公司`,
      creditCode: `91421202MA4K0000${n}X`,
      status: 'PENDING_VERIFICATION',
      isDemo: false,
    },
    claimantName: '李经理',
    claimantEmail: `li${n}@example.cn`,
    licence: { kind: 'PDF', size: 100, name: '营业执照.pdf' },
    reason: null,
    createdAt: '2026-12-06T06:00:00Z',
    decidedAt: null,
    decidedByEmail: null,
  };
}
const pageOf = (...items: ClaimAdminView[]): ClaimAdminPage => ({
  items,
  total: items.length,
  page: 1,
  pageSize: 20,
});
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function start(dependencies: ClaimReviewDependencies = {}) {
  let queue = [claim(1), claim(2)];
  const listClaims = vi.fn(dependencies.listClaims ?? (() => Promise.resolve(pageOf(...queue))));
  const approveClaim = vi.fn(
    dependencies.approveClaim ??
      ((id: string) => {
        queue = queue.filter((entry) => entry.id !== id);
        return Promise.resolve({ ...claim(1), id, status: 'APPROVED' as const });
      }),
  );
  const rejectClaim = vi.fn(
    dependencies.rejectClaim ??
      ((id: string, reason: string) =>
        Promise.resolve({ ...claim(1), id, status: 'REJECTED' as const, reason })),
  );
  const scope = effectScope();
  const review = scope.run(() => useClaimReview({ listClaims, approveClaim, rejectClaim }))!;
  await flush();
  return { review, listClaims, approveClaim, rejectClaim };
}

describe('useClaimReview', () => {
  it('lists pending claims first and filters by status', async () => {
    const { review, listClaims } = await start();
    expect(listClaims).toHaveBeenLastCalledWith(
      { status: 'PENDING', page: 1, pageSize: 20 },
      expect.any(AbortSignal),
    );
    expect(review.items.value).toHaveLength(2);
    await review.setFilter('ALL');
    expect(listClaims).toHaveBeenLastCalledWith(
      { status: undefined, page: 1, pageSize: 20 },
      expect.any(AbortSignal),
    );
  });

  it('approves only after confirmation, and reloads the list', async () => {
    const { review, approveClaim } = await start();
    review.ask('approve', review.items.value[0]!);
    expect(approveClaim).not.toHaveBeenCalled();
    expect(await review.confirm()).toBe(true);
    expect(approveClaim).toHaveBeenCalledWith(claim(1).id);
    expect(review.lastDone.value?.action).toBe('approve');
    expect(review.items.value.map((item) => item.id)).toEqual([claim(2).id]);
  });

  it('asks for a reason before rejecting', async () => {
    const { review, rejectClaim } = await start();
    review.ask('reject', review.items.value[1]!);
    expect(await review.confirm()).toBe(false);
    expect(review.reasonError.value).not.toBeNull();
    review.reason.value = '营业执照与机构名称不符';
    await nextTick();
    expect(await review.confirm()).toBe(true);
    expect(rejectClaim).toHaveBeenCalledWith(claim(2).id, '营业执照与机构名称不符');
  });

  it('shows why an approval was refused and refreshes the list (claimed meanwhile)', async () => {
    const refused = new ApiProblem(
      problem(409, 'ORGANIZATION_ALREADY_CLAIMED', { title: '该机构已有成员，请驳回此申请' }),
    );
    const { review, listClaims } = await start({ approveClaim: () => Promise.reject(refused) });
    const calls = listClaims.mock.calls.length;
    review.ask('approve', review.items.value[0]!);
    expect(await review.confirm()).toBe(false);
    expect(review.actionError.value).toEqual({ kind: 'plain', text: '该机构已有成员，请驳回此申请' });
    await flush();
    expect(listClaims.mock.calls.length).toBe(calls + 1);
  });
});
