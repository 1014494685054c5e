import type { MyInvitationView, ResponseView } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { problem } from '../../../testing/fixtures';
import { myInvitation, responseView, stubApi } from '../../demands/detail/components/firm-fixtures';
import { invitationRows, useEnterpriseInvitations } from './useEnterpriseInvitations';

const demandId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const hour = (h: number) => new Date(Date.UTC(2026, 2, 1, h)).toISOString();

async function start(invitations: MyInvitationView[], responses: ResponseView[], status = 200) {
  const api = stubApi({
    'GET /api/v1/me/invitations': () =>
      status === 200 ? { status, body: { items: invitations } } : { status, body: problem(status, 'DOWN', { title: '服务暂时不可用' }) },
    'GET /api/v1/me/responses': () => ({ status: 200, body: { items: responses } }),
  });
  const scope = effectScope();
  const page = scope.run(() => useEnterpriseInvitations())!;
  await page.load();
  return { ...page, ...api };
}

afterEach(() => vi.unstubAllGlobals());

describe('invitationRows', () => {
  it('joins an invitation with the response to the same demand, and keeps responses without invitation', () => {
    const rows = invitationRows(
      [
        myInvitation({ demandId: demandId(1), demandTitle: '甲', invitedAt: hour(1) }),
        myInvitation({ demandId: demandId(2), demandTitle: '乙', invitedAt: hour(2), message: '' }),
      ],
      [
        responseView({ id: 'r1', demandId: demandId(1), demandTitle: '甲', status: 'SHORTLISTED', createdAt: hour(3), updatedAt: hour(5) }),
        responseView({ id: 'r3', demandId: demandId(3), demandTitle: '丙', invited: false, createdAt: hour(4), updatedAt: hour(4) }),
      ],
      '2026-03-10',
    );
    expect(rows.map((r) => [r.demandTitle, r.status, r.invitation !== null, r.lastActivityAt])).toEqual([
      ['甲', 'SHORTLISTED', true, hour(5)],
      ['乙', 'PENDING', true, hour(2)],
      ['丙', 'SUBMITTED', false, hour(4)],
    ]);
    expect(rows[0]?.procurerName).toBe('某部队后勤保障单位');
    expect(rows[2]?.demandStatus).toBeNull();
  });

  it('prefers the live response over a withdrawn one, whatever the order', () => {
    const live = responseView({ id: 'new', demandId: demandId(1), status: 'SUBMITTED', createdAt: hour(3), updatedAt: hour(3) });
    const withdrawn = responseView({ id: 'old', demandId: demandId(1), status: 'WITHDRAWN', createdAt: hour(1), updatedAt: hour(2) });
    expect(invitationRows([], [live, withdrawn], '2026-03-10')[0]?.response?.id).toBe('new');
    expect(invitationRows([], [withdrawn], '2026-03-10')[0]?.status).toBe('WITHDRAWN');
  });

  it('calls an invitation no longer answerable “not answered” rather than pending', () => {
    const status = (patch: Partial<MyInvitationView>, today = '2026-03-10') =>
      invitationRows([myInvitation({ deadline: '2026-03-31', ...patch })], [], today)[0]?.status;
    expect(status({})).toBe('PENDING');
    expect(status({}, '2026-03-31')).toBe('PENDING');
    expect(status({}, '2026-04-01')).toBe('UNANSWERED');
    expect(status({ demandStatus: 'CLOSED' })).toBe('UNANSWERED');
    expect(status({ demandStatus: 'AWARDED', deadline: null })).toBe('UNANSWERED');
  });
});

describe('我的邀请与响应', () => {
  const invitations = Array.from({ length: 12 }, (_, i) =>
    myInvitation({ demandId: demandId(i + 1), demandTitle: `需求${i + 1}`, invitedAt: hour(i + 1) }),
  );
  const responses = [
    responseView({ id: 'r1', demandId: demandId(1), status: 'REJECTED', statusReason: '报价超出预算', createdAt: hour(20), updatedAt: hour(21) }),
  ];

  it('loads both lists, newest activity first, ten to a page', async () => {
    const page = await start(invitations, responses);
    expect(page.state.value).toBe('ready');
    expect(page.sent.map((s) => s.key).sort()).toEqual(['GET /api/v1/me/invitations', 'GET /api/v1/me/responses']);
    expect(page.total.value).toBe(12);
    expect(page.pageRows.value).toHaveLength(10);
    expect(page.pageRows.value[0]).toMatchObject({ demandTitle: '需求1', status: 'REJECTED' });
    expect(page.pageRows.value[1]?.demandTitle).toBe('需求12');
    page.setPage(2);
    expect(page.pageRows.value.map((r) => r.demandTitle)).toEqual(['需求3', '需求2']);
    page.setPageSize(20);
    expect(page.page.value).toBe(1);
    expect(page.pageRows.value).toHaveLength(12);
  });

  it('sorts oldest first on request, and back to newest first when the sort is cleared', async () => {
    const page = await start(invitations, responses);
    page.setPage(2);
    page.setSort('ascending');
    expect(page.page.value).toBe(1);
    expect(page.pageRows.value[0]?.demandTitle).toBe('需求2');
    page.setSort(null);
    expect(page.sortOrder.value).toBe('descending');
    expect(page.pageRows.value[0]?.demandTitle).toBe('需求1');
  });

  it('filters to invitations still to answer, or to answered ones, with counts', async () => {
    const page = await start([...invitations, myInvitation({ demandId: demandId(99), demandStatus: 'CLOSED' })], responses);
    expect(page.counts.value).toEqual({ all: 13, pending: 11, answered: 1 });
    page.setFilter('answered');
    expect(page.pageRows.value.map((r) => r.demandTitle)).toEqual(['需求1']);
    page.setFilter('pending');
    expect(page.total.value).toBe(11);
  });

  it('is empty when there is nothing, and says why it failed', async () => {
    const empty = await start([], []);
    expect(empty.state.value).toBe('ready');
    expect(empty.rows.value).toEqual([]);
    const failed = await start([], [], 503);
    expect(failed.state.value).toBe('error');
    expect(failed.loadError.value).toEqual({ kind: 'plain', text: '服务暂时不可用' });
  });
});
