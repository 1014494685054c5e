import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem, NetworkError } from './http';
import { attachmentName, downloadDataset } from './statistics';

describe('attachmentName', () => {
  it('prefers the UTF-8 name, and falls back to the plain one', () => {
    const header = `attachment; filename="demand-funnel-2026-09-15.csv"; filename*=UTF-8''${encodeURIComponent('需求对接漏斗-2026-09-15.csv')}`;
    expect(attachmentName(header)).toBe('需求对接漏斗-2026-09-15.csv');
    expect(attachmentName('attachment; filename="a.xlsx"')).toBe('a.xlsx');
    expect(attachmentName('attachment; filename="b.csv"; filename*=UTF-8\'\'%E4%ZZ')).toBe('b.csv');
    expect(attachmentName(null)).toBeNull();
  });
});

describe('downloadDataset', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('fetches /admin/statistics/{dataset}.{format} and names the file as the API does', async () => {
    const fetchMock = vi.fn(() =>
      Promise.resolve(
        new Response('\ufeff月份,发布需求\r\n', {
          status: 200,
          headers: {
            'Content-Type': 'text/csv; charset=utf-8',
            'Content-Disposition': `attachment; filename="demand-funnel-2026-09-15.csv"; filename*=UTF-8''${encodeURIComponent('需求对接漏斗-2026-09-15.csv')}`,
          },
        }),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = await downloadDataset('demand-funnel', 'csv');
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/admin/statistics/demand-funnel.csv',
      expect.objectContaining({ credentials: 'include' }),
    );
    expect(file.fileName).toBe('需求对接漏斗-2026-09-15.csv');
    expect(await file.blob.text()).toContain('发布需求');
  });

  it('turns a refusal into an ApiProblem and no answer into a NetworkError', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() =>
        Promise.resolve(
          new Response(JSON.stringify({ title: '无权执行此操作', status: 403, code: 'FORBIDDEN' }), {
            status: 403,
          }),
        ),
      ),
    );
    await expect(downloadDataset('targets', 'xlsx')).rejects.toBeInstanceOf(ApiProblem);
    vi.stubGlobal(
      'fetch',
      vi.fn(() => Promise.reject(new TypeError('offline'))),
    );
    await expect(downloadDataset('targets', 'xlsx')).rejects.toBeInstanceOf(NetworkError);
  });
});
