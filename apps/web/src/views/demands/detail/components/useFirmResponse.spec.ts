import type { DemandView, ResponseView } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { DEMAND_ID, demandView } from '../../../../testing/demand-fixtures';
import { problem } from '../../../../testing/fixtures';
import { type ApiRoutes, myInvitation, RESPONSE_ID, responseView, stubApi } from './firm-fixtures';
import { currentResponse, numberOrNull, useFirmResponse } from './useFirmResponse';

const RESPONSES = `/api/v1/demands/${DEMAND_ID}/responses`;
const INVITATIONS = '/api/v1/me/invitations';
const WITHDRAW = `/api/v1/responses/${RESPONSE_ID}/withdraw`;
const THREADS = `/api/v1/demands/${DEMAND_ID}/threads`;

const published = (patch: Partial<DemandView> = {}) =>
  demandView({ status: 'PUBLISHED', publishedAt: '2026-03-02T08:00:00Z', deadline: '2026-03-31', ...patch });

/** The API as a firm sees it: its responses to the demand and its invitations, plus whatever `routes` add. */
async function start(
  options: { routes?: ApiRoutes; demand?: DemandView; verified?: boolean; responses?: ResponseView[]; today?: string } = {},
) {
  const api = stubApi({
    [`GET ${RESPONSES}`]: () => ({ status: 200, body: { items: options.responses ?? [] } }),
    [`GET ${INVITATIONS}`]: () => ({
      status: 200,
      body: { items: [myInvitation({ demandId: 'another-demand', message: '另一需求' }), myInvitation()] },
    }),
    ...options.routes,
  });
  const demand = options.demand ?? published();
  const scope = effectScope();
  const panel = scope.run(() =>
    useFirmResponse(
      () => demand,
      () => options.verified ?? true,
      { now: () => new Date(`${options.today ?? '2026-03-10'}T04:00:00Z`) },
    ),
  )!;
  await panel.load();
  return { ...panel, ...api, scope };
}

afterEach(() => vi.unstubAllGlobals());

describe('the firm’s response to a demand', () => {
  it('shows the invitation for this demand and offers interest or decline while open', async () => {
    const panel = await start();
    expect(panel.state.value).toBe('ready');
    expect(panel.invitation.value?.message).toBe('诚邀贵单位参与，盼复。');
    expect(panel.response.value).toBeNull();
    expect(panel.closedReason.value).toBeNull();
    expect(panel.canRespond.value).toBe(true);
    expect(new Set(panel.sent.map((s) => s.key))).toEqual(new Set([`GET ${INVITATIONS}`, `GET ${RESPONSES}`]));
  });

  it('offers nothing to a firm that is not verified yet', async () => {
    const panel = await start({ verified: false });
    expect(panel.canRespond.value).toBe(false);
  });

  it('treats a demand whose responses it may not list as one without a response', async () => {
    const panel = await start({ routes: { [`GET ${RESPONSES}`]: () => ({ status: 404, body: problem(404, 'NOT_FOUND') }) } });
    expect(panel.state.value).toBe('ready');
    expect(panel.response.value).toBeNull();
  });

  it('says why it failed to load', async () => {
    const panel = await start({
      routes: { [`GET ${INVITATIONS}`]: () => ({ status: 503, body: problem(503, 'UNAVAILABLE', { title: '服务暂时不可用' }) }) },
    });
    expect(panel.state.value).toBe('error');
    expect(panel.loadError.value).toEqual({ kind: 'plain', text: '服务暂时不可用' });
  });

  it('checks an expression of interest with the contract’s rules before sending it', async () => {
    const panel = await start();
    panel.start('INTEREST');
    panel.form.price = '-1';
    panel.form.deliveryDays = '1.5';
    expect(await panel.submit()).toBe(false);
    expect(panel.fieldErrors.value).toEqual({
      proposal: { kind: 'bilingual', zh: '请填写响应方案', en: 'describe your proposal' },
      price: { kind: 'key', key: 'responses.firm.errors.price' },
      deliveryDays: { kind: 'key', key: 'responses.firm.errors.deliveryDays' },
    });
    panel.form.price = '12万';
    expect(await panel.submit()).toBe(false);
    expect(panel.fieldErrors.value.price).toEqual({ kind: 'key', key: 'responses.firm.errors.price' });
    expect(panel.sent.some((s) => s.key.startsWith('POST'))).toBe(false);
  });

  it('sends the interest, then shows it as submitted and withdrawable', async () => {
    const panel = await start({
      routes: {
        [`POST ${RESPONSES}`]: (body) => ({ status: 201, body: responseView({ ...(body as object), reason: null }) }),
      },
    });
    panel.start('INTEREST');
    panel.form.proposal = '  提供轻型复合材料舟桥构件，45 天交付。 ';
    // Entered in 万元, sent in yuan.
    panel.form.price = '98';
    panel.form.deliveryDays = '45';
    expect(await panel.submit()).toBe(true);
    expect(panel.sent.at(-1)).toEqual({
      key: `POST ${RESPONSES}`,
      body: { kind: 'INTEREST', proposal: '提供轻型复合材料舟桥构件，45 天交付。', price: 980000, deliveryDays: 45 },
    });
    expect(panel.response.value?.status).toBe('SUBMITTED');
    expect(panel.mode.value).toBeNull();
    expect(panel.lastDone.value).toBe('INTEREST');
    expect(panel.canRespond.value).toBe(false);
    expect(panel.canWithdraw.value).toBe(true);
    expect(panel.form.proposal).toBe('');
  });

  it('declines only with a reason', async () => {
    const panel = await start({
      routes: {
        [`POST ${RESPONSES}`]: () => ({
          status: 201,
          body: responseView({ kind: 'DECLINE', status: 'DECLINED', proposal: null, price: null, deliveryDays: null, reason: '产能已排满' }),
        }),
      },
    });
    panel.start('DECLINE');
    expect(await panel.submit()).toBe(false);
    expect(panel.fieldErrors.value.reason).toEqual({ kind: 'bilingual', zh: '请说明不参与的原因', en: 'say why you decline' });
    panel.form.reason = '产能已排满';
    expect(await panel.submit()).toBe(true);
    expect(panel.sent.at(-1)?.body).toEqual({ kind: 'DECLINE', reason: '产能已排满' });
    expect(panel.response.value?.status).toBe('DECLINED');
    expect(panel.lastDone.value).toBe('DECLINE');
  });

  it('puts the API’s field errors on the right fields and keeps its title for the form', async () => {
    const panel = await start({
      routes: {
        [`POST ${RESPONSES}`]: () => ({
          status: 400,
          body: problem(400, 'VALIDATION_FAILED', {
            title: '请求参数有误',
            errors: [{ field: 'deliveryDays', code: 'too_big', message: 'at most 3650', messageZh: '不能超过3650' }],
          }),
        }),
      },
    });
    panel.start('INTEREST');
    panel.form.proposal = '方案';
    panel.form.deliveryDays = '30';
    expect(await panel.submit()).toBe(false);
    expect(panel.fieldErrors.value).toEqual({ deliveryDays: { kind: 'bilingual', zh: '不能超过3650', en: 'at most 3650' } });
    expect(panel.formError.value).toEqual({ kind: 'plain', text: '请求参数有误' });
    expect(panel.mode.value).toBe('INTEREST');
  });

  it('shows what is there when the firm answered meanwhile', async () => {
    let answered = false;
    const panel = await start({
      routes: {
        [`GET ${RESPONSES}`]: () => ({ status: 200, body: { items: answered ? [responseView()] : [] } }),
        [`POST ${RESPONSES}`]: () => {
          answered = true;
          return { status: 409, body: problem(409, 'ALREADY_RESPONDED', { title: '已响应过该需求' }) };
        },
      },
    });
    panel.start('INTEREST');
    panel.form.proposal = '方案';
    expect(await panel.submit()).toBe(false);
    await vi.waitFor(() => expect(panel.response.value?.status).toBe('SUBMITTED'));
  });

  it('shows the procurer’s decision: shortlisted may still be withdrawn, a rejection carries its reason', async () => {
    const shortlisted = await start({ responses: [responseView({ status: 'SHORTLISTED' })] });
    expect(shortlisted.canWithdraw.value).toBe(true);
    expect(shortlisted.canRespond.value).toBe(false);

    const rejected = await start({ responses: [responseView({ status: 'REJECTED', statusReason: '报价超出预算' })] });
    expect(rejected.response.value?.statusReason).toBe('报价超出预算');
    expect(rejected.canWithdraw.value).toBe(false);
    expect(rejected.canRespond.value).toBe(false);
  });

  it('withdraws after confirmation, and lets the firm respond again while open', async () => {
    const panel = await start({
      responses: [responseView()],
      routes: { [`POST ${WITHDRAW}`]: () => ({ status: 200, body: responseView({ status: 'WITHDRAWN' }) }) },
    });
    panel.askWithdraw();
    expect(panel.withdrawOpen.value).toBe(true);
    expect(await panel.confirmWithdraw()).toBe(true);
    expect(panel.sent.at(-1)).toEqual({ key: `POST ${WITHDRAW}`, body: { reason: null } });
    expect(panel.withdrawOpen.value).toBe(false);
    expect(panel.response.value?.status).toBe('WITHDRAWN');
    expect(panel.lastDone.value).toBe('withdrawn');
    expect(panel.canRespond.value).toBe(true);
  });

  it('sends the optional withdrawal reason, trimmed', async () => {
    const panel = await start({
      responses: [responseView()],
      routes: { [`POST ${WITHDRAW}`]: () => ({ status: 200, body: responseView({ status: 'WITHDRAWN' }) }) },
    });
    panel.askWithdraw();
    panel.withdrawReason.value = '  产能已排满  ';
    expect(await panel.confirmWithdraw()).toBe(true);
    expect(panel.sent.at(-1)).toEqual({ key: `POST ${WITHDRAW}`, body: { reason: '产能已排满' } });
  });

  it('keeps the dialog open with the reason when withdrawal is refused', async () => {
    const panel = await start({
      responses: [responseView({ status: 'SHORTLISTED' })],
      routes: { [`POST ${WITHDRAW}`]: () => ({ status: 409, body: problem(409, 'ALREADY_AWARDED', { title: '该需求已确定中标单位' }) }) },
    });
    panel.askWithdraw();
    expect(await panel.confirmWithdraw()).toBe(false);
    expect(panel.withdrawOpen.value).toBe(true);
    expect(panel.withdrawError.value).toEqual({ kind: 'plain', text: '该需求已确定中标单位' });
  });

  it('no withdrawal once the demand is awarded', async () => {
    const panel = await start({ demand: published({ status: 'AWARDED' }), responses: [responseView({ status: 'AWARDED' })] });
    expect(panel.canWithdraw.value).toBe(false);
    expect(panel.closedReason.value).toBe('AWARDED');
  });

  it('closes at the end of the deadline day (China time) and when the demand is not published', async () => {
    expect((await start({ today: '2026-03-31' })).canRespond.value).toBe(true);
    const late = await start({ today: '2026-04-01' });
    expect(late.closedReason.value).toBe('deadline');
    expect(late.canRespond.value).toBe(false);
    expect((await start({ demand: published({ status: 'CLOSED' }) })).closedReason.value).toBe('CLOSED');
    expect((await start({ demand: published({ deadline: null }), today: '2099-01-01' })).canRespond.value).toBe(true);
  });

  it('opens the conversation with the procurer', async () => {
    const panel = await start({ routes: { [`POST ${THREADS}`]: () => ({ status: 201, body: { id: 'thread-1' } }) } });
    expect(await panel.contact()).toBe('thread-1');
    expect(panel.sent.at(-1)).toEqual({ key: `POST ${THREADS}`, body: {} });

    const refused = await start({
      routes: { [`POST ${THREADS}`]: () => ({ status: 403, body: problem(403, 'ORGANIZATION_NOT_VERIFIED', { title: '机构尚未认证' }) }) },
    });
    expect(await refused.contact()).toBeNull();
    expect(refused.contactError.value).toEqual({ kind: 'plain', text: '机构尚未认证' });
  });
});

describe('helpers', () => {
  it('reads optional numbers as typed', () => {
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull(' 1,200，000 ')).toBe(1200000);
    expect(numberOrNull('abc')).toBeNaN();
  });

  it('picks the live response over withdrawn ones', () => {
    const withdrawn = responseView({ id: 'old', status: 'WITHDRAWN' });
    const live = responseView({ id: 'new', status: 'SUBMITTED' });
    expect(currentResponse([withdrawn, live])?.id).toBe('new');
    expect(currentResponse([withdrawn])?.id).toBe('old');
    expect(currentResponse([])).toBeNull();
  });
});
