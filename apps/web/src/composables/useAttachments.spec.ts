import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../api/http';
import { problem } from '../testing/fixtures';
import { type AttachmentCalls, type AttachmentView, useAttachments } from './useAttachments';

const PDF = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\nstartxref\n0\n%%EOF\n')]);
const pdfFile = (name = '规格书.pdf') => new File([PDF], name, { type: 'application/pdf' });

function view(id: string, name = '规格书.pdf'): AttachmentView {
  return { id, name, kind: 'PDF', size: PDF.length, createdAt: '2026-03-01T08:00:00.000Z' };
}

function start(calls: Partial<AttachmentCalls> = {}, initial: AttachmentView[] = []) {
  const upload = vi.fn(calls.upload ?? ((file: File) => Promise.resolve(view('a2', file.name))));
  const remove = vi.fn(calls.remove ?? (() => Promise.resolve()));
  const download = vi.fn(calls.download ?? (() => Promise.resolve(new Blob([PDF]))));
  const save = vi.fn();
  const scope = effectScope();
  const files = scope.run(() => useAttachments({ upload, remove, download, save }, initial))!;
  return { ...files, uploadCall: upload, removeCall: remove, downloadCall: download, save };
}

describe('attachments', () => {
  it('uploads a file that passes the rules and lists it', async () => {
    const files = start({}, [view('a1')]);
    expect(await files.add(pdfFile('报价单.pdf'))).toBe(true);
    expect(files.uploadCall).toHaveBeenCalledTimes(1);
    expect(files.items.value.map((a) => a.name)).toEqual(['规格书.pdf', '报价单.pdf']);
  });

  it('refuses a file that is not a PDF, PNG or JPEG before sending it', async () => {
    const files = start();
    expect(await files.add(new File(['hello'], 'notes.txt', { type: 'text/plain' }))).toBe(false);
    expect(files.uploadCall).not.toHaveBeenCalled();
    expect(files.error.value).toEqual({ kind: 'key', key: 'messages.thread.fileKind' });
  });

  it('says why the API refused a file (415) and keeps the list', async () => {
    const files = start({ upload: () => Promise.reject(new ApiProblem(problem(415, 'UNSUPPORTED_FILE_TYPE'))) });
    expect(await files.add(pdfFile())).toBe(false);
    expect(files.error.value).toEqual({ kind: 'key', key: 'messages.thread.fileKind' });
    expect(files.items.value).toEqual([]);
  });

  it('removes a file and downloads one under its own name', async () => {
    const files = start({}, [view('a1'), view('a3', '图纸.png')]);
    expect(await files.remove(files.items.value[0]!)).toBe(true);
    expect(files.removeCall).toHaveBeenCalledWith('a1');
    expect(files.items.value.map((a) => a.id)).toEqual(['a3']);
    await files.download(files.items.value[0]!);
    expect(files.downloadCall).toHaveBeenCalledWith('a3');
    expect(files.save).toHaveBeenCalledWith(expect.any(Blob), '图纸.png');
    expect(files.busyId.value).toBeNull();
  });

  it('shows a failed download and starts afresh on reset', async () => {
    const files = start({ download: () => Promise.reject(new ApiProblem(problem(404, 'NOT_FOUND', { title: '未找到' }))) }, [view('a1')]);
    await files.download(files.items.value[0]!);
    expect(files.error.value).not.toBeNull();
    files.reset([view('b1')]);
    expect(files.error.value).toBeNull();
    expect(files.items.value.map((a) => a.id)).toEqual(['b1']);
  });
});
