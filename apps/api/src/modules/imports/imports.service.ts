import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import {
  ENTERPRISE_IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES,
  type ImportFormat,
  type ImportProblem,
  type ImportReport,
  type ImportRun,
  type ImportRunPage,
  type ImportTemplateFormat,
  wireTextProblemFields,
} from '@mcf/contracts';
import { type EnterpriseImportRow, type RawEnterpriseRow, validateEnterpriseImportRow } from '@mcf/domain';
import type { Job, Queue } from 'bullmq';
import type { Actor } from '../../core/auth/actor.js';
import { ValidationFailedError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { JobHandlerRegistry } from '../../core/queue/job-handler.registry.js';
import { JobName, jobIdFor, QueueName } from '../../core/queue/queue.constants.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { EnterpriseProfilesService } from '../enterprises/enterprise-profiles.service.js';
import { parseCsv } from './csv.util.js';
import type { EnterpriseImport } from './entities/enterprise-import.entity.js';
import { type ImportTemplate, importTemplate } from './import-template.js';
import { ImportErrors } from './imports.errors.js';
import { ImportsRepository } from './imports.repository.js';
import { XlsxReadError } from './xlsx/xlsx-read-error.js';
import { isWorkbook, readXlsxRows, type SheetRow } from './xlsx/xlsx-reader.js';
import { looksLikeZip, ZipArchive } from './xlsx/zip-archive.js';

export interface EnterpriseImportJobPayload {
  importId: string;
}

/** An Excel 97–2003 workbook (OLE2 compound file): refused with a hint to save it as .xlsx. */
const OLE2_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const JOB_ATTEMPTS = 10;

function toRun(run: Omit<EnterpriseImport, 'rows'>): ImportRun {
  return {
    id: run.id,
    status: run.status,
    total: run.totalRows,
    processed: run.cursor,
    created: run.created,
    skipped: run.skipped,
    createdAt: run.createdAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

/**
 * Bulk import of the enterprise lists the government keeps (CSV or XLSX from the template, or the JSON
 * of the evaluation set). A dry run reports every bad row and writes nothing; a real run imports row by
 * row in a background job, each row in its own transaction, and resumes where it stopped.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly accounts: AccountsService,
    private readonly enterprises: EnterpriseProfilesService,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.IMPORTS) private readonly queue: Queue<EnterpriseImportJobPayload>,
    registry: JobHandlerRegistry,
  ) {
    registry.register(JobName.ENTERPRISE_IMPORT, (job) => this.runJob(job as Job<EnterpriseImportJobPayload>));
  }

  /** Runs the import; when BullMQ is about to give up (last attempt), the run is marked FAILED for an admin to resume. */
  private async runJob(job: Job<EnterpriseImportJobPayload>): Promise<{ created: number }> {
    try {
      return await this.runImport(job.data.importId);
    } catch (error) {
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) await this.imports.update(job.data.importId, { status: 'FAILED' });
      throw error;
    }
  }

  template(format: ImportTemplateFormat): ImportTemplate {
    return importTemplate(format);
  }

  /**
   * Reads the file by its content, never its name: a ZIP with xl/workbook.xml is XLSX (first visible
   * sheet), `{` or `[` is JSON, anything else UTF-8 CSV. XLSX and CSV give the same rows, keyed by the
   * template's headers (Chinese or English); a bad file is a 4xx naming the `file` field.
   */
  parse(content: Buffer): { format: ImportFormat; rows: RawEnterpriseRow[] } {
    const parsed = this.parseContent(content);
    // Cells end up in PostgreSQL: NUL (CSV, JSON) or a lone surrogate (JSON "\ud800") is refused, naming the row.
    const illFormed = wireTextProblemFields(parsed.rows, ['file']);
    if (illFormed.length) throw new ValidationFailedError(illFormed.slice(0, 20));
    return parsed;
  }

  private parseContent(content: Buffer): { format: ImportFormat; rows: RawEnterpriseRow[] } {
    if (looksLikeZip(content)) return { format: 'XLSX', rows: this.rowsOfTable(this.readXlsx(content)) };
    if (content.subarray(0, OLE2_SIGNATURE.length).equals(OLE2_SIGNATURE)) throw ImportErrors.legacyXls();
    const text = content.toString('utf8');
    if (text.includes('\ufffd')) throw ImportErrors.unreadable('The file is not UTF-8 text');
    const trimmed = text.replace(/^\ufeff/, '').trimStart();
    if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let json: unknown;
      try {
        json = JSON.parse(trimmed);
      } catch (error) {
        throw ImportErrors.unreadable(`Malformed JSON: ${(error as Error).message}`);
      }
      const list = Array.isArray(json) ? json : (json as { enterprises?: unknown }).enterprises;
      if (!Array.isArray(list)) throw ImportErrors.unreadable('JSON must be an array of firms or an object with "enterprises"');
      if (list.length > IMPORT_MAX_ROWS) throw ImportErrors.tooManyRows();
      return { format: 'JSON', rows: list.map((item, index) => ({ ...(item as object), line: index + 1 }) as RawEnterpriseRow) };
    }
    // CSV rows are numbered as before: the header is line 1, the n-th non-blank data row line n + 1.
    return { format: 'CSV', rows: this.rowsOfTable(parseCsv(text).map((cells, index) => ({ line: index + 1, cells }))) };
  }

  private readXlsx(content: Buffer): SheetRow[] {
    try {
      const archive = ZipArchive.open(content);
      if (!isWorkbook(archive)) throw new XlsxReadError('NOT_A_WORKBOOK', 'not a workbook');
      // The header row comes on top of the data rows.
      return readXlsxRows(archive, { maxUncompressedBytes: IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES, maxRows: IMPORT_MAX_ROWS + 1 });
    } catch (error) {
      if (error instanceof XlsxReadError) throw ImportErrors.xlsx(error);
      throw error;
    }
  }

  /** The first row names the columns; every later row becomes a raw firm with its line number. */
  private rowsOfTable(table: readonly SheetRow[]): RawEnterpriseRow[] {
    const [header, ...body] = table;
    if (!header) throw ImportErrors.unreadable('The file is empty', '文件为空：请使用导入模板');
    if (body.length > IMPORT_MAX_ROWS) throw ImportErrors.tooManyRows();
    const keys = new Map<number, string>();
    header.cells.forEach((title, column) => {
      const key = ENTERPRISE_IMPORT_COLUMNS.find((c) => c.zh === title.trim() || c.en === title.trim())?.key;
      if (key) keys.set(column, key);
    });
    const named = new Set(keys.values());
    if (!named.has('name') || !named.has('creditCode')) throw ImportErrors.missingColumns();
    return body.map(({ line, cells }) => {
      const row: Record<string, unknown> = { line };
      for (const [column, key] of keys) row[key] = cells[column] ?? '';
      return row as unknown as RawEnterpriseRow;
    });
  }

  /** Validates every row, and flags credit codes already registered on the platform. */
  private async validate(raws: RawEnterpriseRow[]): Promise<{ valid: EnterpriseImportRow[]; problems: ImportProblem[] }> {
    if (raws.length > IMPORT_MAX_ROWS) throw ImportErrors.tooManyRows();
    const seen = new Set<string>();
    const valid: EnterpriseImportRow[] = [];
    const problems: ImportProblem[] = [];
    for (const raw of raws) {
      const result = validateEnterpriseImportRow(raw, seen);
      problems.push(...result.problems);
      if (!result.row) continue;
      if (await this.accounts.findOrganizationByCreditCode(result.row.creditCode)) {
        problems.push({
          line: raw.line,
          field: 'creditCode',
          code: 'ALREADY_REGISTERED',
          message: 'An organisation with this credit code is already on the platform',
          messageZh: '该统一社会信用代码的机构已在平台中',
        });
        continue;
      }
      valid.push(result.row);
    }
    return { valid, problems };
  }

  async dryRun(content: Buffer): Promise<ImportReport> {
    const { format, rows } = this.parse(content);
    const { valid, problems } = await this.validate(rows);
    return { dryRun: true, format, total: rows.length, valid: valid.length, problems };
  }

  async start(actor: Actor, content: Buffer): Promise<ImportRun> {
    const { format, rows } = this.parse(content);
    const { valid, problems } = await this.validate(rows);
    const run = await this.imports.transaction(async (manager) => {
      const created = await this.imports.insert({ status: 'QUEUED', startedBy: actor.userId, rows: valid, skipped: problems, totalRows: valid.length }, manager);
      await this.audit.record(
        { actor, action: 'admin.import.started', targetType: 'import', targetId: created.id, after: { format, rows: rows.length, valid: valid.length, refused: problems.length } },
        manager,
      );
      return created;
    });
    await this.enqueue(run.id);
    return toRun(run);
  }

  private enqueue(importId: string) {
    return this.queue.add(JobName.ENTERPRISE_IMPORT, { importId }, { jobId: jobIdFor(JobName.ENTERPRISE_IMPORT, importId), attempts: JOB_ATTEMPTS });
  }

  async progress(id: string): Promise<ImportRun> {
    const run = await this.imports.findProgress(id);
    if (!run) throw CommonErrors.notFound();
    return toRun(run);
  }

  /** The runs, newest first: the import screen finds an unfinished one here to follow or resume. */
  async list(page: number, pageSize: number): Promise<ImportRunPage> {
    const [runs, total] = await this.imports.page(page, pageSize);
    return { items: runs.map(toRun), total, page, pageSize };
  }

  /**
   * Resumes a run that stopped (FAILED: its job gave up) or seems stuck: the job goes back on the queue
   * and carries on from the cursor, so no row is imported twice. A run whose job is still waiting or
   * active is left alone; a finished run answers 409.
   */
  async resume(actor: Actor, id: string): Promise<ImportRun> {
    const before = await this.imports.findProgress(id);
    if (!before) throw CommonErrors.notFound();
    if (before.status === 'DONE') throw ImportErrors.alreadyFinished();
    const job = await this.queue.getJob(jobIdFor(JobName.ENTERPRISE_IMPORT, id));
    const state = job ? await job.getState() : 'unknown';
    if (['active', 'waiting', 'delayed', 'prioritized', 'waiting-children'].includes(state)) return toRun(before);

    // The status first, so that the job, once it starts, is never overwritten back to QUEUED.
    const run = await this.imports.transaction(async (manager) => {
      await this.imports.update(id, { status: 'QUEUED' }, manager);
      await this.audit.record(
        { actor, action: 'admin.import.resumed', targetType: 'import', targetId: id, before: { status: before.status, processed: before.cursor }, after: { status: 'QUEUED' } },
        manager,
      );
      return (await this.imports.findProgress(id, manager))!;
    });
    if (job && state === 'failed') await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    else {
      if (job) await job.remove();
      await this.enqueue(id);
    }
    return toRun(run);
  }

  /**
   * The job: each row and the cursor advance in one transaction, so a retry resumes at the next row.
   * Each step locks and reads only the run's counters and its one row (not the whole list).
   */
  async runImport(importId: string): Promise<{ created: number }> {
    const first = await this.imports.findProgress(importId);
    if (!first || first.status === 'DONE') return { created: first?.created ?? 0 };
    await this.imports.update(importId, { status: 'RUNNING' });
    for (;;) {
      const finished = await this.imports.transaction(async (manager) => {
        const run = (await this.imports.lockStep(importId, manager))!;
        const row = run.cursor < run.totalRows ? await this.imports.rowAt(importId, run.cursor, manager) : null;
        if (!row) {
          await this.imports.update(importId, { status: 'DONE', finishedAt: new Date() }, manager);
          return true;
        }
        let created = run.created;
        if (await this.accounts.findOrganizationByCreditCode(row.creditCode, manager)) {
          await this.imports.appendSkipped(
            importId,
            { line: row.line, field: 'creditCode', code: 'ALREADY_REGISTERED', message: 'Registered meanwhile', messageZh: '导入期间该机构已注册' },
            manager,
          );
        } else {
          const organization = await this.accounts.createOrganization(
            { kind: 'ENTERPRISE', name: row.name, creditCode: row.creditCode, regionCode: row.regionCode, status: 'PENDING_VERIFICATION', isDemo: false },
            manager,
          );
          await this.enterprises.saveImportedDraft(
            organization.id,
            { summary: row.summary, sectors: row.sectors, products: row.products, capabilities: row.capabilities, equipment: row.equipment, employees: row.employees, regionCode: row.regionCode },
            manager,
          );
          await this.audit.record(
            { actor: { userId: run.startedBy, email: null, ip: null }, action: 'organization.imported', targetType: 'organization', targetId: organization.id, after: { importId, line: row.line, status: 'PENDING_VERIFICATION' } },
            manager,
          );
          created++;
        }
        await this.imports.update(importId, { cursor: run.cursor + 1, created }, manager);
        return false;
      });
      if (finished) break;
    }
    return { created: (await this.imports.findProgress(importId))!.created };
  }
}
