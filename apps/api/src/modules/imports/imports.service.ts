import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { ENTERPRISE_IMPORT_COLUMNS, type ImportProblem, type ImportReport, type ImportRun } from '@mcf/contracts';
import { type EnterpriseImportRow, type RawEnterpriseRow, validateEnterpriseImportRow } from '@mcf/domain';
import type { Queue } from 'bullmq';
import type { Actor } from '../../core/auth/actor.js';
import { AppError } from '../../core/http/app-error.js';
import { CommonErrors } from '../../core/http/common-errors.js';
import { JobHandlerRegistry } from '../../core/queue/job-handler.registry.js';
import { JobName, jobIdFor, QueueName } from '../../core/queue/queue.constants.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { AuditService } from '../audit/audit.service.js';
import { EnterprisesService } from '../enterprises/enterprises.service.js';
import { csvCell, parseCsv } from './csv.util.js';
import type { EnterpriseImport } from './entities/enterprise-import.entity.js';
import { ImportsRepository } from './imports.repository.js';

export interface EnterpriseImportJobPayload {
  importId: string;
}

const MAX_ROWS = 5000;

const ImportErrors = {
  unreadable: (detail: string) =>
    new AppError(400, 'IMPORT_UNREADABLE', { en: 'The file cannot be read', zh: '无法读取该文件' }, {
      detail,
      errors: [{ field: 'file', code: 'IMPORT_UNREADABLE', message: detail, messageZh: '文件格式无法识别：请使用模板（UTF-8 编码的 CSV）或 JSON' }],
    }),
  xlsxNotYet: () =>
    new AppError(415, 'UNSUPPORTED_FILE_TYPE', { en: 'XLSX is not supported yet: save the sheet as CSV (UTF-8)', zh: '暂不支持 XLSX：请在 Excel 中另存为“CSV UTF-8”后导入' }, {
      errors: [{ field: 'file', code: 'XLSX_NOT_SUPPORTED', message: 'Save the sheet as CSV (UTF-8) and import that', messageZh: '请在 Excel 中另存为“CSV UTF-8”后导入' }],
    }),
  tooManyRows: () => new AppError(413, 'TOO_MANY_ROWS', { en: `At most ${MAX_ROWS} rows per import`, zh: `每次最多导入${MAX_ROWS}行` }),
};

function toRun(run: EnterpriseImport): ImportRun {
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
 * Bulk import of the enterprise lists the government keeps (CSV from the template, or the JSON of
 * the evaluation set). A dry run reports every bad row and writes nothing; a real run imports row by
 * row in a background job, each row in its own transaction, and resumes where it stopped.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly imports: ImportsRepository,
    private readonly accounts: AccountsService,
    private readonly enterprises: EnterprisesService,
    private readonly audit: AuditService,
    @InjectQueue(QueueName.IMPORTS) private readonly queue: Queue<EnterpriseImportJobPayload>,
    registry: JobHandlerRegistry,
  ) {
    registry.register(JobName.ENTERPRISE_IMPORT, (job) => this.runImport((job.data as EnterpriseImportJobPayload).importId));
  }

  template(): string {
    const header = ENTERPRISE_IMPORT_COLUMNS.map((c) => c.zh).join(',');
    const example = ['咸宁示例科技有限公司', '91421202MA4EXAMPLE', '咸安区', '新材料；智能装备', '公司简介', '产品一；产品二', '能力一', '设备一', '120'];
    return `\ufeff${header}\r\n${example.map(csvCell).join(',')}\r\n`;
  }

  /** Reads CSV or JSON; XLSX (a zip) is refused with a hint, anything else named unreadable. */
  parse(content: Buffer): { format: 'CSV' | 'JSON'; rows: RawEnterpriseRow[] } {
    if (content.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) throw ImportErrors.xlsxNotYet();
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
      return { format: 'JSON', rows: list.map((item, index) => ({ ...(item as object), line: index + 1 }) as RawEnterpriseRow) };
    }
    const table = parseCsv(text);
    const [header, ...body] = table;
    if (!header) throw ImportErrors.unreadable('The file is empty');
    const keys = header.map((title) => ENTERPRISE_IMPORT_COLUMNS.find((c) => c.zh === title.trim() || c.en === title.trim())?.key);
    if (!keys.includes('name') || !keys.includes('creditCode')) {
      throw ImportErrors.unreadable('The header must name at least the columns 机构名称 (name) and 统一社会信用代码 (creditCode)');
    }
    return {
      format: 'CSV',
      rows: body.map((cells, index) => {
        const row: Record<string, unknown> = { line: index + 2 };
        keys.forEach((key, column) => {
          if (key) row[key] = cells[column] ?? '';
        });
        return row as unknown as RawEnterpriseRow;
      }),
    };
  }

  /** Validates every row, and flags credit codes already registered on the platform. */
  private async validate(raws: RawEnterpriseRow[]): Promise<{ valid: EnterpriseImportRow[]; problems: ImportProblem[] }> {
    if (raws.length > MAX_ROWS) throw ImportErrors.tooManyRows();
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
    await this.queue.add(JobName.ENTERPRISE_IMPORT, { importId: run.id }, { jobId: jobIdFor(JobName.ENTERPRISE_IMPORT, run.id), attempts: 10 });
    return toRun(run);
  }

  async progress(id: string): Promise<ImportRun> {
    const run = await this.imports.find(id);
    if (!run) throw CommonErrors.notFound();
    return toRun(run);
  }

  /** The job: each row and the cursor advance in one transaction, so a retry resumes at the next row. */
  async runImport(importId: string): Promise<{ created: number }> {
    const first = await this.imports.find(importId);
    if (!first || first.status === 'DONE') return { created: first?.created ?? 0 };
    await this.imports.update(importId, { status: 'RUNNING' });
    for (;;) {
      const finished = await this.imports.transaction(async (manager) => {
        const run = (await this.imports.find(importId, manager, true))!;
        if (run.cursor >= run.rows.length) {
          await this.imports.update(importId, { status: 'DONE', finishedAt: new Date() }, manager);
          return true;
        }
        const row = run.rows[run.cursor]!;
        let created = run.created;
        const skipped = [...run.skipped];
        if (await this.accounts.findOrganizationByCreditCode(row.creditCode, manager)) {
          skipped.push({ line: row.line, field: 'creditCode', code: 'ALREADY_REGISTERED', message: 'Registered meanwhile', messageZh: '导入期间该机构已注册' });
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
        await this.imports.update(importId, { cursor: run.cursor + 1, created, skipped }, manager);
        return false;
      });
      if (finished) break;
    }
    return { created: (await this.imports.find(importId))!.created };
  }
}
