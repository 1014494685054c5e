import type { DemandView } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { DEMAND_ID, demandView } from '../../../../testing/demand-fixtures';
import { problem } from '../../../../testing/fixtures';
import { type ApiRoutes, clarification, stubApi } from './firm-fixtures';
import { useClarifications } from './useClarifications';

const LIST = `/api/v1/demands/${DEMAND_ID}/clarifications`;
const answerPath = (id: string) => `/api/v1/clarifications/${id}/answer`;

const published = (patch: Partial<DemandView> = {}) =>
  demandView({ status: 'PUBLISHED', publishedAt: '2026-03-02T08:00:00Z', deadline: '2026-03-31', ...patch });

const answered = clarification('c1', {
  question: '报价是否含税？',
  answer: '含13%增值税。',
  answeredAt: '2026-03-06T01:00:00.000Z',
});

async function start(
  options: {
    routes?: ApiRoutes;
    demand?: DemandView;
    viewer?: 'firm' | 'owner' | 'anonymous';
    verified?: boolean;
    today?: string;
  } = {},
) {
  const api = stubApi({
    [`GET ${LIST}`]: () => ({
      status: 200,
      body: { items: [answered, clarification('c2', { askedByMe: true, question: '可否分批交付？' })] },
    }),
    ...options.routes,
  });
  const viewer = options.viewer ?? 'firm';
  const demand = options.demand ?? published();
  const scope = effectScope();
  const panel = scope.run(() =>
    useClarifications(
      () => demand,
      {
        isOwner: () => viewer === 'owner',
        isEnterprise: () => viewer === 'firm',
        organizationVerified: () => options.verified ?? true,
      },
      { now: () => new Date(`${options.today ?? '2026-03-10'}T04:00:00Z`) },
    ),
  )!;
  await panel.load();
  return { ...panel, ...api, scope };
}

afterEach(() => vi.unstubAllGlobals());

describe('clarifications (答疑)', () => {
  it('lists the published answers and the firm’s own open question', async () => {
    const panel = await start();
    expect(panel.state.value).toBe('ready');
    expect(panel.answered.value.map((c) => c.id)).toEqual(['c1']);
    expect(panel.open.value.map((c) => c.id)).toEqual(['c2']);
    expect(panel.canAsk.value).toBe(true);
    expect(panel.mustVerifyToAsk.value).toBe(false);
  });

  it('lets nobody but an open demand’s firms ask', async () => {
    expect((await start({ viewer: 'anonymous' })).canAsk.value).toBe(false);
    expect((await start({ viewer: 'owner' })).canAsk.value).toBe(false);
    expect((await start({ today: '2026-04-01' })).canAsk.value).toBe(false);
    expect((await start({ demand: published({ status: 'CLOSED' }) })).demandOpen.value).toBe(false);
    expect((await start({ verified: false })).mustVerifyToAsk.value).toBe(true);
  });

  it('shows an empty list and a load error', async () => {
    expect((await start({ routes: { [`GET ${LIST}`]: () => ({ status: 200, body: { items: [] } }) } })).items.value).toEqual([]);
    const failed = await start({
      routes: { [`GET ${LIST}`]: () => ({ status: 500, body: problem(500, 'INTERNAL', { title: '服务器错误' }) }) },
    });
    expect(failed.state.value).toBe('error');
    expect(failed.loadError.value).toEqual({ kind: 'plain', text: '服务器错误' });
  });

  it('checks a question with the contract’s rule, then asks and lists it as open', async () => {
    const panel = await start({
      routes: {
        [`POST ${LIST}`]: (body) => ({
          status: 201,
          body: clarification('c3', { question: (body as { question: string }).question, askedByMe: true }),
        }),
      },
    });
    panel.question.value = ' 是 ';
    expect(await panel.ask()).toBe(false);
    expect(panel.questionError.value).toEqual({
      kind: 'bilingual',
      zh: '请填写问题（2至2000个字）',
      en: 'a question of 2–2000 characters is required',
    });
    panel.question.value = '  交付地点可否调整为赤壁市？ ';
    expect(await panel.ask()).toBe(true);
    expect(panel.sent.at(-1)).toEqual({ key: `POST ${LIST}`, body: { question: '交付地点可否调整为赤壁市？' } });
    expect(panel.open.value.map((c) => c.id)).toEqual(['c2', 'c3']);
    expect(panel.question.value).toBe('');
    expect(panel.asked.value).toBe(true);
  });

  it('says why the API refused a question', async () => {
    const panel = await start({
      routes: {
        [`POST ${LIST}`]: () => ({ status: 409, body: problem(409, 'DEADLINE_PASSED', { title: '需求已过截止日期' }) }),
      },
    });
    panel.question.value = '交付地点可否调整？';
    expect(await panel.ask()).toBe(false);
    expect(panel.askError.value).toEqual({ kind: 'plain', text: '需求已过截止日期' });
    expect(panel.question.value).toBe('交付地点可否调整？');
  });

  it('lets the owner answer an open question, once, publishing it', async () => {
    const panel = await start({
      viewer: 'owner',
      routes: {
        [`POST ${answerPath('c2')}`]: (body) => ({
          status: 200,
          body: clarification('c2', {
            question: '可否分批交付？',
            answer: (body as { answer: string }).answer,
            answeredAt: '2026-03-10T04:00:00.000Z',
          }),
        }),
      },
    });
    expect(await panel.answer('c2')).toBe(false);
    expect(panel.answerErrors.value.c2).toEqual({
      kind: 'bilingual',
      zh: '请填写答复（2至5000个字）',
      en: 'an answer of 2–5000 characters is required',
    });
    panel.drafts.value.c2 = '可以，分两批交付。';
    expect(await panel.answer('c2')).toBe(true);
    expect(panel.sent.at(-1)).toEqual({ key: `POST ${answerPath('c2')}`, body: { answer: '可以，分两批交付。' } });
    expect(panel.open.value).toEqual([]);
    expect(panel.answered.value.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(panel.answerErrors.value.c2).toBeUndefined();
    expect(panel.drafts.value.c2).toBeUndefined();
  });

  it('reloads when someone else answered first', async () => {
    let calls = 0;
    const panel = await start({
      viewer: 'owner',
      routes: {
        [`GET ${LIST}`]: () => {
          calls++;
          return {
            status: 200,
            body: { items: calls > 1 ? [answered, clarification('c2', { answer: '已答复', answeredAt: '2026-03-10T01:00:00Z' })] : [answered, clarification('c2')] },
          };
        },
        [`POST ${answerPath('c2')}`]: () => ({ status: 409, body: problem(409, 'ALREADY_ANSWERED', { title: '该问题已答复' }) }),
      },
    });
    panel.drafts.value.c2 = '可以，分两批交付。';
    expect(await panel.answer('c2')).toBe(false);
    expect(panel.answerErrors.value.c2).toEqual({ kind: 'plain', text: '该问题已答复' });
    await vi.waitFor(() => expect(panel.open.value).toEqual([]));
  });
});
