import type { QualificationView } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import {
  fileProblem,
  type QualificationsDependencies,
  toQualificationFields,
  useQualifications,
} from './useQualifications';

const ORG = '0b6d6a3e-1e5a-4d8c-8f0e-6f2f0d7c9a11';
const PDF_BYTES = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

function qualification(patch: Partial<QualificationView> = {}): QualificationView {
  return {
    id: '5a0e8f57-8d1c-4f55-9b7e-1c2d3e4f5a61',
    organizationId: ORG,
    type: 'GJB9001C',
    name: '武器装备质量管理体系认证 (GJB 9001C-2017)',
    level: null,
    certificateNo: 'GJB-2026-0001',
    issuer: '中国新时代认证中心',
    issuedAt: '2025-01-10',
    expiresAt: '2028-01-09',
    scope: null,
    status: 'PENDING',
    statusReason: null,
    vetted: false,
    file: { kind: 'PDF', size: PDF_BYTES.length, name: 'gjb.pdf' },
    createdAt: '2026-11-28T06:00:00Z',
    updatedAt: '2026-11-28T06:00:00Z',
    ...patch,
  };
}

async function start(dependencies: QualificationsDependencies = {}) {
  const listQualifications = vi.fn(dependencies.listQualifications ?? (() => Promise.resolve({ items: [] })));
  const uploadQualification = vi.fn(
    dependencies.uploadQualification ??
      ((_org: string, _fields: unknown, _file: File, options?: { onProgress?: (f: number) => void }) => {
        options?.onProgress?.(0.5);
        return Promise.resolve(qualification());
      }),
  );
  const editQualification = vi.fn(
    dependencies.editQualification ?? ((id: string) => Promise.resolve(qualification({ id, status: 'PENDING' }))),
  );
  const scope = effectScope();
  const page = scope.run(() =>
    useQualifications(ORG, { listQualifications, uploadQualification, editQualification }),
  )!;
  await vi.waitFor(() => expect(page.state.value).toBe('ready'));
  return { ...page, listQualifications, uploadQualification, editQualification };
}

function fillValid(form: ReturnType<typeof useQualifications>['form']): void {
  Object.assign(form, {
    type: 'GJB9001C',
    certificateNo: 'GJB-2026-0001',
    issuer: '中国新时代认证中心',
    issuedAt: '2025-01-10',
    expiresAt: '2028-01-09',
  });
}

describe('certificate fields', () => {
  it('sends only what is given; the level only for 保密资格 and the name only for 其他', () => {
    expect(
      toQualificationFields({
        type: 'ISO9001',
        level: 2,
        otherName: '某证书',
        certificateNo: ' ISO-1 ',
        issuer: '认证机构',
        issuedAt: '2025-01-10',
        expiresAt: '2028-01-09',
        scope: '',
      }),
    ).toEqual({ type: 'ISO9001', certificateNo: 'ISO-1', issuer: '认证机构', issuedAt: '2025-01-10', expiresAt: '2028-01-09' });
  });
});

describe('upload validation', () => {
  it('names every missing field and the missing file, and sends nothing', async () => {
    const page = await start();
    expect(await page.submitUpload()).toBe(false);
    expect(Object.keys(page.uploadFieldErrors.value).sort()).toEqual(
      ['certificateNo', 'expiresAt', 'issuedAt', 'issuer', 'type'].sort(),
    );
    expect(page.fileError.value).toEqual({ kind: 'key', key: 'qualifications.validation.fileRequired' });
    expect(page.uploadQualification).not.toHaveBeenCalled();
  });

  it('applies the contracts’ rules across fields: a level for 保密资格, expiry not before issue', async () => {
    const page = await start();
    fillValid(page.form);
    page.form.type = 'SECRECY';
    page.form.expiresAt = '2024-01-01';
    page.setFile(new File([PDF_BYTES], 'scan.pdf', { type: 'application/pdf' }));
    expect(await page.submitUpload()).toBe(false);
    expect(page.uploadFieldErrors.value.level).toEqual({
      kind: 'bilingual',
      zh: '保密资格须填写等级（一至三级）',
      en: 'a secrecy qualification needs its level (1–3)',
    });
    expect(page.uploadFieldErrors.value.expiresAt).toMatchObject({ kind: 'bilingual', zh: '有效期不能早于发证日期' });
  });

  it('refuses a file that is too large or not a PDF/PNG/JPEG before sending it', async () => {
    const big = new File([new Uint8Array(1)], 'big.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    expect(await fileProblem(big)).toEqual({ kind: 'key', key: 'qualifications.validation.fileTooLarge' });
    const zip = new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04])], 'scan.pdf', { type: 'application/pdf' });
    expect(await fileProblem(zip)).toEqual({ kind: 'key', key: 'qualifications.validation.fileKind' });
    expect(await fileProblem(new File([PDF_BYTES], 'scan.pdf'))).toBeNull();
  });

  it('uploads a valid certificate, reports progress, lists it first and clears the form', async () => {
    const page = await start();
    fillValid(page.form);
    page.setFile(new File([PDF_BYTES], 'scan.pdf', { type: 'application/pdf' }));
    expect(await page.submitUpload()).toBe(true);
    expect(page.uploadQualification).toHaveBeenCalledWith(
      ORG,
      { type: 'GJB9001C', certificateNo: 'GJB-2026-0001', issuer: '中国新时代认证中心', issuedAt: '2025-01-10', expiresAt: '2028-01-09' },
      expect.any(File),
      expect.objectContaining({ onProgress: expect.any(Function) }),
    );
    expect(page.progress.value).toBe(100);
    expect(page.items.value.map((item) => item.certificateNo)).toEqual(['GJB-2026-0001']);
    expect(page.form.certificateNo).toBe('');
    expect(page.file.value).toBeNull();
  });

  it('shows the server’s 415 on the file and keeps the form', async () => {
    const page = await start({
      uploadQualification: () =>
        Promise.reject(new ApiProblem(problem(415, 'UNSUPPORTED_FILE', { title: '文件类型不受支持' }))),
    });
    fillValid(page.form);
    page.setFile(new File([PDF_BYTES], 'scan.pdf'));
    expect(await page.submitUpload()).toBe(false);
    expect(page.fileError.value).toEqual({ kind: 'key', key: 'qualifications.validation.fileKind' });
    expect(page.uploadError.value).toEqual({ kind: 'plain', text: '文件类型不受支持' });
    expect(page.form.certificateNo).toBe('GJB-2026-0001');
  });
});

describe('editing a certificate', () => {
  it('asks before an edit sends an approved certificate back to vetting', async () => {
    const approved = qualification({ status: 'APPROVED', vetted: true });
    const page = await start({ listQualifications: () => Promise.resolve({ items: [approved] }) });
    page.startEdit(approved);
    page.editForm.issuer = '新的发证机构';
    expect(await page.requestSaveEdit()).toBe(false);
    expect(page.confirmingEdit.value).toBe(true);
    expect(page.editQualification).not.toHaveBeenCalled();

    expect(await page.saveEdit()).toBe(true);
    expect(page.editQualification).toHaveBeenCalledWith(approved.id, expect.objectContaining({ issuer: '新的发证机构', level: null }));
    expect(page.items.value[0]!.status).toBe('PENDING');
    expect(page.editing.value).toBeNull();
  });

  it('saves a pending certificate without asking', async () => {
    const pending = qualification();
    const page = await start({ listQualifications: () => Promise.resolve({ items: [pending] }) });
    page.startEdit(pending);
    expect(await page.requestSaveEdit()).toBe(true);
    expect(page.confirmingEdit.value).toBe(false);
  });
});
