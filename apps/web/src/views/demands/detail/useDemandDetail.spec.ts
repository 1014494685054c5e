import type { DemandInvitationView, DemandMatches, DemandView } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { inviteEnterprise, listInvitations } from '../../../api/responses';
import { DEMAND_ID, demandMatches, demandView, ENTERPRISE_ID, PROCURER_ORG_ID } from '../../../testing/demand-fixtures';
import { jsonResponse, problem } from '../../../testing/fixtures';
import { type DemandDetailDependencies, matchesAreCurrent, useDemandDetail } from './useDemandDetail';

const published = (patch = {}) =>
  demandView({
    status: 'PUBLISHED',
    version: 2,
    publishedAt: '2026-03-02T08:00:00Z',
    matching: { status: 'READY', version: 2, updatedAt: '2026-03-02T08:00:05Z', eligibleCount: 1 },
    ...patch,
  });

async function start(dependencies: DemandDetailDependencies = {}, viewer: string | null = PROCURER_ORG_ID) {
  const getDemand = vi.fn(dependencies.getDemand ?? (() => Promise.resolve(published())));
  const getDemandMatches = vi.fn(dependencies.getDemandMatches ?? (() => Promise.resolve(demandMatches({ demandVersion: 2 }))));
  const closeDemand = vi.fn(dependencies.closeDemand ?? (() => Promise.resolve(published({ status: 'CLOSED' }))));
  const cancelDemand = vi.fn(dependencies.cancelDemand ?? (() => Promise.resolve(published({ status: 'CANCELLED' }))));
  const scope = effectScope();
  const page = scope.run(() =>
    useDemandDetail(() => DEMAND_ID, () => viewer, {
      getDemand,
      getDemandMatches,
      closeDemand,
      cancelDemand,
      // The invitations go through the real API functions over a stubbed fetch (see below) when asked for.
      listInvitations: dependencies.listInvitations ?? (() => Promise.resolve({ items: [] })),
      ...(dependencies.inviteEnterprise ? { inviteEnterprise: dependencies.inviteEnterprise } : {}),
      today: dependencies.today ?? (() => '2026-03-10'),
      polling: { delaysMs: [1000] },
    }),
  )!;
  await page.load();
  return { ...page, getDemand, getDemandMatches, closeDemand, cancelDemand, scope };
}

afterEach(() => vi.useRealTimers());

describe('demand detail', () => {
  it('shows the owner the demand and its ranked matches', async () => {
    const page = await start();
    expect(page.state.value).toBe('ready');
    expect(page.isOwner.value).toBe(true);
    expect(page.seesMatches.value).toBe(true);
    expect(page.matchesState.value).toBe('ready');
    expect(page.matches.value?.items[0]?.enterprise.name).toBe('咸宁某某应急装备有限公司');
    expect(page.canEdit.value && page.canClose.value && page.canCancel.value).toBe(true);
  });

  it('asks nothing about matches for others, and offers them no actions', async () => {
    const page = await start(
      { getDemand: () => Promise.resolve(published({ matching: null, detailsHidden: true, description: null })) },
      'another-org',
    );
    expect(page.seesMatches.value).toBe(false);
    expect(page.getDemandMatches).not.toHaveBeenCalled();
    expect(page.canEdit.value || page.canClose.value || page.canCancel.value).toBe(false);
  });

  it('does not ask for the matches of a draft', async () => {
    const page = await start({ getDemand: () => Promise.resolve(demandView({ matching: { status: 'PENDING', version: 1, updatedAt: null, eligibleCount: 0 } })) });
    expect(page.getDemandMatches).not.toHaveBeenCalled();
    expect(page.matchesState.value).toBe('idle');
  });

  it('polls while matching runs or the matches are of an older version, then refreshes the demand', async () => {
    vi.useFakeTimers();
    const answers: DemandMatches[] = [
      demandMatches({ status: 'PENDING', items: [], demandVersion: 2 }),
      demandMatches({ status: 'READY', demandVersion: 1 }),
      demandMatches({ status: 'READY', demandVersion: 2 }),
    ];
    const page = await start({ getDemandMatches: () => Promise.resolve(answers.shift()!) });
    expect(page.matchesState.value).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.matchesState.value).toBe('pending');
    expect(page.getDemandMatches).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.matchesState.value).toBe('ready');
    expect(page.getDemand).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(page.getDemandMatches).toHaveBeenCalledTimes(3);
    page.scope.stop();
  });

  it('keeps polling through a failed poll and says so', async () => {
    vi.useFakeTimers();
    let calls = 0;
    const page = await start({
      getDemandMatches: () => {
        calls += 1;
        if (calls === 2) return Promise.reject(new ApiProblem(problem(503, 'UNAVAILABLE', { title: '服务暂不可用' })));
        return Promise.resolve(demandMatches({ status: calls < 3 ? 'PENDING' : 'READY', demandVersion: 2 }));
      },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.pollError.value).toEqual({ kind: 'plain', text: '服务暂不可用' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.pollError.value).toBeNull();
    expect(page.matchesState.value).toBe('ready');
    page.scope.stop();
  });

  it('tells a missing demand from a failure', async () => {
    const missing = await start({ getDemand: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND'))) });
    expect(missing.state.value).toBe('not-found');
    const failing = await start({ getDemand: () => Promise.reject(new ApiProblem(problem(500, 'BOOM', { title: '服务器错误' }))) });
    expect(failing.state.value).toBe('error');
    expect(failing.loadError.value).toEqual({ kind: 'plain', text: '服务器错误' });
  });

  it('opens explanations one by one', async () => {
    const page = await start();
    page.toggle('a');
    page.toggle('b');
    page.toggle('a');
    expect(page.expanded.value).toEqual(['b']);
    expect(page.isExpanded('b')).toBe(true);
  });

  it('closes after confirmation', async () => {
    const page = await start();
    page.ask('close');
    expect(await page.confirm()).toBe(true);
    expect(page.closeDemand).toHaveBeenCalledWith(DEMAND_ID, undefined);
    expect(page.demand.value?.status).toBe('CLOSED');
    expect(page.lastDone.value).toBe('close');
    expect(page.pending.value).toBeNull();
    expect(page.canClose.value).toBe(false);
  });

  it('closes with the optional reason, trimmed, told to the firms', async () => {
    const page = await start();
    page.ask('close');
    page.reason.value = '  项目计划调整  ';
    expect(await page.confirm()).toBe(true);
    expect(page.closeDemand).toHaveBeenCalledWith(DEMAND_ID, '项目计划调整');
  });

  it('refuses a close reason longer than 500 characters before calling the API', async () => {
    const page = await start();
    page.ask('close');
    page.reason.value = '长'.repeat(501);
    expect(await page.confirm()).toBe(false);
    expect(page.reasonError.value).not.toBeNull();
    expect(page.closeDemand).not.toHaveBeenCalled();
  });

  it('needs a reason to cancel, and sends it trimmed', async () => {
    const page = await start();
    page.ask('cancel');
    expect(await page.confirm()).toBe(false);
    expect(page.reasonError.value).not.toBeNull();
    page.reason.value = '  需求取消  ';
    expect(await page.confirm()).toBe(true);
    expect(page.cancelDemand).toHaveBeenCalledWith(DEMAND_ID, '需求取消');
  });

  it('keeps a refused action in the dialog and shows the demand as it is now', async () => {
    const page = await start({
      closeDemand: () => Promise.reject(new ApiProblem(problem(409, 'INVALID_STATUS_TRANSITION', { title: '当前状态的需求不能执行此操作' }))),
    });
    page.ask('close');
    expect(await page.confirm()).toBe(false);
    expect(page.pending.value).toBe('close');
    expect(page.actionError.value).toEqual({ kind: 'plain', text: '当前状态的需求不能执行此操作' });
    await vi.waitFor(() => expect(page.getDemand).toHaveBeenCalledTimes(2));
  });

  it('knows when matches are current', () => {
    expect(matchesAreCurrent(demandMatches({ demandVersion: 3 }), { version: 3 })).toBe(true);
    expect(matchesAreCurrent(demandMatches({ demandVersion: 2 }), { version: 3 })).toBe(false);
    expect(matchesAreCurrent(demandMatches({ status: 'PENDING', demandVersion: 3 }), { version: 3 })).toBe(false);
  });
});

describe('demand detail: inviting ranked firms (stubbed fetch)', () => {
  const invitation = (patch: Partial<DemandInvitationView> = {}): DemandInvitationView => ({
    demandId: DEMAND_ID,
    enterprise: { id: ENTERPRISE_ID, name: '咸宁某某应急装备有限公司' },
    message: '',
    invitedAt: '2026-03-03T08:00:00Z',
    responseStatus: null,
    ...patch,
  });

  /** The API over fetch: answers by `METHOD path`, records what was sent. */
  function stubApi(routes: Record<string, (body: unknown) => { status: number; body: unknown }>) {
    const sent: { key: string; body: unknown }[] = [];
    const fetchMock = vi.fn((input: string, init?: RequestInit) => {
      const key = `${init?.method ?? 'GET'} ${new URL(input, 'http://localhost').pathname}`;
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
      sent.push({ key, body });
      const answer = routes[key]?.(body) ?? { status: 404, body: problem(404, 'NOT_FOUND') };
      return Promise.resolve(jsonResponse(answer.status, answer.body));
    });
    vi.stubGlobal('fetch', fetchMock);
    return { sent, fetchMock };
  }

  const INVITATIONS = `/api/v1/demands/${DEMAND_ID}/invitations`;
  const withApi = { listInvitations, inviteEnterprise };

  afterEach(() => vi.unstubAllGlobals());

  it('lists who is invited, and offers the button for the others of a published demand', async () => {
    stubApi({ [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: [invitation({ responseStatus: 'SUBMITTED' })] } }) });
    const page = await start(withApi);
    expect(page.canInvite.value).toBe(true);
    expect(page.invitationOf(ENTERPRISE_ID)?.responseStatus).toBe('SUBMITTED');
    expect(page.invitationOf('another-firm')).toBeNull();
    // An invited firm opens no second dialog.
    page.openInvite({ id: ENTERPRISE_ID, name: '咸宁某某应急装备有限公司' });
    expect(page.inviteTarget.value).toBeNull();
  });

  it('invites with a trimmed message, then shows the firm as invited', async () => {
    const { sent } = stubApi({
      [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: [] } }),
      [`POST ${INVITATIONS}`]: (body) => ({ status: 201, body: invitation({ message: (body as { message: string }).message }) }),
    });
    const page = await start(withApi);
    page.openInvite({ id: ENTERPRISE_ID, name: '咸宁某某应急装备有限公司' });
    expect(page.inviteTarget.value?.name).toBe('咸宁某某应急装备有限公司');
    page.inviteMessage.value = '  欢迎响应  ';
    expect(await page.submitInvite()).toBe(true);
    expect(sent.at(-1)).toEqual({ key: `POST ${INVITATIONS}`, body: { enterpriseId: ENTERPRISE_ID, message: '欢迎响应' } });
    expect(page.inviteTarget.value).toBeNull();
    expect(page.invitationOf(ENTERPRISE_ID)?.message).toBe('欢迎响应');
    expect(page.lastInvited.value).toBe('咸宁某某应急装备有限公司');
  });

  it('checks the message length like the contract, before sending', async () => {
    const { sent } = stubApi({ [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: [] } }) });
    const page = await start(withApi);
    page.openInvite({ id: ENTERPRISE_ID, name: 'x' });
    page.inviteMessage.value = '长'.repeat(1001);
    expect(await page.submitInvite()).toBe(false);
    expect(page.inviteMessageError.value).toEqual({ kind: 'key', key: 'responses.owner.invite.messageTooLong' });
    expect(sent.filter((entry) => entry.key.startsWith('POST'))).toHaveLength(0);
  });

  it('words a 409 already-invited in both languages, and reloads the invitations', async () => {
    let invited = false;
    stubApi({
      [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: invited ? [invitation()] : [] } }),
      [`POST ${INVITATIONS}`]: () => {
        invited = true; // A colleague was quicker.
        return { status: 409, body: problem(409, 'ALREADY_INVITED', { title: '已邀请过该企业' }) };
      },
    });
    const page = await start(withApi);
    page.openInvite({ id: ENTERPRISE_ID, name: '咸宁某某应急装备有限公司' });
    expect(await page.submitInvite()).toBe(false);
    expect(page.inviteError.value).toEqual({ kind: 'key', key: 'responses.owner.errors.ALREADY_INVITED' });
    expect(page.inviteTarget.value).not.toBeNull();
    await vi.waitFor(() => expect(page.invitationOf(ENTERPRISE_ID)).not.toBeNull());
  });

  it('words a 409 demand-not-open and shows the demand as it is now', async () => {
    stubApi({
      [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: [] } }),
      [`POST ${INVITATIONS}`]: () => ({ status: 409, body: problem(409, 'DEMAND_NOT_OPEN') }),
    });
    let status: DemandView['status'] = 'PUBLISHED';
    const page = await start({ ...withApi, getDemand: () => Promise.resolve(published({ status })) });
    page.openInvite({ id: ENTERPRISE_ID, name: 'x' });
    status = 'CLOSED';
    expect(await page.submitInvite()).toBe(false);
    expect(page.inviteError.value).toEqual({ kind: 'key', key: 'responses.owner.errors.DEMAND_NOT_OPEN' });
    await vi.waitFor(() => expect(page.demand.value?.status).toBe('CLOSED'));
    expect(page.canInvite.value).toBe(false);
  });

  it('reloads the invitations when a response was decided (their answers change)', async () => {
    let status: string | null = 'SUBMITTED';
    stubApi({ [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: [invitation({ responseStatus: status })] } }) });
    const page = await start(withApi);
    expect(page.invitationOf(ENTERPRISE_ID)?.responseStatus).toBe('SUBMITTED');
    status = 'REJECTED';
    await page.reloadInvitations();
    expect(page.invitationOf(ENTERPRISE_ID)?.responseStatus).toBe('REJECTED');
  });

  it('offers no invitation once the deadline has passed, nor for a closed demand or to others', async () => {
    stubApi({ [`GET ${INVITATIONS}`]: () => ({ status: 200, body: { items: [] } }) });
    const late = await start({ ...withApi, getDemand: () => Promise.resolve(published({ deadline: '2026-03-09' })) });
    expect(late.deadlinePassed.value).toBe(true);
    expect(late.canInvite.value).toBe(false);
    const closed = await start({ ...withApi, getDemand: () => Promise.resolve(published({ status: 'CLOSED' })) });
    expect(closed.canInvite.value).toBe(false);
    const other = await start(withApi, 'another-org');
    expect(other.canInvite.value).toBe(false);
    expect(vi.mocked(fetch).mock.calls.length).toBe(2); // the invitations of the two owned demands only
  });
});
