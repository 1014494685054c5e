import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiProblem } from '../api/http';
import { problem } from '../testing/fixtures';
import { useConfirmWithReason } from './useConfirmWithReason';

type Asked = { action: 'approve' | 'reject'; id: string };
const ReasonSchema = z.object({ reason: z.string().trim().min(2).max(50) });

function start(act: (pending: Asked, reason: string) => Promise<void>) {
  const reload = vi.fn(() => Promise.resolve());
  const actSpy = vi.fn(act);
  const decision = useConfirmWithReason<Asked>({
    needsReason: ({ action }) => action === 'reject',
    reasonSchema: ReasonSchema,
    act: actSpy,
    reload,
  });
  return { decision, reload, act: actSpy };
}

describe('useConfirmWithReason', () => {
  it('does an approval without a reason, closes the dialog and reloads', async () => {
    const { decision, reload, act } = start(() => Promise.resolve());
    decision.ask({ action: 'approve', id: 'a' });
    expect(decision.pending.value).toEqual({ action: 'approve', id: 'a' });
    await expect(decision.confirm()).resolves.toBe(true);
    expect(act).toHaveBeenCalledWith({ action: 'approve', id: 'a' }, '');
    expect(decision.pending.value).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('refuses a reason the schema rejects without calling the action, and passes a trimmed one on', async () => {
    const { decision, act } = start(() => Promise.resolve());
    decision.ask({ action: 'reject', id: 'r' });
    decision.reason.value = ' ';
    await expect(decision.confirm()).resolves.toBe(false);
    expect(act).not.toHaveBeenCalled();
    expect(decision.reasonError.value).not.toBeNull();
    expect(decision.pending.value).not.toBeNull();

    decision.reason.value = '  扫描件模糊  ';
    await expect(decision.confirm()).resolves.toBe(true);
    expect(act).toHaveBeenCalledWith({ action: 'reject', id: 'r' }, '扫描件模糊');
    expect(decision.reasonError.value).toBeNull();
  });

  it('puts an API error naming the reason under the reason, in both languages', async () => {
    const { decision } = start(() =>
      Promise.reject(
        new ApiProblem(
          problem(400, 'VALIDATION_FAILED', {
            errors: [{ field: 'reason', code: 'too_small', message: 'Too short', messageZh: '太短' }],
          }),
        ),
      ),
    );
    decision.ask({ action: 'reject', id: 'r' });
    decision.reason.value = '理由足够长';
    await expect(decision.confirm()).resolves.toBe(false);
    expect(decision.reasonError.value).toEqual({ kind: 'bilingual', zh: '太短', en: 'Too short' });
    expect(decision.actionError.value).toBeNull();
    expect(decision.pending.value).not.toBeNull();
  });

  it('reloads after a conflict (decided elsewhere) and keeps other errors in the action error', async () => {
    const { decision, reload } = start(() => Promise.reject(new ApiProblem(problem(409, 'CONFLICT'))));
    decision.ask({ action: 'approve', id: 'a' });
    await expect(decision.confirm()).resolves.toBe(false);
    expect(decision.actionError.value).not.toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(decision.acting.value).toBe(false);
  });

  it('keeps the dialog open while the action is under way, and ignores a second confirm', async () => {
    let finish: () => void = () => undefined;
    const { decision, act } = start(() => new Promise<void>((resolve) => (finish = resolve)));
    decision.ask({ action: 'approve', id: 'a' });
    const first = decision.confirm();
    expect(decision.acting.value).toBe(true);
    decision.cancel();
    expect(decision.pending.value).not.toBeNull();
    await expect(decision.confirm()).resolves.toBe(false);
    finish();
    await expect(first).resolves.toBe(true);
    expect(act).toHaveBeenCalledTimes(1);
    decision.ask({ action: 'approve', id: 'b' });
    decision.cancel();
    expect(decision.pending.value).toBeNull();
  });
});

describe('useConfirmWithReason reloadOn', () => {
  it('reloads after a failure only for the statuses it is told', async () => {
    const reload = vi.fn();
    const decision = useConfirmWithReason<Asked>({
      needsReason: () => false,
      reasonSchema: ReasonSchema,
      act: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND'))),
      reload,
      reloadOn: [409],
    });
    decision.ask({ action: 'approve', id: 'a' });
    await expect(decision.confirm()).resolves.toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(decision.actionError.value).not.toBeNull();
  });
});
