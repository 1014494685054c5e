import { IMPORT_FILE_MAX_BYTES, type ImportProblem, type ImportReport, type ImportRun, type ImportRunPage } from '@mcf/contracts';
import { describe, expect, it, vi } from 'vitest';
import { effectScope } from 'vue';
import { ApiProblem, NetworkError } from '../../../api/http';
import { problem } from '../../../testing/fixtures';
import { columnTitle, type EnterpriseImportDependencies, problemsCsv, skippedRows, useEnterpriseImport } from './useEnterpriseImport';

const RUN_ID = '6c1f0e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';

const bad = (line: number, field: string, code: string, messageZh: string, message = code): ImportProblem => ({ line, field, code, message, messageZh });
const PROBLEMS = [
  bad(3, 'creditCode', 'INVALID_CREDIT_CODE', '统一社会信用代码校验位错误', 'The check character is wrong'),
  bad(5, 'sectors', 'UNKNOWN_SECTOR', '无法识别的领域“量子玄学”', 'Unknown sector "量子玄学"'),
  bad(7, 'name', 'REQUIRED', '缺少机构名称', 'The organisation name is missing'),
  bad(7, 'region', 'UNKNOWN_REGION', '无法识别的地区“火星”', 'Unknown region "火星"'),
];
const REPORT: ImportReport = { dryRun: true, format: 'XLSX', total: 6, valid: 3, problems: PROBLEMS };

function runOf(patch: Partial<ImportRun> = {}): ImportRun {
  return { id: RUN_ID, status: 'QUEUED', total: 3, processed: 0, created: 0, skipped: PROBLEMS, createdAt: '2026-11-28T06:00:00Z', finishedAt: null, ...patch };
}
const pageOf = (...items: ImportRun[]): ImportRunPage => ({ items, total: items.length, page: 1, pageSize: 5 });
const fileOf = (content = '机构名称,统一社会信用代码\n', name = 'firms.xlsx') => new File([content], name);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** Answers the polls with `states` one after another, then the last one for ever. */
function progression(...states: Partial<ImportRun>[]) {
  let index = 0;
  return vi.fn(() => Promise.resolve(runOf(states[Math.min(index++, states.length - 1)])));
}

async function start(dependencies: EnterpriseImportDependencies = {}) {
  const deps = {
    downloadImportTemplate: vi.fn(dependencies.downloadImportTemplate ?? (() => Promise.resolve(new Blob(['x'])))),
    dryRunImport: vi.fn(dependencies.dryRunImport ?? (() => Promise.resolve(REPORT))),
    startImport: vi.fn(dependencies.startImport ?? (() => Promise.resolve(runOf()))),
    getImportRun: vi.fn(dependencies.getImportRun ?? progression({ status: 'RUNNING', processed: 1 }, { status: 'DONE', processed: 3, created: 3, finishedAt: '2026-11-28T06:00:05Z' })),
    listImportRuns: vi.fn(dependencies.listImportRuns ?? (() => Promise.resolve(pageOf()))),
    resumeImportRun: vi.fn(dependencies.resumeImportRun ?? (() => Promise.resolve(runOf({ status: 'QUEUED', processed: 1 })))),
    saveFile: vi.fn(dependencies.saveFile ?? (() => undefined)),
  };
  const scope = effectScope();
  const page = scope.run(() => useEnterpriseImport({ ...deps, pollIntervalMs: 1 }))!;
  await vi.waitFor(() => expect(page.historyState.value).not.toBe('loading'));
  return { ...page, ...deps, scope };
}

describe('enterprise import screen', () => {
  it('opens empty when nothing was imported yet', async () => {
    const screen = await start();
    expect(screen.listImportRuns).toHaveBeenCalledWith({ page: 1, pageSize: 5 });
    expect(screen.history.value).toEqual([]);
    expect(screen.run.value).toBeNull();
    expect(screen.problems.value).toEqual([]);
    expect(screen.canImport.value).toBe(false);
  });

  it('checks a chosen file by a dry run and shows every bad row, counted by row', async () => {
    const screen = await start();
    const file = fileOf();
    expect(await screen.chooseFile(file)).toBe(true);
    expect(screen.dryRunImport).toHaveBeenCalledWith(file, expect.any(AbortSignal));
    expect(screen.report.value).toEqual(REPORT);
    expect(screen.problems.value.map((p) => `${p.line} ${p.field}`)).toEqual(['3 creditCode', '5 sectors', '7 name', '7 region']);
    expect(screen.badRows.value).toBe(3);
    expect(screen.reportBadRows.value).toBe(3);
    expect(screen.canImport.value).toBe(true);
    expect(screen.startImport).not.toHaveBeenCalled();
  });

  it('pages a long list of problems', async () => {
    const many = Array.from({ length: 120 }, (_, i) => bad(i + 2, 'name', 'REQUIRED', '缺少机构名称'));
    const screen = await start({ dryRunImport: () => Promise.resolve({ ...REPORT, total: 120, valid: 0, problems: many }) });
    await screen.chooseFile(fileOf());
    expect(screen.pagedProblems.value).toHaveLength(50);
    screen.problemPage.value = 3;
    expect(screen.pagedProblems.value.map((p) => p.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 102));
    expect(screen.canImport.value).toBe(false);
  });

  it('refuses an empty or too large file before sending it', async () => {
    const screen = await start();
    expect(await screen.chooseFile(fileOf(''))).toBe(false);
    expect(screen.fileError.value).toEqual({ kind: 'key', key: 'imports.file.empty' });
    const big = fileOf();
    Object.defineProperty(big, 'size', { value: IMPORT_FILE_MAX_BYTES + 1 });
    expect(await screen.chooseFile(big)).toBe(false);
    expect(screen.fileError.value).toEqual({ kind: 'key', key: 'imports.file.tooLarge', params: { mb: 10 } });
    expect(screen.dryRunImport).not.toHaveBeenCalled();
  });

  it("shows the API's words about a file it cannot read, in both languages", async () => {
    const refused = new ApiProblem(
      problem(400, 'IMPORT_UNREADABLE', {
        title: '无法读取该文件',
        errors: [{ field: 'file', code: 'IMPORT_UNREADABLE', message: 'The workbook is damaged', messageZh: '工作簿已损坏或不完整' }],
      }),
    );
    const screen = await start({ dryRunImport: () => Promise.reject(refused) });
    expect(await screen.chooseFile(fileOf())).toBe(false);
    expect(screen.fileError.value).toEqual({ kind: 'bilingual', zh: '工作簿已损坏或不完整', en: 'The workbook is damaged' });
    expect(screen.report.value).toBeNull();
    expect(screen.canImport.value).toBe(false);
  });

  it('imports after a confirmation, follows the progress to the end and shows what was skipped', async () => {
    const screen = await start();
    await screen.chooseFile(fileOf());
    screen.ask('import');
    expect(screen.confirming.value).toBe('import');
    expect(await screen.confirm()).toBe(true);
    expect(screen.startImport).toHaveBeenCalledWith(expect.any(File));
    expect(screen.confirming.value).toBeNull();
    expect(screen.running.value).toBe(true);
    expect(screen.canImport.value).toBe(false);
    await vi.waitFor(() => expect(screen.run.value?.status).toBe('DONE'));
    expect(screen.progress.value).toBe(100);
    expect(screen.run.value).toMatchObject({ created: 3, processed: 3 });
    expect(screen.problems.value).toEqual(PROBLEMS);
    expect(skippedRows(screen.run.value!)).toBe(3);
    await vi.waitFor(() => expect(screen.listImportRuns.mock.calls.length).toBeGreaterThanOrEqual(3));
    // The same file is not imported twice by a second click; choosing a file again starts over.
    expect(screen.runOfFile.value).toBe(true);
    expect(screen.canImport.value).toBe(false);
    await screen.chooseFile(fileOf());
    expect(screen.run.value).toBeNull();
    expect(screen.canImport.value).toBe(true);
  });

  it('keeps polling through a network hiccup, and says so meanwhile', async () => {
    const later = deferred<ImportRun>();
    let calls = 0;
    const screen = await start({
      getImportRun: () => (++calls === 1 ? Promise.reject(new NetworkError('GET failed: no answer')) : later.promise),
    });
    await screen.chooseFile(fileOf());
    screen.ask('import');
    await screen.confirm();
    await vi.waitFor(() => expect(calls).toBe(2));
    expect(screen.pollWarning.value).toEqual({ kind: 'key', key: 'errors.network' });
    later.resolve(runOf({ status: 'DONE', processed: 3, created: 3 }));
    await vi.waitFor(() => expect(screen.run.value?.status).toBe('DONE'));
    expect(screen.pollWarning.value).toBeNull();
  });

  it('finds a run still going when the page opens again, and follows it', async () => {
    const next = deferred<ImportRun>();
    const screen = await start({
      listImportRuns: () => Promise.resolve(pageOf(runOf({ status: 'RUNNING', processed: 1 }), runOf({ id: 'f3f2b3c4-1d2e-4f5a-9b8c-7d6e5f4a3b2c', status: 'DONE' }))),
      getImportRun: () => next.promise,
    });
    expect(screen.run.value?.id).toBe(RUN_ID);
    expect(screen.progress.value).toBe(33);
    expect(screen.running.value).toBe(true);
    await vi.waitFor(() => expect(screen.getImportRun).toHaveBeenCalledWith(RUN_ID, expect.any(AbortSignal)));
    next.resolve(runOf({ status: 'DONE', processed: 3, created: 3 }));
    await vi.waitFor(() => expect(screen.run.value?.status).toBe('DONE'));
    expect(screen.progress.value).toBe(100);
  });

  it('offers to resume a run that stopped, and follows it from where it stopped', async () => {
    const screen = await start({ listImportRuns: () => Promise.resolve(pageOf(runOf({ status: 'FAILED', processed: 1 }))) });
    expect(screen.interrupted.value).toBe(true);
    expect(screen.running.value).toBe(false);
    expect(screen.getImportRun).not.toHaveBeenCalled();
    screen.ask('resume');
    expect(screen.confirming.value).toBe('resume');
    expect(await screen.confirm()).toBe(true);
    expect(screen.resumeImportRun).toHaveBeenCalledWith(RUN_ID);
    await vi.waitFor(() => expect(screen.run.value?.status).toBe('DONE'));
    expect(screen.interrupted.value).toBe(false);
  });

  it('shows why a resume was refused and the run as it is now', async () => {
    const screen = await start({
      listImportRuns: () => Promise.resolve(pageOf(runOf({ status: 'FAILED', processed: 1 }))),
      resumeImportRun: () => Promise.reject(new ApiProblem(problem(409, 'IMPORT_FINISHED', { title: '该导入已完成，无需继续' }))),
      getImportRun: () => Promise.resolve(runOf({ status: 'DONE', processed: 3, created: 2 })),
    });
    screen.ask('resume');
    expect(await screen.confirm()).toBe(false);
    expect(screen.runError.value).toEqual({ kind: 'plain', text: '该导入已完成，无需继续' });
    await vi.waitFor(() => expect(screen.run.value?.status).toBe('DONE'));
  });

  it('does not start a second import while one is running', async () => {
    const screen = await start({ listImportRuns: () => Promise.resolve(pageOf(runOf({ status: 'RUNNING' }))), getImportRun: () => Promise.resolve(runOf({ status: 'RUNNING' })) });
    await screen.chooseFile(fileOf());
    expect(screen.report.value).not.toBeNull();
    expect(screen.canImport.value).toBe(false);
    screen.ask('import');
    expect(screen.confirming.value).toBeNull();
    screen.scope.stop();
  });

  it('downloads the template in either format, and says why not when it fails', async () => {
    const screen = await start();
    expect(await screen.downloadTemplate('xlsx')).toBe(true);
    expect(screen.downloadImportTemplate).toHaveBeenCalledWith('xlsx');
    expect(screen.saveFile).toHaveBeenCalledWith(expect.any(Blob), '企业导入模板.xlsx');
    screen.downloadImportTemplate.mockImplementationOnce(() => Promise.reject(new NetworkError('no answer')));
    expect(await screen.downloadTemplate('csv')).toBe(false);
    expect(screen.templateError.value).toEqual({ kind: 'key', key: 'errors.network' });
  });

  it('exports the problems as CSV in the reader’s language', async () => {
    const screen = await start();
    await screen.chooseFile(fileOf());
    screen.exportProblems(false);
    expect(screen.saveFile).toHaveBeenCalledWith(expect.any(Blob), '导入问题清单.csv');
  });
});

describe('problem wording', () => {
  it('names the column as the template does', () => {
    expect(columnTitle('creditCode', false)).toBe('统一社会信用代码');
    expect(columnTitle('creditCode', true)).toBe('creditCode');
    expect(columnTitle('file', false)).toBe('file');
  });

  it('writes the problems as CSV that Excel opens, quoting where needed', () => {
    expect(problemsCsv(PROBLEMS.slice(1, 2), false)).toBe('\ufeff行号,列,问题\r\n5,领域,无法识别的领域“量子玄学”\r\n');
    expect(problemsCsv(PROBLEMS.slice(1, 2), true)).toBe('\ufeffRow,Column,Problem\r\n5,sectors,"Unknown sector ""量子玄学"""\r\n');
  });
});
