import type { ClarificationView, MyInvitationView, ResponseView } from '@mcf/contracts';
import { vi } from 'vitest';
import { DEMAND_ID, PROCURER_ORG_ID } from '../../../../testing/demand-fixtures';
import { jsonResponse, problem } from '../../../../testing/fixtures';

/** Wire-shaped responses, invitations and clarifications for the firm-side specs. */
export const FIRM_ORG_ID = '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11';
export const RESPONSE_ID = '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a';

export function responseView(patch: Partial<ResponseView> = {}): ResponseView {
  return {
    id: RESPONSE_ID,
    demandId: DEMAND_ID,
    demandTitle: '应急舟桥器材采购',
    enterprise: { id: FIRM_ORG_ID, name: '咸宁某某新材料有限公司' },
    kind: 'INTEREST',
    status: 'SUBMITTED',
    proposal: '提供轻型复合材料舟桥构件，45 天交付。',
    price: 980_000,
    deliveryDays: 45,
    reason: null,
    statusReason: null,
    invited: true,
    attachments: [],
    createdAt: '2026-03-05T02:00:00.000Z',
    updatedAt: '2026-03-05T02:00:00.000Z',
    ...patch,
  };
}

export function myInvitation(patch: Partial<MyInvitationView> = {}): MyInvitationView {
  return {
    demandId: DEMAND_ID,
    demandTitle: '应急舟桥器材采购',
    demandStatus: 'PUBLISHED',
    deadline: '2099-12-31',
    procurer: { id: PROCURER_ORG_ID, name: '某部队后勤保障单位' },
    message: '诚邀贵单位参与，盼复。',
    invitedAt: '2026-03-04T02:00:00.000Z',
    responseStatus: null,
    ...patch,
  };
}

export function clarification(id: string, patch: Partial<ClarificationView> = {}): ClarificationView {
  return {
    id,
    demandId: DEMAND_ID,
    question: '交付地点可否调整为赤壁市？',
    answer: null,
    askedAt: '2026-03-05T03:00:00.000Z',
    answeredAt: null,
    askedByMe: false,
    askedBy: null,
    ...patch,
  };
}

type Answer = { status: number; body?: unknown };
export type ApiRoutes = Record<string, (body: unknown) => Answer>;

/** Stubs `fetch` with answers per `METHOD /path` (404 problem otherwise); records what was sent. */
export function stubApi(routes: ApiRoutes) {
  const sent: { key: string; body: unknown }[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const key = `${init?.method ?? 'GET'} ${url.pathname}`;
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ key, body });
    const answer = routes[key]?.(body) ?? { status: 404, body: problem(404, 'NOT_FOUND') };
    return Promise.resolve(jsonResponse(answer.status, answer.body));
  });
  vi.stubGlobal('fetch', fetchMock);
  return { sent, fetchMock };
}
