import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { useScanPreview } from './useScanPreview';

const scan = (id: string, kind: 'PDF' | 'PNG' | 'JPEG' = 'PDF') => ({ id, file: { kind, size: 10, name: 'x' } });

describe('scan preview', () => {
  it('shows the scan through an object URL and revokes it when another opens, on close and on dispose', async () => {
    let n = 0;
    const createObjectURL = vi.fn(() => `blob:scan-${++n}`);
    const revokeObjectURL = vi.fn();
    const fetchFile = vi.fn(() => Promise.resolve(new Blob(['%PDF-'])));
    const scope = effectScope();
    const preview = scope.run(() => useScanPreview({ fetchFile, createObjectURL, revokeObjectURL }))!;

    await preview.open(scan('a'));
    expect(preview.url.value).toBe('blob:scan-1');
    expect(preview.kind.value).toBe('PDF');
    await preview.open(scan('b', 'PNG'));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:scan-1');
    expect(preview.kind.value).toBe('PNG');
    preview.close();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:scan-2');
    expect(preview.url.value).toBeNull();

    await preview.open(scan('c'));
    scope.stop();
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:scan-3');
  });

  it('says why a scan could not be fetched', async () => {
    const scope = effectScope();
    const preview = scope.run(() =>
      useScanPreview({ fetchFile: () => Promise.reject(new Error('boom')), createObjectURL: vi.fn(), revokeObjectURL: vi.fn() }),
    )!;
    await preview.open(scan('a'));
    expect(preview.error.value).toEqual({ kind: 'key', key: 'errors.unexpected' });
    expect(preview.loading.value).toBe(false);
  });
});
