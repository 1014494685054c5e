import type { InboxPage, InboxThreadView, MessagePage, MessageView, ThreadView } from '@mcf/contracts';

/** Wire-shaped conversations for the specs, typed by the contracts. */
export const PROCURER = { id: '11111111-1111-4111-8111-111111111111', name: '某部队装备采购站' };
export const FIRM = { id: '22222222-2222-4222-8222-222222222222', name: '咸宁甲复合材料有限公司' };
export const THREAD_ID = '33333333-3333-4333-8333-333333333333';
export const DEMAND_ID = '44444444-4444-4444-8444-444444444444';

export function threadView(patch: Partial<ThreadView> = {}): ThreadView {
  return {
    id: THREAD_ID,
    demandId: DEMAND_ID,
    demandTitle: '复合材料天线罩采购',
    offerId: null,
    procurer: PROCURER,
    enterprise: FIRM,
    createdAt: '2026-03-01T08:00:00.000Z',
    lastMessageAt: '2026-03-01T09:00:00.000Z',
    messageCount: 2,
    unreadCount: 0,
    ...patch,
  };
}

export function inboxThread(id: string, patch: Partial<InboxThreadView> = {}): InboxThreadView {
  return {
    ...threadView({ id }),
    counterpart: FIRM,
    lastMessage: { preview: '天线罩的透波率要求是多少？', attachmentName: null, mine: false, createdAt: '2026-03-01T09:00:00.000Z' },
    ...patch,
  };
}

export function inboxPage(items: InboxThreadView[], patch: Partial<InboxPage> = {}): InboxPage {
  return { items, total: items.length, page: 1, pageSize: 20, unread: items.reduce((n, t) => n + t.unreadCount, 0), ...patch };
}

let seconds = 0;
export function message(id: string, patch: Partial<MessageView> = {}): MessageView {
  seconds += 1;
  return {
    id,
    threadId: THREAD_ID,
    sender: { organizationId: FIRM.id, organizationName: FIRM.name, side: 'ENTERPRISE' },
    mine: false,
    body: `消息 ${id}`,
    attachment: null,
    createdAt: `2026-03-01T09:00:${String(seconds % 60).padStart(2, '0')}.000Z`,
    readAt: null,
    ...patch,
  };
}

export function messagePage(items: MessageView[], patch: Partial<MessagePage> = {}): MessagePage {
  return { thread: threadView(), items, hasMore: false, ...patch };
}
