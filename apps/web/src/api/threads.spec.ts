import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, problem } from '../testing/fixtures';
import { ApiProblem } from './http';
import { fetchMessageAttachment, getInbox, messageFormData, sendMessage } from './threads';

const THREAD = '33333333-3333-4333-8333-333333333333';

afterEach(() => vi.unstubAllGlobals());

function stubFetch(response: () => Response) {
  const fetch = vi.fn<typeof globalThis.fetch>(() => Promise.resolve(response()));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

describe('threads api', () => {
  it('asks for the inbox with its page', async () => {
    const fetch = stubFetch(() => jsonResponse(200, { items: [], total: 0, page: 2, pageSize: 10, unread: 0 }));
    await getInbox({ page: 2, pageSize: 10 });
    expect(String(fetch.mock.calls[0]![0])).toBe('/api/v1/me/threads?page=2&pageSize=10');
  });

  it('sends text as JSON and a file as multipart with the field `attachment`', async () => {
    const fetch = stubFetch(() => jsonResponse(201, { id: 'm1' }));
    await sendMessage(THREAD, '你好');
    expect(String(fetch.mock.calls[0]![0])).toBe(`/api/v1/threads/${THREAD}/messages`);
    expect(fetch.mock.calls[0]![1]!.body).toBe(JSON.stringify({ body: '你好' }));

    const file = new File(['%PDF-1.4'], '报告.pdf', { type: 'application/pdf' });
    await sendMessage(THREAD, '', file);
    const form = fetch.mock.calls[1]![1]!.body as FormData;
    expect(form).toBeInstanceOf(FormData);
    expect(form.has('body')).toBe(false);
    expect((form.get('attachment') as File).name).toBe('报告.pdf');
    expect(messageFormData('附上报告', file, '报告.pdf').get('body')).toBe('附上报告');
  });

  it('turns a refused upload or download into an ApiProblem', async () => {
    stubFetch(() => jsonResponse(413, problem(413, 'PAYLOAD_TOO_LARGE')));
    await expect(sendMessage(THREAD, '', new File(['x'], 'a.pdf'))).rejects.toBeInstanceOf(ApiProblem);
    stubFetch(() => jsonResponse(404, problem(404, 'NOT_FOUND')));
    await expect(fetchMessageAttachment('m1')).rejects.toMatchObject({ status: 404 });
  });
});
