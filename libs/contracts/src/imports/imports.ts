import { computeCreditCodeCheckCharacter } from '@mcf/domain';
import { z } from 'zod';
import { pageOf, PageQuerySchema } from '../common/pagination.js';

/** The largest import file the API accepts (413 above it). */
export const IMPORT_FILE_MAX_BYTES = 10 * 1024 * 1024;
/** The most rows one import may have (413 above it). */
export const IMPORT_MAX_ROWS = 5000;
/** The most an .xlsx may inflate to (the parts read, together): a guard against zip bombs (413 above it). */
export const IMPORT_XLSX_MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024;

/** What a file was read as, by its content: a ZIP with xl/workbook.xml is XLSX, `{`/`[` is JSON, else CSV. */
export const ImportFormatSchema = z.enum(['CSV', 'XLSX', 'JSON']);
export type ImportFormat = z.infer<typeof ImportFormatSchema>;

export const ImportProblemSchema = z.object({
  line: z.number().int(),
  field: z.string(),
  code: z.string(),
  message: z.string(),
  messageZh: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/** What a dry run (the default) answers: every bad row, and nothing written. */
export const ImportReportSchema = z.object({
  dryRun: z.boolean(),
  format: ImportFormatSchema,
  total: z.number().int(),
  valid: z.number().int(),
  problems: z.array(ImportProblemSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** QUEUED → RUNNING → DONE; FAILED when the job gave up (it can be resumed where it stopped). */
export const ImportStatusSchema = z.enum(['QUEUED', 'RUNNING', 'DONE', 'FAILED']);
export type ImportStatus = z.infer<typeof ImportStatusSchema>;

/** A real run: imported row by row by a background job; poll it for progress. */
export const ImportRunSchema = z.object({
  id: z.uuid(),
  status: ImportStatusSchema,
  total: z.number().int(),
  processed: z.number().int(),
  created: z.number().int(),
  skipped: z.array(ImportProblemSchema),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;

export const ImportQuerySchema = z.object({ dryRun: z.enum(['true', 'false']).default('true') });

/** The import runs, newest first. */
export const ImportRunPageSchema = pageOf(ImportRunSchema);
export type ImportRunPage = z.infer<typeof ImportRunPageSchema>;
export const ImportRunListQuerySchema = PageQuerySchema;

/** `?format=` of the template download: CSV (UTF-8 with BOM) or an Excel workbook. */
export const ImportTemplateQuerySchema = z.object({ format: z.enum(['csv', 'xlsx']).default('csv') });
export type ImportTemplateFormat = z.infer<typeof ImportTemplateQuerySchema>['format'];

/** The columns of the CSV template, Chinese header first; English headers are accepted too. */
export const ENTERPRISE_IMPORT_COLUMNS = [
  { key: 'name', zh: '机构名称', en: 'name' },
  { key: 'creditCode', zh: '统一社会信用代码', en: 'creditCode' },
  { key: 'region', zh: '所在地区', en: 'region' },
  { key: 'sectors', zh: '领域', en: 'sectors' },
  { key: 'summary', zh: '简介', en: 'summary' },
  { key: 'products', zh: '产品', en: 'products' },
  { key: 'capabilities', zh: '能力', en: 'capabilities' },
  { key: 'equipment', zh: '主要设备', en: 'equipment' },
  { key: 'employees', zh: '员工人数', en: 'employees' },
] as const;

/**
 * The example row of the template. It passes the import's own row checks (a template whose sample fails
 * them teaches the wrong format); its credit code is a made-up one with a correct GB 32100 check character,
 * and its name says to replace it.
 */
export const ENTERPRISE_IMPORT_EXAMPLE: Readonly<Record<(typeof ENTERPRISE_IMPORT_COLUMNS)[number]['key'], string | number>> = {
  name: '咸宁示例科技有限公司（示例，请替换）',
  creditCode: `91421202MA4EXAMPL${computeCreditCodeCheckCharacter('91421202MA4EXAMPL')}`,
  region: '咸安区',
  sectors: '新材料；智能装备',
  summary: '公司简介',
  products: '产品一；产品二',
  capabilities: '能力一',
  equipment: '设备一',
  employees: 120,
};
