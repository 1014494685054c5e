import type { DemandView, ResponseView } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope, shallowRef } from 'vue';
import { DEMAND_ID, demandView, ENTERPRISE_ID } from '../../../testing/demand-fixtures';
import { jsonResponse, problem } from '../../../testing/fixtures';
import { sortResponses, useOwnerResponses } from './useOwnerResponses';

const OTHER_FIRM = '2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b8c';
const THIRD_FIRM = '3c4d5e6f-7081-4b92-8c3d-4e5f6a7b8c9d';

function response(id: string, patch: Partial<ResponseView> = {}): ResponseView {
  return {
    id,
    demandId: DEMAND_ID,
    demandTitle: '应急舟桥器材采购',
    enterprise: { id: ENTERPRISE_ID, name: '咸宁某某应急装备有限公司' },
    kind: 'INTEREST',
    status: 'SUBMITTED',
    proposal: '提供轻型舟桥 20 套，含安装培训。',
    price: 980_000,
    deliveryDays: 60,
    reason: null,
    statusReason: null,
    invited: false,
    attachments: [],
    createdAt: '2026-03-03T08:00:00.000Z',
    updatedAt: '2026-03-03T08:00:00.000Z',
    ...patch,
  };
}

const R1 = 'a1a1a1a1-0000-4000-8000-000000000001';
const R2 = 'a1a1a1a1-0000-4000-8000-000000000002';
const R3 = 'a1a1a1a1-0000-4000-8000-000000000003';

type Answer = { status: number; body: unknown };

/** The responses API over a stubbed fetch: a tiny in-memory server keyed by `METHOD path`. */
function stubApi(initial: ResponseView[], overrides: Record<string, (body: unknown) => Answer> = {}) {
  let items = initial;
  const sent: { key: string; body: unknown }[] = [];
  const routes: Record<string, (body: unknown) => Answer> = {
    [`GET /api/v1/demands/${DEMAND_ID}/responses`]: () => ({ status: 200, body: { items } }),
    [`POST /api/v1/demands/${DEMAND_ID}/award`]: (body) => {
      const { responseId } = body as { responseId: string };
      items = items.map((r) => ({
        ...r,
        status: r.id === responseId ? 'AWARDED' : r.status === 'SUBMITTED' || r.status === 'SHORTLISTED' ? 'NOT_AWARDED' : r.status,
      }));
      const winner = items.find((r) => r.id === responseId)!;
      return {
        status: 201,
        body: { demandId: DEMAND_ID, responseId, enterprise: winner.enterprise, price: winner.price, awardedAt: '2026-03-10T08:00:00Z' },
      };
    },
    [`POST /api/v1/demands/${DEMAND_ID}/threads`]: (body) => ({
      status: 201,
      body: {
        id: 'f0f0f0f0-0000-4000-8000-00000000000f',
        demandId: DEMAND_ID,
        demandTitle: '应急舟桥器材采购',
        procurer: { id: 'p', name: '某部队后勤保障单位' },
        enterprise: { id: (body as { enterpriseId: string }).enterpriseId, name: 'x' },
        createdAt: '2026-03-10T08:00:00Z',
        lastMessageAt: null,
        messageCount: 0,
        unreadCount: 0,
      },
    }),
    ...overrides,
  };
  for (const r of initial) {
    const key = `PATCH /api/v1/responses/${r.id}`;
    routes[key] ??= (body) => {
      const decision = body as { status: ResponseView['status']; reason?: string };
      items = items.map((x) =>
        x.id === r.id ? { ...x, status: decision.status, statusReason: decision.status === 'REJECTED' ? (decision.reason ?? null) : null } : x,
      );
      return { status: 200, body: items.find((x) => x.id === r.id) };
    };
  }
  const fetchMock = vi.fn((input: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${new URL(input, 'http://localhost').pathname}`;
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ key, body });
    const answer = routes[key]?.(body) ?? { status: 404, body: problem(404, 'NOT_FOUND') };
    return Promise.resolve(jsonResponse(answer.status, answer.body));
  });
  vi.stubGlobal('fetch', fetchMock);
  return { sent, writes: () => sent.filter((entry) => !entry.key.startsWith('GET')) };
}

async function start(demand: DemandView = demandView({ status: 'PUBLISHED' })) {
  const current = shallowRef<DemandView | null>(demand);
  const onChanged = vi.fn();
  const onResponsesChanged = vi.fn();
  const scope = effectScope();
  const panel = scope.run(() =>
    useOwnerResponses(() => current.value, { onDemandChanged: onChanged, onResponsesChanged }),
  )!;
  await panel.load();
  return { ...panel, current, onChanged, onResponsesChanged, scope };
}

const threeResponses = () => [
  response(R1, { createdAt: '2026-03-03T08:00:00.000Z' }),
  response(R2, {
    enterprise: { id: OTHER_FIRM, name: '湖北某某精密机械有限公司' },
    invited: true,
    createdAt: '2026-03-04T08:00:00.000Z',
  }),
  response(R3, {
    enterprise: { id: THIRD_FIRM, name: '咸宁某某电子科技有限公司' },
    kind: 'DECLINE',
    status: 'DECLINED',
    proposal: null,
    price: null,
    deliveryDays: null,
    reason: '产能已排满',
    createdAt: '2026-03-05T08:00:00.000Z',
  }),
];

afterEach(() => vi.unstubAllGlobals());

describe('owner responses (stubbed fetch)', () => {
  it('lists the responses, sorted by status then newest first, counted per status', async () => {
    stubApi(threeResponses());
    const panel = await start();
    expect(panel.state.value).toBe('ready');
    expect(panel.visible.value.map((r) => r.id)).toEqual([R2, R1, R3]);
    expect(panel.counts.value.SUBMITTED).toBe(2);
    expect(panel.counts.value.DECLINED).toBe(1);
    expect(panel.filters.value).toEqual([
      { value: 'ALL', count: 3 },
      { value: 'SUBMITTED', count: 2 },
      { value: 'DECLINED', count: 1 },
    ]);
    panel.filter.value = 'DECLINED';
    expect(panel.visible.value.map((r) => r.id)).toEqual([R3]);
    // A decline can be neither shortlisted nor awarded.
    const declined = panel.responses.value.find((r) => r.id === R3)!;
    expect(panel.canShortlist(declined) || panel.canReject(declined) || panel.canAward(declined)).toBe(false);
  });

  it('shows an empty list and a load failure', async () => {
    stubApi([]);
    const empty = await start();
    expect(empty.state.value).toBe('ready');
    expect(empty.responses.value).toEqual([]);
    stubApi([], { [`GET /api/v1/demands/${DEMAND_ID}/responses`]: () => ({ status: 500, body: problem(500, 'BOOM', { title: '服务器错误' }) }) });
    const failing = await start();
    expect(failing.state.value).toBe('error');
    expect(failing.loadError.value).toEqual({ kind: 'plain', text: '服务器错误' });
  });

  it('shortlists after confirmation, like the other decisions', async () => {
    const api = stubApi(threeResponses());
    const panel = await start();
    const first = panel.responses.value.find((r) => r.id === R1)!;
    panel.ask('shortlist', first);
    expect(api.writes()).toEqual([]);
    expect(panel.pending.value?.action).toBe('shortlist');
    expect(await panel.confirm()).toBe(true);
    expect(panel.pending.value).toBeNull();
    expect(api.writes()).toEqual([{ key: `PATCH /api/v1/responses/${R1}`, body: { status: 'SHORTLISTED' } }]);
    expect(panel.responses.value.find((r) => r.id === R1)?.status).toBe('SHORTLISTED');
    expect(panel.visible.value[0]?.id).toBe(R1);
    expect(panel.lastDone.value).toEqual({ action: 'shortlist', firm: '咸宁某某应急装备有限公司' });
    expect(panel.onResponsesChanged).toHaveBeenCalledTimes(1);
    expect(panel.onChanged).not.toHaveBeenCalled();
    // Shortlisted: no second shortlisting, still rejectable and awardable.
    const now = panel.responses.value.find((r) => r.id === R1)!;
    expect([panel.canShortlist(now), panel.canReject(now), panel.canAward(now)]).toEqual([false, true, true]);
  });

  it('needs a reason to reject, checked before sending, and sends it trimmed', async () => {
    const api = stubApi(threeResponses());
    const panel = await start();
    panel.ask('reject', panel.responses.value.find((r) => r.id === R2)!);
    expect(await panel.confirm()).toBe(false);
    expect(panel.reasonError.value).toEqual({
      kind: 'bilingual',
      zh: '不予入围须填写原因（将告知企业）',
      en: 'a rejection needs a reason, shown to the firm',
    });
    panel.reason.value = '长'.repeat(501);
    expect(await panel.confirm()).toBe(false);
    expect(panel.reasonError.value).toEqual({ kind: 'key', key: 'responses.owner.reject.reasonTooLong' });
    expect(api.writes()).toEqual([]);
    panel.reason.value = '  报价高于预算  ';
    expect(await panel.confirm()).toBe(true);
    expect(api.writes()).toEqual([
      { key: `PATCH /api/v1/responses/${R2}`, body: { status: 'REJECTED', reason: '报价高于预算' } },
    ]);
    const rejected = panel.responses.value.find((r) => r.id === R2)!;
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.statusReason).toBe('报价高于预算');
    expect(panel.pending.value).toBeNull();
    expect(panel.canAward(rejected)).toBe(false);
    expect(panel.onResponsesChanged).toHaveBeenCalledTimes(1);
  });

  it('awards only after the confirmation, then reloads the responses and the demand', async () => {
    const api = stubApi(threeResponses());
    const panel = await start();
    const winner = panel.responses.value.find((r) => r.id === R1)!;
    panel.ask('award', winner);
    expect(panel.pending.value).toEqual({ action: 'award', response: winner });
    expect(api.writes()).toEqual([]);
    panel.cancelAsk();
    expect(panel.pending.value).toBeNull();
    expect(api.writes()).toEqual([]);

    panel.ask('award', winner);
    expect(await panel.confirm()).toBe(true);
    expect(api.writes()).toEqual([{ key: `POST /api/v1/demands/${DEMAND_ID}/award`, body: { responseId: R1 } }]);
    expect(panel.onChanged).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(panel.awarded.value?.id).toBe(R1));
    expect(panel.responses.value.find((r) => r.id === R2)?.status).toBe('NOT_AWARDED');
    expect(panel.lastDone.value).toEqual({ action: 'award', firm: '咸宁某某应急装备有限公司' });
    // The page reloads the demand: AWARDED, and every action is gone.
    panel.current.value = demandView({ status: 'AWARDED' });
    expect(panel.decisionsOpen.value).toBe(false);
    expect(panel.responses.value.some((r) => panel.canShortlist(r) || panel.canReject(r) || panel.canAward(r))).toBe(false);
  });

  it('keeps a 409 already-awarded in the dialog, worded in both languages, and reloads everything', async () => {
    stubApi(threeResponses(), {
      [`POST /api/v1/demands/${DEMAND_ID}/award`]: () => ({
        status: 409,
        body: problem(409, 'ALREADY_AWARDED', { title: '该需求已确定中标单位' }),
      }),
    });
    const panel = await start();
    panel.ask('award', panel.responses.value.find((r) => r.id === R2)!);
    expect(await panel.confirm()).toBe(false);
    expect(panel.pending.value).not.toBeNull();
    expect(panel.actionError.value).toEqual({ kind: 'key', key: 'responses.owner.errors.ALREADY_AWARDED' });
    expect(panel.onChanged).toHaveBeenCalledTimes(1);
  });

  it('shows a refused shortlisting in its dialog (409 status changed)', async () => {
    stubApi(threeResponses(), {
      [`PATCH /api/v1/responses/${R1}`]: () => ({
        status: 409,
        body: problem(409, 'INVALID_STATUS_TRANSITION', { title: '响应当前状态（WITHDRAWN）不能变更为 SHORTLISTED' }),
      }),
    });
    const panel = await start();
    panel.ask('shortlist', panel.responses.value.find((r) => r.id === R1)!);
    expect(await panel.confirm()).toBe(false);
    // The dialog stays open with the reason it was refused.
    expect(panel.pending.value?.response.id).toBe(R1);
    expect(panel.actionError.value).toEqual({ kind: 'key', key: 'responses.owner.errors.INVALID_STATUS_TRANSITION' });
    expect(panel.onChanged).not.toHaveBeenCalled();
  });

  it('offers no decisions on a cancelled demand', async () => {
    stubApi(threeResponses());
    const panel = await start(demandView({ status: 'CANCELLED' }));
    expect(panel.responses.value.some((r) => panel.canShortlist(r) || panel.canReject(r) || panel.canAward(r))).toBe(false);
  });

  it('opens the conversation with a firm and gives the thread to navigate to', async () => {
    const api = stubApi(threeResponses());
    const panel = await start();
    expect(await panel.openThread(OTHER_FIRM)).toBe('f0f0f0f0-0000-4000-8000-00000000000f');
    expect(api.writes()).toEqual([{ key: `POST /api/v1/demands/${DEMAND_ID}/threads`, body: { enterpriseId: OTHER_FIRM } }]);
  });

  it('says why a conversation could not be opened', async () => {
    stubApi(threeResponses(), {
      [`POST /api/v1/demands/${DEMAND_ID}/threads`]: () => ({ status: 422, body: problem(422, 'NOT_CONTACTABLE', { title: '该企业暂不能联系' }) }),
    });
    const panel = await start();
    expect(await panel.openThread(OTHER_FIRM)).toBeNull();
    expect(panel.threadError.value).toEqual({ enterpriseId: OTHER_FIRM, text: { kind: 'plain', text: '该企业暂不能联系' } });
  });
});

describe('sortResponses', () => {
  it('puts the award first and the closed-out responses last', () => {
    const sorted = sortResponses([
      response('w', { status: 'WITHDRAWN' }),
      response('r', { status: 'REJECTED' }),
      response('s', { status: 'SUBMITTED' }),
      response('a', { status: 'AWARDED' }),
      response('l', { status: 'SHORTLISTED' }),
    ]);
    expect(sorted.map((r) => r.id)).toEqual(['a', 'l', 's', 'r', 'w']);
  });
});
