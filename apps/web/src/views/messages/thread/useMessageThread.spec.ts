import type { MessagePage, MessageView } from '@mcf/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { FIRM, message, messagePage, PROCURER, THREAD_ID, threadView } from '../message-fixtures';
import { attachmentProblem, mergeMessages, type MessageThreadDependencies, useMessageThread } from './useMessageThread';

const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]);
const fileOf = (bytes: Uint8Array, name: string) => new File([bytes as Uint8Array<ArrayBuffer>], name);

function start(viewer: string | null, dependencies: MessageThreadDependencies = {}) {
  const deps = {
    getThreadMessages: vi.fn(dependencies.getThreadMessages ?? (() => Promise.resolve(messagePage([])))),
    sendMessage: vi.fn(
      dependencies.sendMessage ??
        ((_id: string, body: string, file?: File | null) =>
          Promise.resolve(
            message('sent', {
              mine: true,
              body,
              attachment: file ? { kind: 'PDF' as const, size: file.size, name: file.name } : null,
              createdAt: '2026-03-01T10:00:00.000Z',
            }),
          )),
    ),
    markThreadRead: vi.fn(dependencies.markThreadRead ?? (() => Promise.resolve({ marked: 1, readAt: '2026-03-01T10:00:00.000Z' }))),
    fetchMessageAttachment: vi.fn(dependencies.fetchMessageAttachment ?? (() => Promise.resolve(new Blob(['x'])))),
    onUnreadChanged: vi.fn(),
    saveBlob: vi.fn(),
    pollMs: dependencies.pollMs,
  };
  const scope = effectScope();
  const thread = scope.run(() => useMessageThread(() => THREAD_ID, () => viewer, deps))!;
  return { ...thread, ...deps, scope };
}

afterEach(() => vi.useRealTimers());

describe('沟通详情: reading', () => {
  it('loads the latest messages, names the other side, marks unread ones read and tells the badge', async () => {
    const items = [message('m1'), message('m2', { mine: true, sender: { organizationId: PROCURER.id, organizationName: PROCURER.name, side: 'PROCURER' } })];
    const page = start(PROCURER.id, {
      getThreadMessages: () => Promise.resolve(messagePage(items, { thread: threadView({ unreadCount: 1 }), hasMore: true })),
    });
    await page.load();
    expect(page.state.value).toBe('ready');
    expect(page.getThreadMessages).toHaveBeenCalledWith(THREAD_ID, { limit: 50 }, expect.any(AbortSignal));
    expect(page.messages.value.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(page.hasMore.value).toBe(true);
    expect(page.isParty.value).toBe(true);
    expect(page.counterpart.value).toEqual(FIRM);
    expect(page.markThreadRead).toHaveBeenCalledWith(THREAD_ID);
    expect(page.thread.value?.unreadCount).toBe(0);
    expect(page.onUnreadChanged).toHaveBeenCalledOnce();
  });

  it('does not mark anything when nothing is unread, and never for administrators (who only read)', async () => {
    const quiet = start(FIRM.id, { getThreadMessages: () => Promise.resolve(messagePage([message('m1')])) });
    await quiet.load();
    expect(quiet.markThreadRead).not.toHaveBeenCalled();
    expect(quiet.counterpart.value).toEqual(PROCURER);

    const admin = start(null, { getThreadMessages: () => Promise.resolve(messagePage([message('m1')], { thread: threadView({ unreadCount: 3 }) })) });
    await admin.load();
    expect(admin.isParty.value).toBe(false);
    expect(admin.markThreadRead).not.toHaveBeenCalled();
    expect(admin.counterpart.value).toEqual(FIRM);
  });

  it('shows a thread that does not exist (or is not ours) as an error', async () => {
    const page = start(FIRM.id, { getThreadMessages: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND', { title: '未找到' }))) });
    await page.load();
    expect(page.state.value).toBe('error');
    expect(page.loadError.value).toEqual({ kind: 'plain', text: '未找到' });
  });

  it('loads older messages before the first one', async () => {
    const older = [message('m1'), message('m2')];
    const latest = [message('m3'), message('m4')];
    const page = start(FIRM.id, {
      getThreadMessages: (_id, query = {}) =>
        Promise.resolve(query.before ? messagePage(older) : messagePage(latest, { hasMore: true })),
    });
    await page.load();
    await page.loadOlder();
    expect(page.getThreadMessages).toHaveBeenLastCalledWith(THREAD_ID, { before: 'm3', limit: 50 });
    expect(page.messages.value.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(page.hasMore.value).toBe(false);
  });

  it('polls for new messages and read receipts, merging them into what is shown', async () => {
    vi.useFakeTimers();
    const mine = message('m1', { mine: true });
    let answer: MessagePage = messagePage([mine]);
    const page = start(FIRM.id, { getThreadMessages: () => Promise.resolve(answer), pollMs: 1000 });
    await page.load();
    page.startPolling();
    const reply = message('m2');
    answer = messagePage([{ ...mine, readAt: '2026-03-01T09:30:00.000Z' }, reply], { thread: threadView({ unreadCount: 1 }) });
    await vi.advanceTimersByTimeAsync(1000);
    expect(page.messages.value.map((m) => m.id)).toEqual(['m1', 'm2']);
    expect(page.messages.value[0]!.readAt).toBe('2026-03-01T09:30:00.000Z');
    expect(page.markThreadRead).toHaveBeenCalledTimes(1);
    page.scope.stop();
  });

  it('downloads an attachment under its name', async () => {
    const page = start(FIRM.id);
    const withFile = message('m1', { attachment: { kind: 'PDF', size: 2048, name: '检测报告.pdf' } });
    await page.download(withFile);
    expect(page.fetchMessageAttachment).toHaveBeenCalledWith('m1');
    expect(page.saveBlob).toHaveBeenCalledWith(expect.any(Blob), '检测报告.pdf');

    const failing = start(FIRM.id, { fetchMessageAttachment: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND', { title: '未找到' }))) });
    await failing.download(withFile);
    expect(failing.downloadError.value).toEqual({ kind: 'plain', text: '未找到' });
  });
});

describe('沟通详情: writing', () => {
  async function ready() {
    const page = start(FIRM.id, { getThreadMessages: () => Promise.resolve(messagePage([message('m1')])) });
    await page.load();
    return page;
  }

  it('sends text, shows it at the end and clears the box', async () => {
    const page = await ready();
    page.draft.value = '  可以提供样件。 ';
    expect(await page.send()).toBe(true);
    expect(page.sendMessage).toHaveBeenCalledWith(THREAD_ID, '可以提供样件。', null);
    expect(page.messages.value.map((m) => m.id)).toEqual(['m1', 'sent']);
    expect(page.draft.value).toBe('');
  });

  it('refuses an empty message and one longer than 5000 characters', async () => {
    const page = await ready();
    page.draft.value = '   ';
    expect(await page.send()).toBe(false);
    expect(page.bodyError.value).toEqual({ kind: 'key', key: 'messages.thread.emptyMessage' });
    page.draft.value = '字'.repeat(5001);
    expect(await page.send()).toBe(false);
    expect(page.bodyError.value).toMatchObject({ kind: 'bilingual', zh: expect.stringContaining('5000') });
    expect(page.sendMessage).not.toHaveBeenCalled();
  });

  it('takes a PDF as the attachment and sends it alone', async () => {
    const page = await ready();
    const pdf = fileOf(PDF, '样件检测报告.pdf');
    expect(await page.chooseFile(pdf)).toBe(true);
    expect(page.file.value).toBe(pdf);
    expect(await page.send()).toBe(true);
    expect(page.sendMessage).toHaveBeenCalledWith(THREAD_ID, '', pdf);
    expect(page.messages.value.at(-1)?.attachment?.name).toBe('样件检测报告.pdf');
    expect(page.file.value).toBeNull();
  });

  it('says why a file cannot be attached: its kind or its size', async () => {
    const page = await ready();
    expect(await page.chooseFile(fileOf(EXE, 'setup.pdf'))).toBe(false);
    expect(page.fileError.value).toEqual({ kind: 'key', key: 'messages.thread.fileKind' });
    expect(page.file.value).toBeNull();
    const huge = fileOf(PDF, 'big.pdf');
    Object.defineProperty(huge, 'size', { value: 10 * 1024 * 1024 + 1 });
    expect(await attachmentProblem(huge)).toEqual({ kind: 'key', key: 'messages.thread.fileTooLarge', params: { mb: 10 } });
  });

  it('shows the API’s refusal of a file on the file, other refusals on the form', async () => {
    const page = start(FIRM.id, {
      getThreadMessages: () => Promise.resolve(messagePage([])),
      sendMessage: () => Promise.reject(new ApiProblem(problem(415, 'UNSUPPORTED_FILE_KIND'))),
    });
    await page.load();
    await page.chooseFile(fileOf(PDF, 'a.pdf'));
    expect(await page.send()).toBe(false);
    expect(page.fileError.value).toEqual({ kind: 'key', key: 'messages.thread.fileKind' });

    const suspended = start(FIRM.id, {
      getThreadMessages: () => Promise.resolve(messagePage([])),
      sendMessage: () => Promise.reject(new ApiProblem(problem(403, 'ORGANIZATION_SUSPENDED', { title: '机构已被暂停' }))),
    });
    await suspended.load();
    suspended.draft.value = '你好';
    expect(await suspended.send()).toBe(false);
    expect(suspended.sendError.value).toEqual({ kind: 'plain', text: '机构已被暂停' });
    expect(suspended.draft.value).toBe('你好');
  });
});

describe('mergeMessages', () => {
  it('keeps older messages, replaces what the new window overlaps, in the order sent', () => {
    const a = message('a', { createdAt: '2026-03-01T09:00:01.000Z' });
    const b = message('b', { createdAt: '2026-03-01T09:00:02.000Z' });
    const c = message('c', { createdAt: '2026-03-01T09:00:03.000Z' });
    const bRead: MessageView = { ...b, readAt: '2026-03-01T09:10:00.000Z' };
    expect(mergeMessages([a, b], [bRead, c])).toEqual([a, bRead, c]);
  });
});
