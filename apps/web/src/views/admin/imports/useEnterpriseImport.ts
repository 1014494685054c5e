import {
  ENTERPRISE_IMPORT_COLUMNS,
  IMPORT_FILE_MAX_BYTES,
  type ImportProblem,
  type ImportReport,
  type ImportRun,
  type ImportTemplateFormat,
} from '@mcf/contracts';
import { computed, onScopeDispose, ref, shallowRef } from 'vue';
import {
  downloadImportTemplate,
  dryRunImport,
  getImportRun,
  listImportRuns,
  resumeImportRun,
  startImport,
} from '../../../api/imports';
import { ApiProblem } from '../../../api/http';
import { errorSummary } from '../../../composables/useFormErrors';
import { bilingual, type LocalisedText, messageKey } from '../../../composables/useLocalisedText';

export const TEMPLATE_FILE_NAMES: Record<ImportTemplateFormat, string> = {
  csv: '企业导入模板.csv',
  xlsx: '企业导入模板.xlsx',
};
export const POLL_INTERVAL_MS = 1000;
export const PROBLEM_PAGE_SIZE = 50;
export const HISTORY_SIZE = 5;

export interface EnterpriseImportDependencies {
  downloadImportTemplate?: typeof downloadImportTemplate;
  dryRunImport?: typeof dryRunImport;
  startImport?: typeof startImport;
  getImportRun?: typeof getImportRun;
  listImportRuns?: typeof listImportRuns;
  resumeImportRun?: typeof resumeImportRun;
  /** Hands a downloaded file to the browser. */
  saveFile?: (blob: Blob, name: string) => void;
  pollIntervalMs?: number;
}

export const isFinished = (run: Pick<ImportRun, 'status'>) => run.status === 'DONE' || run.status === 'FAILED';

/** Rows (not problems: a row can have several) that a run skipped. */
export const skippedRows = (run: Pick<ImportRun, 'skipped'>) => new Set(run.skipped.map((problem) => problem.line)).size;

/** A problem's field as the file names it: the template's column header (Chinese, or English in English). */
export function columnTitle(field: string, english: boolean): string {
  const column = ENTERPRISE_IMPORT_COLUMNS.find((entry) => entry.key === field);
  if (!column) return field;
  return english ? column.en : column.zh;
}

/** The problems as CSV (with a BOM, for Excel), in the reader's language, to hand back to whoever keeps the list. */
export function problemsCsv(problems: readonly ImportProblem[], english: boolean): string {
  const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  const header = english ? ['Row', 'Column', 'Problem'] : ['行号', '列', '问题'];
  const lines = problems.map((problem) =>
    [String(problem.line), columnTitle(problem.field, english), english ? problem.message : problem.messageZh].map(cell).join(','),
  );
  return `\ufeff${[header.join(','), ...lines].join('\r\n')}\r\n`;
}

function browserSave(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The API's own words about the file when it gave them (`errors[].field = file`), else the problem's title. */
function fileProblemText(error: unknown): LocalisedText {
  if (error instanceof ApiProblem) {
    const field = error.problem.errors?.find((entry) => entry.field === 'file');
    if (field) return bilingual(field.messageZh ?? field.message, field.message);
  }
  return errorSummary(error);
}

/**
 * 企业批量导入: download the template, choose a file (checked at once by a dry run that lists every bad
 * row and writes nothing), then import it for real after a confirmation. The run goes on in the
 * background; the page polls it for progress, finds an unfinished run when it opens again, and offers
 * to resume one that stopped.
 */
export function useEnterpriseImport(dependencies: EnterpriseImportDependencies = {}) {
  const template$ = dependencies.downloadImportTemplate ?? downloadImportTemplate;
  const dryRun$ = dependencies.dryRunImport ?? dryRunImport;
  const start$ = dependencies.startImport ?? startImport;
  const get$ = dependencies.getImportRun ?? getImportRun;
  const list$ = dependencies.listImportRuns ?? listImportRuns;
  const resume$ = dependencies.resumeImportRun ?? resumeImportRun;
  const save = dependencies.saveFile ?? browserSave;
  const pollIntervalMs = dependencies.pollIntervalMs ?? POLL_INTERVAL_MS;

  let disposed = false;
  let pollTimer: ReturnType<typeof setTimeout> | null = null;
  let checkController: AbortController | null = null;
  let pollController: AbortController | null = null;
  onScopeDispose(() => {
    disposed = true;
    if (pollTimer) clearTimeout(pollTimer);
    checkController?.abort();
    pollController?.abort();
  });

  /** The real run this page follows: started here, or found unfinished when the page opened. */
  const run = shallowRef<ImportRun | null>(null);
  const runError = shallowRef<LocalisedText | null>(null);
  /** Polling failed for a moment (the page keeps trying): shown, not fatal. */
  const pollWarning = shallowRef<LocalisedText | null>(null);
  /** The run was started from the file on this page, so its skipped rows are this file's. */
  const runOfFile = ref(false);
  const problemPage = ref(1);

  // --- The template.
  const templateBusy = ref<ImportTemplateFormat | null>(null);
  const templateError = shallowRef<LocalisedText | null>(null);

  async function downloadTemplate(format: ImportTemplateFormat): Promise<boolean> {
    if (templateBusy.value) return false;
    templateBusy.value = format;
    templateError.value = null;
    try {
      save(await template$(format), TEMPLATE_FILE_NAMES[format]);
      return true;
    } catch (error) {
      templateError.value = errorSummary(error);
      return false;
    } finally {
      templateBusy.value = null;
    }
  }

  // --- The file and its dry run.
  const file = shallowRef<File | null>(null);
  const fileError = shallowRef<LocalisedText | null>(null);
  const report = shallowRef<ImportReport | null>(null);
  const checking = ref(false);

  async function chooseFile(chosen: File | null): Promise<boolean> {
    checkController?.abort();
    checking.value = false;
    file.value = chosen;
    report.value = null;
    fileError.value = null;
    problemPage.value = 1;
    if (run.value?.status === 'DONE') run.value = null;
    runOfFile.value = false;
    if (!chosen) return false;
    if (chosen.size === 0) {
      fileError.value = messageKey('imports.file.empty');
      return false;
    }
    if (chosen.size > IMPORT_FILE_MAX_BYTES) {
      fileError.value = messageKey('imports.file.tooLarge', { mb: IMPORT_FILE_MAX_BYTES / 1024 / 1024 });
      return false;
    }
    return check();
  }

  /** The dry run of the chosen file: every bad row, nothing written. */
  async function check(): Promise<boolean> {
    const current = file.value;
    if (!current) return false;
    checkController?.abort();
    const controller = new AbortController();
    checkController = controller;
    checking.value = true;
    fileError.value = null;
    try {
      const result = await dryRun$(current, controller.signal);
      if (controller.signal.aborted) return false;
      report.value = result;
      return true;
    } catch (error) {
      if (controller.signal.aborted) return false;
      fileError.value = fileProblemText(error);
      return false;
    } finally {
      if (checkController === controller) checking.value = false;
    }
  }

  // --- The real run, its progress and the runs before it.
  const history = shallowRef<ImportRun[]>([]);
  const historyState = ref<'loading' | 'ready' | 'error'>('loading');
  const historyError = shallowRef<LocalisedText | null>(null);

  const running = computed(() => run.value !== null && !isFinished(run.value));
  const interrupted = computed(() => run.value?.status === 'FAILED');
  const progress = computed(() => {
    const current = run.value;
    if (!current) return 0;
    if (current.status === 'DONE' || current.total === 0) return current.status === 'DONE' ? 100 : 0;
    return Math.min(100, Math.floor((current.processed / current.total) * 100));
  });

  function schedulePoll(delay = pollIntervalMs): void {
    if (pollTimer) clearTimeout(pollTimer);
    if (disposed) return;
    pollTimer = setTimeout(() => {
      pollTimer = null;
      void poll();
    }, delay);
  }

  async function poll(): Promise<void> {
    const current = run.value;
    if (!current || disposed) return;
    pollController?.abort();
    const controller = new AbortController();
    pollController = controller;
    try {
      const next = await get$(current.id, controller.signal);
      if (controller.signal.aborted || run.value?.id !== current.id) return;
      run.value = next;
      pollWarning.value = null;
      if (isFinished(next)) void loadHistory();
      else schedulePoll();
    } catch (error) {
      if (controller.signal.aborted) return;
      pollWarning.value = errorSummary(error);
      // A deleted or unknown run will not come back; anything else is worth another try, less often.
      if (error instanceof ApiProblem && error.status === 404) return;
      schedulePoll(pollIntervalMs * 3);
    }
  }

  function follow(next: ImportRun, ofFile = false): void {
    run.value = next;
    runOfFile.value = ofFile;
    pollWarning.value = null;
    if (!isFinished(next)) schedulePoll();
  }

  async function loadHistory(): Promise<void> {
    historyError.value = null;
    try {
      const page = await list$({ page: 1, pageSize: HISTORY_SIZE });
      if (disposed) return;
      history.value = page.items;
      historyState.value = 'ready';
      // Opening the page again finds the run that is still going, or the one that stopped.
      if (!run.value) {
        const unfinished = page.items.find((item) => item.status !== 'DONE');
        if (unfinished) follow(unfinished);
      }
    } catch (error) {
      if (disposed) return;
      historyError.value = errorSummary(error);
      historyState.value = 'error';
    }
  }

  // --- Import and resume, each confirmed first.
  const confirming = ref<'import' | 'resume' | null>(null);
  const acting = ref(false);

  // A file is imported once: after its run started, choosing the file again (or another) starts over.
  const canImport = computed(
    () =>
      file.value !== null &&
      report.value !== null &&
      report.value.valid > 0 &&
      !checking.value &&
      !running.value &&
      !runOfFile.value &&
      !acting.value,
  );

  function ask(action: 'import' | 'resume'): void {
    if (action === 'import' && !canImport.value) return;
    if (action === 'resume' && !interrupted.value) return;
    runError.value = null;
    confirming.value = action;
  }

  function cancel(): void {
    if (!acting.value) confirming.value = null;
  }

  async function confirm(): Promise<boolean> {
    const action = confirming.value;
    if (!action || acting.value) return false;
    acting.value = true;
    runError.value = null;
    try {
      if (action === 'import') {
        if (!file.value) return false;
        follow(await start$(file.value), true);
      } else {
        if (!run.value) return false;
        follow(await resume$(run.value.id), runOfFile.value);
      }
      confirming.value = null;
      void loadHistory();
      return true;
    } catch (error) {
      runError.value = action === 'import' ? fileProblemText(error) : errorSummary(error);
      // It finished meanwhile: show it as it is now.
      if (action === 'resume' && error instanceof ApiProblem && error.status === 409) void poll();
      return false;
    } finally {
      acting.value = false;
    }
  }

  // --- The bad rows: of the file's run once it started (it keeps the dry run's and adds those skipped while importing).
  const problems = computed<readonly ImportProblem[]>(() =>
    run.value && (runOfFile.value || !report.value) ? run.value.skipped : (report.value?.problems ?? []),
  );
  const badRows = computed(() => new Set(problems.value.map((problem) => problem.line)).size);
  const reportBadRows = computed(() => new Set((report.value?.problems ?? []).map((problem) => problem.line)).size);
  const pagedProblems = computed(() => problems.value.slice((problemPage.value - 1) * PROBLEM_PAGE_SIZE, problemPage.value * PROBLEM_PAGE_SIZE));

  function exportProblems(english: boolean): void {
    if (problems.value.length === 0) return;
    save(new Blob([problemsCsv(problems.value, english)], { type: 'text/csv;charset=utf-8' }), english ? 'import-problems.csv' : '导入问题清单.csv');
  }

  void loadHistory();

  return {
    templateBusy,
    templateError,
    downloadTemplate,
    file,
    fileError,
    report,
    checking,
    chooseFile,
    check,
    run,
    runError,
    pollWarning,
    running,
    interrupted,
    progress,
    history,
    historyState,
    historyError,
    loadHistory,
    confirming,
    acting,
    canImport,
    ask,
    cancel,
    confirm,
    runOfFile,
    problems,
    badRows,
    reportBadRows,
    problemPage,
    pagedProblems,
    exportProblems,
  };
}
